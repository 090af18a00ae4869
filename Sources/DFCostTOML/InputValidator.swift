/// The first pass over the raw bytes: checks UTF-8, rejects control characters and bare
/// carriage returns, skips a byte-order mark and records where each line starts.
///
/// Doing this up front lets the parser assume clean input: a `0` byte can then only mean
/// "end of input", and every string slice decodes exactly.
enum InputValidator {
    /// The result of a successful check.
    struct Checked {
        /// The offset of the first byte after an optional BOM.
        var start: Int
        /// The offset at which each line starts; `lineStarts[0] == start`.
        var lineStarts: [Int]
    }

    /// Validates `bytes`, or throws at the first offending byte.
    static func check(_ bytes: [UInt8]) throws(TOMLParseError) -> Checked {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineStarts = [start]
        let count = bytes.count
        var offset = start
        while offset < count {
            let byte = bytes[offset]
            if byte >= 0x20 && byte < 0x7F {
                offset &+= 1
                continue
            }
            switch byte {
            case Byte.tab:
                offset &+= 1
            case Byte.lf:
                offset &+= 1
                lineStarts.append(offset)
            case Byte.cr:
                guard offset + 1 < count, bytes[offset + 1] == Byte.lf else {
                    throw failure(bytes, lineStarts, offset, .carriageReturnWithoutLineFeed)
                }
                offset &+= 1
            case 0:
                throw failure(bytes, lineStarts, offset, .nulByte)
            case 0..<0x80:
                throw failure(bytes, lineStarts, offset, .controlCharacter(UInt32(byte)))
            default:
                guard let length = sequenceLength(bytes, at: offset) else {
                    throw failure(bytes, lineStarts, offset, .invalidUTF8Byte(byte))
                }
                offset &+= length
            }
        }
        return Checked(start: start, lineStarts: lineStarts)
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset` (lead byte >= 0x80),
    /// or `nil` if it is malformed (bad lead, bad continuation, overlong, surrogate, > U+10FFFF).
    static func sequenceLength(_ bytes: [UInt8], at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        let second = bytes[offset + 1]
        guard second >= low && second <= high else { return nil }
        var index = offset + 2
        while index < offset + length {
            guard bytes[index] & 0xC0 == 0x80 else { return nil }
            index += 1
        }
        return length
    }

    /// Builds an error at `offset`, which lies on the last recorded line and follows only
    /// valid UTF-8 on that line.
    private static func failure(
        _ bytes: [UInt8], _ lineStarts: [Int], _ offset: Int, _ reason: TOMLParseError.Reason
    ) -> TOMLParseError {
        let lineStart = lineStarts[lineStarts.count - 1]
        var column = 1
        var index = lineStart
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return TOMLParseError(location: SourceLocation(line: lineStarts.count, column: column), reason: reason)
    }
}
