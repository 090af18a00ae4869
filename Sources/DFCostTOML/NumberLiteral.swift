/// Checks a TOML integer or float literal and produces its normalised text. Pure and
/// byte-based so it can be tested and fuzzed on its own.
enum NumberLiteral {
    /// Why a literal was rejected, and the byte offset within the literal to point at.
    struct Failure: Error {
        var offset: Int
        var problem: TOMLParseError.NumberProblem
    }

    /// Whether `byte` can be part of a number token: `0-9 A-Z a-z _ . + -`.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        Byte.isBareKey(byte) || byte == Byte.dot || byte == Byte.plus
    }

    /// Parses a whole number token (as scanned with `isTokenByte`).
    static func parse(_ token: ArraySlice<UInt8>) throws(Failure) -> TOMLNumber {
        let text = Text(bytes: token)
        var index = 0
        var sign: UInt8? = nil
        if let first = text.first, first == Byte.plus || first == Byte.minus {
            sign = first
            index = 1
        }
        let body = token.dropFirst(index)
        let negative = sign == Byte.minus
        if body.elementsEqual("inf".utf8) {
            return TOMLNumber(kind: .infinity, text: negative ? "-inf" : "inf")
        }
        if body.elementsEqual("nan".utf8) {
            return TOMLNumber(kind: .nan, text: "nan")
        }
        if body.count >= 2 && text[index] == Byte.zero {
            let radix: UInt64? = switch text[index + 1] {
            case 0x78: 16  // x
            case 0x6F: 8   // o
            case 0x62: 2   // b
            default: nil
            }
            if let radix {
                guard sign == nil else {
                    throw Failure(offset: 0, problem: .signOnPrefixedInteger(.init(radix)))
                }
                return try parsePrefixed(text, radix: radix)
            }
        }
        return try parseDecimal(text, from: index)
    }

    /// Parses `0x…`, `0o…` or `0b…` into decimal text, requiring it to fit in `Int64`.
    private static func parsePrefixed(_ text: Text, radix: UInt64) throws(Failure) -> TOMLNumber {
        let isDigit: (UInt8) -> Bool = { byte in
            guard let value = Byte.hexValue(byte) else { return false }
            return UInt64(value) < radix
        }
        let end = try scanDigits(text, from: 2, isDigit: isDigit)
        guard end > 2 else {
            throw Failure(offset: 2, problem: .expectedPrefixedDigits(.init(radix), prefix: Character(Unicode.Scalar(text[1]))))
        }
        guard end == text.count else {
            throw Failure(offset: end, problem: .invalidDigit(.init(radix), shown(text[end])))
        }
        var value: UInt64 = 0
        for byte in text.bytes.dropFirst(2) where byte != Byte.underscore {
            let digit = UInt64(Byte.hexValue(byte) ?? 0)
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA && !overflowB && sum <= UInt64(Int64.max) else {
                throw Failure(offset: 0, problem: .integerTooLarge)
            }
            value = sum
        }
        return TOMLNumber(kind: .integer, text: String(value))
    }

    /// Parses a decimal integer or float; `from` is past an optional sign.
    private static func parseDecimal(_ text: Text, from start: Int) throws(Failure) -> TOMLNumber {
        let intEnd = try scanDigits(text, from: start, isDigit: Byte.isDigit)
        guard intEnd > start else {
            if start < text.count && text[start] == Byte.dot {
                throw Failure(offset: start, problem: .digitBeforeDot)
            }
            if start == text.count {
                throw Failure(offset: 0, problem: .expectedDigits)
            }
            throw Failure(offset: start, problem: .unexpectedCharacter(shown(text[start])))
        }
        if text[start] == Byte.zero && intEnd - start > 1 {
            throw Failure(offset: start, problem: .leadingZeros)
        }
        var isFloat = false
        var index = intEnd
        if index < text.count && text[index] == Byte.dot {
            isFloat = true
            let fractionEnd = try scanDigits(text, from: index + 1, isDigit: Byte.isDigit)
            guard fractionEnd > index + 1 else {
                throw Failure(offset: index, problem: .digitAfterDot)
            }
            index = fractionEnd
        }
        if index < text.count && (text[index] | 0x20) == 0x65 {  // e or E
            isFloat = true
            let marker = index
            index += 1
            if index < text.count && (text[index] == Byte.plus || text[index] == Byte.minus) { index += 1 }
            let exponentEnd = try scanDigits(text, from: index, isDigit: Byte.isDigit)
            guard exponentEnd > index else {
                throw Failure(offset: marker, problem: .digitInExponent)
            }
            index = exponentEnd
        }
        if index < text.count {
            throw Failure(offset: index, problem: .unexpectedCharacter(shown(text[index])))
        }
        var literal = text.bytes
        if text[0] == Byte.plus { literal = literal.dropFirst() }
        let kind: TOMLNumber.Kind = isFloat ? .float : .integer
        guard literal.contains(Byte.underscore) else {
            return TOMLNumber(kind: kind, text: String(decoding: literal, as: UTF8.self))
        }
        return TOMLNumber(kind: kind, text: String(decoding: literal.filter { $0 != Byte.underscore }, as: UTF8.self))
    }

    /// Scans digits with single underscores between digits; returns the end offset.
    private static func scanDigits(
        _ text: Text, from start: Int, isDigit: (UInt8) -> Bool
    ) throws(Failure) -> Int {
        var index = start
        while index < text.count {
            let byte = text[index]
            if isDigit(byte) {
                index += 1
            } else if byte == Byte.underscore {
                guard index > start, index + 1 < text.count, isDigit(text[index + 1]) else {
                    throw Failure(offset: index, problem: .underscoreNotBetweenDigits)
                }
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// A token slice indexed from 0.
    struct Text {
        let bytes: ArraySlice<UInt8>

        var count: Int { bytes.count }
        var first: UInt8? { bytes.first }

        subscript(offset: Int) -> UInt8 {
            bytes[bytes.startIndex + offset]
        }
    }

    private static func shown(_ byte: UInt8) -> Character {
        Character(Unicode.Scalar(byte))
    }
}
