/// Formatting helpers for error messages: how to show a character found in the input and how
/// to show a (dotted) key.
enum TextDisplay {
    /// Describes the character starting at `offset` in valid UTF-8 `bytes`: `'x'`, `'é'`,
    /// `end of line`, `end of file`, `tab` or `U+001B`.
    static func character(in bytes: [UInt8], at offset: Int) -> TOMLParseError.Found {
        guard offset >= 0, offset < bytes.count else { return .endOfFile }
        let lead = bytes[offset]
        switch lead {
        case Byte.lf, Byte.cr: return .endOfLine
        case Byte.tab: return .tab
        case 0x20...0x7E: return .character(Character(Unicode.Scalar(lead)))
        case 0..<0x20, 0x7F: return .control(UInt32(lead))
        default: break
        }
        guard let scalar = decodeScalar(in: bytes, at: offset) else { return .invalidUTF8 }
        return .character(Character(scalar))
    }

    /// Decodes one scalar from (assumed valid) UTF-8, or returns `nil` if it is not.
    static func decodeScalar(in bytes: [UInt8], at offset: Int) -> Unicode.Scalar? {
        let lead = bytes[offset]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return Unicode.Scalar(lead)
        case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        for index in (offset + 1)..<(offset + length) {
            value = (value << 6) | UInt32(bytes[index] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// `U+XXXX` notation.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A dotted key as written in TOML: bare parts stay bare, others are quoted.
    static func key(_ parts: [String]) -> String {
        parts.map(keyPart).joined(separator: ".")
    }

    /// One key part: bare if possible, else in single quotes, else as an escaped basic string.
    static func keyPart(_ part: String) -> String {
        if !part.isEmpty && part.utf8.allSatisfy(Byte.isBareKey) { return part }
        let plain = part.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0 != "'" }
        if plain { return "'\(part)'" }
        var quoted = "\""
        for scalar in part.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += "\\u" + codePoint(scalar.value).dropFirst(2)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Shortens long literal text for a one-line message.
    static func excerpt<Bytes: Collection<UInt8>>(_ bytes: Bytes, limit: Int = 40) -> String {
        if bytes.count <= limit { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.prefix(limit), as: UTF8.self) + "…"
    }
}
