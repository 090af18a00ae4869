import Foundation

/// The triangular distribution a triple estimate (P10, most likely, P90) stands for.
///
/// With mode `m` and `c = (m - low) / (high - low)` the triangular's CDF at the mode, its 10th
/// percentile lies left of the mode exactly when `c >= 0.1` and its 90th right of it exactly when
/// `c <= 0.9`; then, with `W = high - low`,
///
///     m - P10 = W (c - sqrt(0.1 c)),   P90 - m = W ((1 - c) - sqrt(0.1 (1 - c))).
///
/// The ratio `(m - P10) / (P90 - P10)` is strictly increasing in `c` on [0.1, 0.9] (from 0 to 1),
/// so every `P10 <= m <= P90` with `P10 < P90` has exactly one such triangular: `c` is found by
/// bisection to the last bit, then `W` from the spread. Its own P10 and P90 equal the inputs up to
/// rounding (a few ulps of the spread).
public struct TrigenFit: Sendable, Hashable {
    /// The fitted triangular's minimum.
    public let low: Double
    /// Its mode (the most likely value as given).
    public let mode: Double
    /// Its maximum.
    public let high: Double

    /// The triangular whose mode is `likely` and whose 10th and 90th percentiles are `p10` and
    /// `p90`. - Precondition: `p10 <= likely <= p90`, `p10 < p90`, all finite (see
    /// ``FactorDistribution/validate()``, which says so as a located error).
    public init(p10: Double, likely: Double, p90: Double) {
        let d1 = likely - p10, d2 = p90 - likely
        func left(_ c: Double) -> Double { c - (0.1 * c).squareRoot() }
        func right(_ c: Double) -> Double { (1 - c) - (0.1 * (1 - c)).squareRoot() }
        let target = d1 / (d1 + d2)
        var a = 0.1, b = 0.9
        if target <= 0 { b = a } else if target >= 1 { a = b } else {
            while true {
                let c = a + (b - a) / 2
                if c <= a || c >= b { break }
                if left(c) / (left(c) + right(c)) < target { a = c } else { b = c }
            }
        }
        let c = a + (b - a) / 2
        let width = (d1 + d2) / (left(c) + right(c))
        low = likely - c * width
        mode = likely
        high = likely + (1 - c) * width
    }

    /// The fitted triangular as a distribution.
    public var triangular: FactorDistribution { .triangular(low: low, mode: mode, high: high) }
}

extension Distribution where Parameter == Double {
    /// The triangular a triple estimate stands for (``TrigenFit``).
    public static func trigenTriangle(p10: Double, likely: Double, p90: Double) -> FactorDistribution {
        TrigenFit(p10: p10, likely: likely, p90: p90).triangular
    }
}
