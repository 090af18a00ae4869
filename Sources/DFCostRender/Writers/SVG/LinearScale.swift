/// A linear map from data values to SVG coordinates, with round tick values.
struct LinearScale {
    var domain: (Double, Double)
    var range: (Double, Double)

    /// A domain that covers `values` (and zero unless told otherwise), widened to round values
    /// (never empty). The domain ends on multiples of a round step that divides the data's span
    /// into about `intervals` parts: more intervals fit the domain tighter to the data.
    init(covering values: [Double], includeZero: Bool = true, range: (Double, Double), intervals: Double = 5) {
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        if lo == hi { lo -= 1; hi += 1 }
        let step = Self.step(lo, hi, intervals: intervals)
        domain = ((lo / step).rounded(.down) * step, (hi / step).rounded(.up) * step)
        self.range = range
    }

    /// A scale over an exact domain, without rounding it out.
    init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    func callAsFunction(_ v: Double) -> Double {
        let (d0, d1) = domain, (r0, r1) = range
        return r0 + (v - d0) / (d1 - d0) * (r1 - r0)
    }

    /// Round ticks across the domain, about five.
    var ticks: [Double] {
        let step = Self.step(domain.0, domain.1)
        var out: [Double] = []
        var t = (domain.0 / step).rounded(.up) * step
        while t <= domain.1 + step / 1e6 {
            out.append(abs(t) < step / 1e6 ? 0 : t)
            t += step
        }
        return out
    }

    /// Decimals that show every tick distinctly.
    var tickDecimals: Int {
        var step = Self.step(domain.0, domain.1), d = 0
        while step < 1, d < 6 { step *= 10; d += 1 }
        return d
    }

    /// 1, 2 or 5 times a power of ten, giving about `intervals` intervals (at most that many).
    static func step(_ lo: Double, _ hi: Double, intervals: Double = 5) -> Double {
        let raw = max(hi - lo, 1e-9) / intervals
        var p = 1.0
        while p * 10 <= raw { p *= 10 }
        while p > raw { p /= 10 }
        for m in [1.0, 2.0, 5.0, 10.0] where m * p >= raw { return m * p }
        return 10 * p
    }
}
