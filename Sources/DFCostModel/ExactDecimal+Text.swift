extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Parses decimal text: an optional sign, digits with an optional fraction, and an optional
    /// exponent (`21.5`, `-12`, `0.001`, `1e3`, `2.5E-1`). Returns nil for anything else,
    /// including `inf`, `nan`, and values that do not fit.
    public init?(_ text: String) {
        guard let value = try? ExactDecimal.parse(text) else { return nil }
        self = value
    }

    /// Why a text is not an exact decimal.
    public enum ParseFailure: Error, Sendable, Hashable, CustomStringConvertible {
        case notANumber(String)
        case nonFinite(String)
        case outOfRange(String)

        public var description: String {
            switch self {
            case .notANumber(let t): "'\(t)' is not a decimal number"
            case .nonFinite(let t): "'\(t)' is not a finite amount"
            case .outOfRange(let t): "'\(t)' is out of range (at most 18 significant digits and 18 decimals)"
            }
        }
    }

    /// Parses decimal text, saying why it failed.
    public static func parse(_ text: String) throws(ParseFailure) -> ExactDecimal {
        let lowered = text.lowercased()
        if ["inf", "+inf", "-inf", "nan", "+nan", "-nan", "infinity", "-infinity"].contains(lowered) {
            throw .nonFinite(text)
        }
        var bytes = Array(text.utf8)[...]
        guard !bytes.isEmpty else { throw .notANumber(text) }
        var negative = false
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            negative = bytes.first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        var exponent = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let b = bytes[index]
            if b >= 48 && b <= 57 {
                digits.append(b - 48)
                seenDigit = true
                if seenPoint { fractionDigits += 1 }
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                guard seenDigit else { throw .notANumber(text) }
                let rest = String(decoding: bytes[(index + 1)...], as: UTF8.self)
                guard rest.count <= 6, let e = Int(rest) else { throw .notANumber(text) }
                exponent = e
                index = bytes.endIndex
                break
            } else {
                throw .notANumber(text)
            }
            index += 1
        }
        guard seenDigit else { throw .notANumber(text) }
        // Drop leading zeros, then build the significand with overflow checks.
        while digits.count > 1, digits.first == 0 { digits.removeFirst() }
        var scale = fractionDigits - exponent
        // Trailing zeros in the fraction carry no value; drop them first so long but exact texts fit.
        while scale > 0, digits.count > 1, digits.last == 0 {
            digits.removeLast()
            scale -= 1
        }
        var significand: Int64 = 0
        for d in digits {
            let (m, o1) = significand.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(d))
            guard !o1, !o2 else { throw .outOfRange(text) }
            significand = a
        }
        if scale < 0 {
            guard let p = powerOfTen(-scale) else {
                if significand == 0 { return .zero }
                throw .outOfRange(text)
            }
            let (m, o) = significand.multipliedReportingOverflow(by: p)
            guard !o else { throw .outOfRange(text) }
            significand = m
            scale = 0
        }
        guard scale <= maximumScale else {
            if significand == 0 { return .zero }
            throw .outOfRange(text)
        }
        return ExactDecimal(uncheckedSignificand: negative ? -significand : significand, scale: scale)
    }

    /// The shortest exact text: `21.5`, `-12`, `0.001`, `0`.
    public var description: String {
        let negative = significand < 0
        var digits = String(significand.magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }

    /// The value written with exactly `decimals` decimals, padding with zeros
    /// (the value must already have at most that many decimals; otherwise it is rounded first).
    public func formatted(decimals: Int) -> String {
        let value = rounded(toScale: decimals)
        var text = value.description
        guard decimals > 0 else { return text }
        if value.scale == 0 { text += "." }
        text += String(repeating: "0", count: decimals - value.scale)
        return text
    }
}
