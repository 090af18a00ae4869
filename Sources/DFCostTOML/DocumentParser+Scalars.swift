/// Numbers and RFC 3339 dates/times. Both are ASCII, so an error's column is the literal's
/// column plus the byte offset of the problem.
extension DocumentParser {
    /// Scans a number token and checks it with `NumberLiteral`.
    mutating func parseNumber(location start: SourceLocation) throws(TOMLParseError) -> TOMLNumber {
        let tokenStart = pos
        while NumberLiteral.isTokenByte(current) { pos &+= 1 }
        let token = bytes[tokenStart..<pos]
        do {
            return try NumberLiteral.parse(token)
        } catch {
            throw TOMLParseError(
                location: SourceLocation(line: start.line, column: start.column &+ error.offset),
                reason: .invalidNumber(TextDisplay.excerpt(token), error.problem)
            )
        }
    }

    /// Whether the cursor is at `dddd-` (a date) or `dd:` (a time).
    func startsDateTime() -> Bool {
        let digits2 = Byte.isDigit(byte(at: pos)) && Byte.isDigit(byte(at: pos + 1))
        guard digits2 else { return false }
        if byte(at: pos + 2) == Byte.colon { return true }
        return Byte.isDigit(byte(at: pos + 2)) && Byte.isDigit(byte(at: pos + 3)) && byte(at: pos + 4) == Byte.minus
    }

    /// Parses an offset date-time, local date-time, local date or local time and returns the
    /// literal text. Seconds are required (TOML 1.0); the date/time separator is `T`, `t` or
    /// one space; the offset is `Z`, `z` or `±HH:MM`.
    mutating func parseDateTime(location start: SourceLocation) throws(TOMLParseError) -> String {
        let tokenStart = pos
        func fail(_ offset: Int, _ problem: TOMLParseError.DateTimeProblem) -> TOMLParseError {
            var end = tokenStart
            while end < bytes.count && (NumberLiteral.isTokenByte(bytes[end]) || bytes[end] == Byte.colon) { end += 1 }
            return TOMLParseError(
                location: SourceLocation(line: start.line, column: start.column &+ (offset - tokenStart)),
                reason: .invalidDateTime(TextDisplay.excerpt(bytes[tokenStart..<end]), problem)
            )
        }
        if byte(at: pos + 2) == Byte.colon {
            pos = try scanTime(from: pos, allowOffset: false, fail: fail)
        } else {
            guard let year = number(at: pos, digits: 4), byte(at: pos + 4) == Byte.minus,
                  let month = number(at: pos + 5, digits: 2), byte(at: pos + 7) == Byte.minus,
                  let day = number(at: pos + 8, digits: 2)
            else { throw fail(pos, .expectedDate) }
            guard (1...12).contains(month) else { throw fail(pos + 5, .monthOutOfRange) }
            guard day >= 1 && day <= daysIn(month: month, year: year) else {
                throw fail(pos + 8, .dayOutOfRange)
            }
            pos &+= 10
            let separator = current
            if separator == 0x54 || separator == 0x74 {  // T or t
                pos = try scanTime(from: pos + 1, allowOffset: true, fail: fail)
            } else if separator == Byte.space && number(at: pos + 1, digits: 2) != nil && byte(at: pos + 3) == Byte.colon {
                pos = try scanTime(from: pos + 1, allowOffset: true, fail: fail)
            }
        }
        return String(decoding: bytes[tokenStart..<pos], as: UTF8.self)
    }

    /// Scans `HH:MM:SS[.frac]` and, when allowed, an offset; returns the end offset.
    private func scanTime(
        from start: Int, allowOffset: Bool, fail: (Int, TOMLParseError.DateTimeProblem) -> TOMLParseError
    ) throws(TOMLParseError) -> Int {
        guard let hour = number(at: start, digits: 2), byte(at: start + 2) == Byte.colon,
              let minute = number(at: start + 3, digits: 2)
        else { throw fail(start, .expectedTime) }
        guard byte(at: start + 5) == Byte.colon, let second = number(at: start + 6, digits: 2) else {
            throw fail(start + 5, .secondsRequired)
        }
        guard hour <= 23 else { throw fail(start, .hourOutOfRange) }
        guard minute <= 59 else { throw fail(start + 3, .minuteOutOfRange) }
        guard second <= 60 else { throw fail(start + 6, .secondOutOfRange) }
        var end = start + 8
        if byte(at: end) == Byte.dot {
            var fractionEnd = end + 1
            while Byte.isDigit(byte(at: fractionEnd)) { fractionEnd += 1 }
            guard fractionEnd > end + 1 else { throw fail(end, .digitAfterDot) }
            end = fractionEnd
        }
        guard allowOffset else { return end }
        switch byte(at: end) {
        case 0x5A, 0x7A:  // Z or z
            return end + 1
        case Byte.plus, Byte.minus:
            guard let offsetHour = number(at: end + 1, digits: 2), byte(at: end + 3) == Byte.colon,
                  let offsetMinute = number(at: end + 4, digits: 2), offsetHour <= 23, offsetMinute <= 59
            else { throw fail(end, .expectedOffset) }
            return end + 6
        default:
            return end
        }
    }

    /// The value of exactly `digits` ASCII digits at `offset`, or `nil`.
    private func number(at offset: Int, digits: Int) -> Int? {
        var value = 0
        for index in offset..<(offset + digits) {
            let byte = byte(at: index)
            guard Byte.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - Byte.zero)
        }
        return value
    }

    private func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
