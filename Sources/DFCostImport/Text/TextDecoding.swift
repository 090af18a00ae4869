import DFCostModel

/// The text of a table file from its bytes, in the encodings analysts' tools save.
enum TextDecoding {
    enum Encoding { case utf8, utf16, windows1252 }

    /// Windows-1252's characters for the bytes 0x80-0x9F; nil for the five it leaves undefined.
    static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// UTF-8; UTF-16 with a byte-order mark; else Windows-1252.
    /// - Throws: ``TableImportError`` at the line and column of a byte no encoding reads.
    static func decode(_ bytes: [UInt8], file: String) throws(TableImportError) -> (String, Encoding) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            if let text = String(validating: units, as: UTF16.self) { return (text, .utf16) }
            throw TableImportError(.init(file: file, line: 1, column: 1), .notUTF16)
        }
        // Not UTF-8 as a whole. If some of it is UTF-8 (a multi-byte sequence such as "ø" as C3 B8),
        // the file mixes encodings: reading it all as Windows-1252 would garble those characters.
        if let (line, column, byte) = mixedEncoding(bytes) {
            throw TableImportError(.init(file: file, line: line, column: column), .mixedEncodings(byte: byte))
        }
        var scalars = String.UnicodeScalarView()
        var line = 1, column = 1
        for b in bytes {
            let value: UInt32?
            switch b {
            case 0x80...0x9F: value = high[Int(b - 0x80)]
            default: value = UInt32(b)
            }
            guard let value, let scalar = Unicode.Scalar(value) else {
                throw TableImportError(.init(file: file, line: line, column: column), .notText(byte: b))
            }
            scalars.append(scalar)
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return (String(scalars), .windows1252)
    }

    /// The place of the first byte that is not UTF-8 in bytes that also hold a valid UTF-8
    /// multi-byte sequence; nil when no multi-byte sequence is valid UTF-8 (plain Windows-1252).
    static func mixedEncoding(_ bytes: [UInt8]) -> (Int, Int, UInt8)? {
        var i = 0, line = 1, column = 1
        var validMultibyte = false
        var firstInvalid: (Int, Int, UInt8)?
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            if length > 1, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                validMultibyte = true
                i += length
                column += 1
                continue
            }
            if length != 1, firstInvalid == nil { firstInvalid = (line, column, b) }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        return validMultibyte ? firstInvalid : nil
    }
}
