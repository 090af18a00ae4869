/// An exact fraction in 0...1, such as 1/3 or 0.55: a payer's share of a solution's cost.
///
/// Shares are rationals because keys such as "split in thirds" have no finite decimal; a file
/// writes them as decimals (`0.55`) or fractions (`"1/3"`).
public struct Share: Sendable, Hashable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    /// Creates a reduced fraction; nil unless 0 <= n/d <= 1 with d > 0.
    public init?(numerator: Int64, denominator: Int64) {
        guard denominator > 0, numerator >= 0, numerator <= denominator else { return nil }
        let g = Self.gcd(numerator, denominator)
        self.numerator = numerator / g
        self.denominator = denominator / g
    }

    /// The share a decimal such as 0.55 stands for.
    public init?(_ decimal: ExactDecimal) {
        guard let d = ExactDecimal.powerOfTen(decimal.scale) else { return nil }
        self.init(numerator: decimal.significand, denominator: d)
    }

    /// Parses `0.55`, `1`, `1/3`.
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let n = Int64(parts[0].filter { $0 != " " }), let d = Int64(parts[1].filter { $0 != " " }) else { return nil }
            self.init(numerator: n, denominator: d)
        } else if let decimal = ExactDecimal(text) {
            self.init(decimal)
        } else {
            return nil
        }
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }

    /// True when the shares add up to exactly 1.
    public static func sumIsOne(_ shares: [Share]) -> Bool {
        // Sum as a fraction over the product of denominators, in 128 bits (shares are few).
        var n: Int128 = 0, d: Int128 = 1
        for s in shares {
            n = n * Int128(s.denominator) + Int128(s.numerator) * d
            d *= Int128(s.denominator)
            let g = gcd128(n, d)
            n /= g
            d /= g
            guard d < Int128(Int64.max) else { return false }
        }
        return n == d
    }

    static func gcd128(_ a: Int128, _ b: Int128) -> Int128 {
        var (a, b) = (a.magnitude, b.magnitude)
        while b != 0 { (a, b) = (b, a % b) }
        return Int128(max(a, 1))
    }

    /// `1/3`, or the exact decimal when the denominator is a power of ten's divisor (`0.55`).
    public var description: String {
        if let decimal = exactDecimal { return decimal.description }
        return "\(numerator)/\(denominator)"
    }

    /// The share as an exact decimal when it has one (1/4 = 0.25; 1/3 has none).
    public var exactDecimal: ExactDecimal? {
        for k in 0...18 {
            guard let p = ExactDecimal.powerOfTen(k) else { return nil }
            let (m, o) = numerator.multipliedReportingOverflow(by: p)
            if o { return nil }
            if m % denominator == 0 { return try? ExactDecimal(significand: m / denominator, scale: k) }
        }
        return nil
    }

    /// `value × share`, as units of `10^-scale` rounded down (toward −∞), and the remainder of the
    /// rounding as a fraction of one unit (numerator over `denominator`).
    func apportion(_ value: ExactDecimal, scale: Int) -> (floor: Int128, remainder: Int128)? {
        guard scale >= value.scale, scale <= 18 else { return nil }
        let units = Int128(value.significand) * powerOfTen128(scale - value.scale)
        let product = units * Int128(numerator)
        let d = Int128(denominator)
        var q = product / d
        var r = product % d
        if r < 0 { q -= 1; r += d }
        return (q, r)
    }
}
