import DFCostModel

/// How numbers are written for people: Norwegian by default ("21,5", "1 250", "−4"), or English.
///
/// Formatting is done here from the exact decimal text, without glibc locales, so output is the
/// same on every machine. Machine formats (JSON, RFC 4180 CSV) always use ``machine``.
public struct NumberStyle: Sendable, Hashable {
    /// The decimal separator.
    public var decimalSeparator: String
    /// The thousands separator ("" for none).
    public var groupingSeparator: String
    /// The minus sign.
    public var minus: String

    /// Norwegian: decimal comma, no-break-space grouping, U+2212 minus.
    public static let norwegian = NumberStyle(decimalSeparator: ",", groupingSeparator: "\u{00A0}", minus: "\u{2212}")
    /// English: decimal point, comma grouping, hyphen-minus.
    public static let english = NumberStyle(decimalSeparator: ".", groupingSeparator: ",", minus: "-")
    /// Plain exact text for machines: "21.5", "-12".
    public static let machine = NumberStyle(decimalSeparator: ".", groupingSeparator: "", minus: "-")

    public init(decimalSeparator: String, groupingSeparator: String, minus: String) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.minus = minus
    }

    /// The value written exactly, in this style.
    public func format(_ value: ExactDecimal) -> String {
        style(value.description)
    }

    /// The value with a fixed number of decimals (rounded half away from zero), in this style.
    public func format(_ value: ExactDecimal, decimals: Int) -> String {
        style(value.formatted(decimals: decimals))
    }

    /// A count (trials, lines, values), exact and grouped in this style: "20 000", "20,000".
    /// Every count in a sentence goes through here, so a count reads as the tables' numbers do.
    public func count(_ n: some BinaryInteger) -> String {
        style(String(n))
    }

    /// A Double (statistics, never money) with a fixed number of decimals, in this style.
    public func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "\(minus)∞" : "∞") }
        // The one rule of printed statistics (a KS2 table computes its differences from it).
        guard let exact = ExactDecimal(rounding: value, decimals: decimals) else { return style(String(value)) }
        return style(exact.formatted(decimals: decimals))
    }

    private func style(_ plain: String) -> String {
        var text = Substring(plain)
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(parts[0])
        if !groupingSeparator.isEmpty, integer.count > 3 {
            var grouped: [String] = []
            var chars = Array(integer)
            while chars.count > 3 {
                grouped.insert(String(chars.suffix(3)), at: 0)
                chars.removeLast(3)
            }
            grouped.insert(String(chars), at: 0)
            integer = grouped.joined(separator: groupingSeparator)
        }
        var out = negative ? minus + integer : integer
        if parts.count == 2 { out += decimalSeparator + parts[1] }
        return out
    }
}
