/// The oracle's own exact decimal: `significand × 10^-scale` with an `Int128` significand.
///
/// Deliberately independent of the engine's `ExactDecimal`: it has just what the README's
/// arithmetic needs (add, multiply exactly, round half away from zero at a number of decimals),
/// is always normalized (no trailing zeros), so `==` is equality of values, and never rounds
/// unless asked to. The wide significand keeps every exact product of the small amounts the
/// generator makes far from overflow; ``fitsEngineRange`` says whether a value is still one the
/// README's limits allow (a 64-bit significand, at most 18 decimals).
struct OracleDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    let significand: Int128
    let scale: Int

    static let zero = OracleDecimal(0, scale: 0)
    static let one = OracleDecimal(1, scale: 0)

    init(_ significand: Int128, scale: Int) {
        precondition(scale >= 0, "negative scale")
        var s = significand
        var k = scale
        while k > 0, s % 10 == 0 {
            s /= 10
            k -= 1
        }
        self.significand = s
        self.scale = s == 0 ? 0 : k
    }

    init(_ integer: Int) { self.init(Int128(integer), scale: 0) }

    /// `10^k`.
    static func power(_ k: Int) -> Int128 {
        var p: Int128 = 1
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// The significand at a larger or equal scale.
    func significand(at k: Int) -> Int128 {
        precondition(k >= scale)
        return significand * Self.power(k - scale)
    }

    static func + (a: OracleDecimal, b: OracleDecimal) -> OracleDecimal {
        let k = max(a.scale, b.scale)
        return OracleDecimal(a.significand(at: k) + b.significand(at: k), scale: k)
    }

    /// The exact product (never rounded).
    static func * (a: OracleDecimal, b: OracleDecimal) -> OracleDecimal {
        OracleDecimal(a.significand * b.significand, scale: a.scale + b.scale)
    }

    /// Rounded half away from zero to `decimals` decimals (2.5 -> 3, -2.5 -> -3).
    func rounded(decimals: Int) -> OracleDecimal {
        guard scale > decimals else { return self }
        let divisor = Self.power(scale - decimals)
        let q = significand / divisor
        let r = significand % divisor
        var result = q
        if r.magnitude * 2 >= divisor.magnitude { result += significand < 0 ? -1 : 1 }
        return OracleDecimal(result, scale: decimals)
    }

    var isNegative: Bool { significand < 0 }

    /// True when the engine's range can hold the value: a 64-bit significand, at most 18 decimals.
    var fitsEngineRange: Bool {
        scale <= 18 && significand >= Int128(Int64.min) && significand <= Int128(Int64.max)
    }

    static func < (a: OracleDecimal, b: OracleDecimal) -> Bool {
        let k = max(a.scale, b.scale)
        return a.significand(at: k) < b.significand(at: k)
    }

    /// `-12.5`, `0.001`, `3`.
    var description: String {
        var digits = String(significand.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return significand < 0 ? "-" + digits : digits
    }

    /// Parses `-12.5`, `3`, `0,5` (plain decimal text only; for fixtures and sweep values).
    init?(text: String) {
        var t = Substring(String(text.map { $0 == "," ? "." : $0 }))
        var negative = false
        if t.first == "-" { negative = true; t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int128(parts[0]) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isNumber) else { return nil }
        let s = whole * Self.power(fraction.count) + (Int128(fraction) ?? 0)
        self.init(negative ? -s : s, scale: fraction.count)
    }
}
