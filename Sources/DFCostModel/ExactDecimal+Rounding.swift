extension ExactDecimal {
    /// A statistic as it is printed with `decimals` decimals: `value × 10^decimals` rounded half
    /// away from zero, as an exact decimal. The one rule of printed statistics: the number style
    /// prints it, and a table whose differences must add up as printed (the KS2 table) computes
    /// them from it.
    ///
    /// Returns nil when `value` is not finite, `decimals` is outside 0...``maximumScale``, or the
    /// scaled value does not fit the significand.
    public init?(rounding value: Double, decimals: Int) {
        guard value.isFinite, (0...Self.maximumScale).contains(decimals) else { return nil }
        var power = 1.0
        for _ in 0..<decimals { power *= 10 }
        var scaled = (value * power).rounded(.toNearestOrAwayFromZero)
        if scaled == 0 { scaled = 0 }  // no negative zero
        guard abs(scaled) < 9e18, let exact = try? ExactDecimal(significand: Int64(scaled), scale: decimals) else { return nil }
        self = exact
    }
}
