/// An exact decimal number: `significand × 10^-scale`.
///
/// dfcost keeps money (MNOK) and the factors applied to it in this type so that sums such as
/// 21.5 are exact and identical on every machine; binary floating point never touches the money
/// path. Values are normalized (no trailing zeros in the significand), so `==` and hashing are
/// structural. Arithmetic is checked: an overflow throws ``ArithmeticError`` instead of trapping.
///
/// Limits: the significand is an `Int64` (about 9.2 × 10^18) and the scale is at most
/// ``maximumScale`` (18 decimals). An amount such as 1 000 000 000 000 MNOK with 6 decimals fits.
public struct ExactDecimal: Sendable, Hashable {
    /// The integer digits of the value.
    public let significand: Int64
    /// How many of the digits are decimals: the value is `significand / 10^scale`.
    public let scale: Int

    /// The largest number of decimals a value may carry.
    public static let maximumScale = 18

    /// Zero.
    public static let zero = ExactDecimal(uncheckedSignificand: 0, scale: 0)
    /// 0.001, the default precision of derived amounts.
    public static let thousandth = ExactDecimal(uncheckedSignificand: 1, scale: 3)
    /// One.
    public static let one = ExactDecimal(uncheckedSignificand: 1, scale: 0)

    /// Creates `significand × 10^-scale`, normalized.
    /// - Throws: ``ArithmeticError/scaleOutOfRange`` when `scale` is negative or above 18.
    public init(significand: Int64, scale: Int) throws(ArithmeticError) {
        guard (0...Self.maximumScale).contains(scale) else { throw .scaleOutOfRange }
        self.init(uncheckedSignificand: significand, scale: scale)
    }

    /// Creates an integer value.
    public init(_ integer: Int) {
        self.init(uncheckedSignificand: Int64(integer), scale: 0)
    }

    init(uncheckedSignificand: Int64, scale: Int) {
        var s = uncheckedSignificand
        var k = scale
        while k > 0, s % 10 == 0 {
            s /= 10
            k -= 1
        }
        self.significand = s == 0 ? 0 : s
        self.scale = s == 0 ? 0 : k
    }

    /// True when the value is zero.
    public var isZero: Bool { significand == 0 }
    /// True when the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The value with its sign flipped.
    public func negated() throws(ArithmeticError) -> ExactDecimal {
        guard significand != .min else { throw .overflow }
        return ExactDecimal(uncheckedSignificand: -significand, scale: scale)
    }

    /// The absolute value.
    public func magnitude() throws(ArithmeticError) -> ExactDecimal {
        isNegative ? try negated() : self
    }

    /// A `Double` near the value, for statistics and charts only (never for money).
    public var doubleValue: Double {
        Double(significand) / Self.powerOfTenDouble(scale)
    }

    static func powerOfTenDouble(_ k: Int) -> Double {
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// `10^k` as an Int64, or nil past 10^18.
    static func powerOfTen(_ k: Int) -> Int64? {
        guard (0...18).contains(k) else { return nil }
        var p: Int64 = 1
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// The significand expressed at a larger scale, or nil on overflow.
    func significand(atScale target: Int) -> Int64? {
        guard target >= scale, let p = Self.powerOfTen(target - scale) else { return nil }
        let (r, o) = significand.multipliedReportingOverflow(by: p)
        return o ? nil : r
    }
}

extension ExactDecimal: Comparable {
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let k = max(lhs.scale, rhs.scale)
        if let a = lhs.significand(atScale: k), let b = rhs.significand(atScale: k) {
            return a < b
        }
        // Alignment overflowed: compare through 128-bit integers.
        let a = Int128(lhs.significand) * Int128(powerOfTen128(k - lhs.scale))
        let b = Int128(rhs.significand) * Int128(powerOfTen128(k - rhs.scale))
        return a < b
    }
}

func powerOfTen128(_ k: Int) -> Int128 {
    var p: Int128 = 1
    for _ in 0..<k { p *= 10 }
    return p
}

extension ExactDecimal {
    /// The value as an integer count of `10^-scale` units (`21.5` at scale 3 is 21500), or nil when
    /// `scale` is below the value's own scale or the result does not fit in Int64.
    public func integerUnits(atScale target: Int) -> Int64? {
        significand(atScale: target)
    }
}
