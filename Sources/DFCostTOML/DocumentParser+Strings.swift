/// The four TOML string forms. Runs of plain bytes are copied as slices; the input is known
/// to be valid UTF-8, and escapes only add Unicode scalars, so decoding is exact.
extension DocumentParser {
    /// Parses `"..."` with escapes; the cursor is on the opening quote.
    mutating func parseBasicString(openedAt open: SourceLocation) throws(TOMLParseError) -> String {
        pos &+= 1
        var runStart = pos
        var buffer: [UInt8] = []
        var hasEscapes = false
        while true {
            switch current {
            case Byte.quote:
                let run = bytes[runStart..<pos]
                pos &+= 1
                guard hasEscapes else { return String(decoding: run, as: UTF8.self) }
                buffer.append(contentsOf: run)
                return String(decoding: buffer, as: UTF8.self)
            case Byte.backslash:
                hasEscapes = true
                buffer.append(contentsOf: bytes[runStart..<pos])
                try appendEscape(to: &buffer, openedAt: open)
                runStart = pos
            case Byte.lf, Byte.cr:
                throw error(at: pos, .newlineInString(literal: false))
            case 0:
                throw TOMLParseError(location: open, reason: .unterminated(.string))
            default:
                pos &+= 1
            }
        }
    }

    /// Parses `'...'` (no escapes); the cursor is on the opening apostrophe.
    mutating func parseLiteralString(openedAt open: SourceLocation) throws(TOMLParseError) -> String {
        pos &+= 1
        let start = pos
        while true {
            switch current {
            case Byte.apostrophe:
                let text = String(decoding: bytes[start..<pos], as: UTF8.self)
                pos &+= 1
                return text
            case Byte.lf, Byte.cr:
                throw error(at: pos, .newlineInString(literal: true))
            case 0:
                throw TOMLParseError(location: open, reason: .unterminated(.string))
            default:
                pos &+= 1
            }
        }
    }

    /// Parses `"""..."""`: a line end right after the opening is dropped, CRLF becomes LF,
    /// and a backslash at the end of a line removes it and the whitespace that follows.
    mutating func parseMultilineBasicString(openedAt open: SourceLocation) throws(TOMLParseError) -> String {
        pos &+= 3
        skipNewlineAfterOpening()
        var buffer: [UInt8] = []
        var runStart = pos
        while true {
            switch current {
            case Byte.quote:
                if let closed = closeMultiline(Byte.quote, runStart: runStart, into: &buffer) { return closed }
            case Byte.backslash:
                buffer.append(contentsOf: bytes[runStart..<pos])
                if !skipLineEndingBackslash() {
                    try appendEscape(to: &buffer, openedAt: open)
                }
                runStart = pos
            case Byte.cr:
                buffer.append(contentsOf: bytes[runStart..<pos])
                pos &+= 1
                runStart = pos
            case 0:
                throw TOMLParseError(location: open, reason: .unterminated(.multilineString))
            default:
                pos &+= 1
            }
        }
    }

    /// Parses `'''...'''`: like the basic form but without escapes.
    mutating func parseMultilineLiteralString(openedAt open: SourceLocation) throws(TOMLParseError) -> String {
        pos &+= 3
        skipNewlineAfterOpening()
        var buffer: [UInt8] = []
        var runStart = pos
        while true {
            switch current {
            case Byte.apostrophe:
                if let closed = closeMultiline(Byte.apostrophe, runStart: runStart, into: &buffer) { return closed }
            case Byte.cr:
                buffer.append(contentsOf: bytes[runStart..<pos])
                pos &+= 1
                runStart = pos
            case 0:
                throw TOMLParseError(location: open, reason: .unterminated(.multilineString))
            default:
                pos &+= 1
            }
        }
    }

    /// Drops one line end directly after `"""` or `'''`.
    private mutating func skipNewlineAfterOpening() {
        if current == Byte.lf {
            pos &+= 1
        } else if current == Byte.cr && byte(at: pos + 1) == Byte.lf {
            pos &+= 2
        }
    }

    /// At a run of delimiter characters: if it is at least three long, the string ends (up to
    /// two delimiters before the closing three belong to the content) and the decoded text is
    /// returned; otherwise the run is content and the cursor moves past it.
    private mutating func closeMultiline(_ delimiter: UInt8, runStart: Int, into buffer: inout [UInt8]) -> String? {
        var run = 0
        while run < 5 && byte(at: pos + run) == delimiter { run += 1 }
        guard run >= 3 else {
            pos &+= run
            return nil
        }
        let extra = run - 3
        buffer.append(contentsOf: bytes[runStart..<(pos + extra)])
        pos &+= run
        return String(decoding: buffer, as: UTF8.self)
    }

    /// If the backslash under the cursor ends its line (only blanks follow), skips it and all
    /// following whitespace and line ends, and returns true.
    private mutating func skipLineEndingBackslash() -> Bool {
        var probe = pos + 1
        while Byte.isBlank(byte(at: probe)) { probe += 1 }
        guard byte(at: probe) == Byte.lf || byte(at: probe) == Byte.cr else { return false }
        pos = probe
        while true {
            switch current {
            case Byte.space, Byte.tab, Byte.lf, Byte.cr: pos &+= 1
            default: return true
            }
        }
    }

    /// Decodes the escape sequence under the cursor (a backslash) into `buffer`.
    private mutating func appendEscape(to buffer: inout [UInt8], openedAt open: SourceLocation) throws(TOMLParseError) {
        let start = pos
        let letter = byte(at: pos + 1)
        pos &+= 2
        switch letter {
        case 0x62: buffer.append(0x08)  // \b
        case 0x74: buffer.append(0x09)  // \t
        case 0x6E: buffer.append(0x0A)  // \n
        case 0x66: buffer.append(0x0C)  // \f
        case 0x72: buffer.append(0x0D)  // \r
        case Byte.quote: buffer.append(Byte.quote)
        case Byte.backslash: buffer.append(Byte.backslash)
        case 0x75: try appendUnicodeEscape(to: &buffer, digits: 4, escapeAt: start)  // \u
        case 0x55: try appendUnicodeEscape(to: &buffer, digits: 8, escapeAt: start)  // \U
        case 0:
            throw TOMLParseError(location: open, reason: .unterminated(.string))
        case 0x21...0x7E:
            throw error(at: start, .invalidEscape(Character(Unicode.Scalar(letter))))
        default:
            throw error(at: start, .escapeFollowedBy(describe(start + 1)))
        }
    }

    /// Decodes `\uXXXX` or `\UXXXXXXXX`; the cursor is just after the letter.
    private mutating func appendUnicodeEscape(
        to buffer: inout [UInt8], digits: Int, escapeAt start: Int
    ) throws(TOMLParseError) {
        let letter: Character = digits == 4 ? "u" : "U"
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = Byte.hexValue(byte(at: pos + offset)) else {
                throw error(at: start, .unicodeEscapeDigits(count: digits, letter: letter))
            }
            value = value << 4 | digit
        }
        let written = String(decoding: bytes[(pos - 2)..<(pos + digits)], as: UTF8.self)
        pos &+= digits
        guard let scalar = Unicode.Scalar(value) else {
            throw error(at: start, .notAUnicodeScalar(written))
        }
        UTF8.encode(scalar) { buffer.append($0) }
    }
}
