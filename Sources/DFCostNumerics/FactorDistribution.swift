import Foundation

/// Why a distribution's parameters are unusable: the one rule for every distribution of an
/// uncertainty factor, checked by ``FactorDistribution/validate()`` wherever parameters are read
/// (scenario files in DFCostScenario, specifications in the Monte Carlo engine).
public enum DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter is NaN or infinite.
    case notFinite(parameter: String)
    /// `low < high` and `low <= mode <= high` do not hold.
    case badOrder(low: Double, mode: Double?, high: Double)
    /// Lognormal percentiles must satisfy `0 < p10 < p90`.
    case badPercentiles(p10: Double, p90: Double)
    /// A multiplicative factor below zero: `low` must be at least 0.
    case negative(low: Double)

    /// One line, naming the distribution "distribution".
    public var description: String { described(as: "distribution") }

    /// One line, naming the distribution by `kind` (e.g. "triangular").
    public func described(as kind: String) -> String {
        func n(_ v: Double) -> String {
            v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
        }
        switch self {
        case .notFinite(let parameter):
            return "\(kind) parameter \(parameter) is not finite"
        case .badOrder(let low, let mode?, let high):
            return "\(kind) needs low <= mode <= high and low < high (got \(n(low)), \(n(mode)), \(n(high)))"
        case .badOrder(let low, nil, let high):
            return "\(kind) needs low < high (got \(n(low)), \(n(high)))"
        case .badPercentiles(let p10, let p90):
            return "\(kind) needs 0 < p10 < p90 (got p10 \(n(p10)), p90 \(n(p90)))"
        case .negative(let low):
            return "a factor cannot be negative (low \(n(low)))"
        }
    }
}

/// The marginal distribution of one multiplicative uncertainty factor.
///
/// Each case has a closed-form `mean` and `variance` and a `quantile` (inverse CDF), which
/// is all the Gaussian-copula engine needs: a factor is `quantile(Phi(z))`.
public enum FactorDistribution: Sendable, Equatable, CustomStringConvertible {
    /// Triangular on [low, high] with peak at `mode`.
    case triangular(low: Double, mode: Double, high: Double)
    /// Beta-PERT with lambda 4: `low + (high - low) * Beta(1 + 4 (mode - low) / (high - low),
    /// 1 + 4 (high - mode) / (high - low))`; mean `(low + 4 mode + high) / 6`.
    case pert(low: Double, mode: Double, high: Double)
    /// Uniform on [low, high].
    case uniform(low: Double, high: Double)
    /// Lognormal given by its 10th and 90th percentiles: median `sqrt(p10 * p90)`,
    /// `sigma = ln(p90 / p10) / (2 * 1.2815515655446004)` (1.28155... = Phi^-1(0.9)).
    case lognormal(p10: Double, p90: Double)

    /// `Phi^-1(0.9)`, the z-score of the 90th percentile.
    public static let z90 = 1.2815515655446004

    /// Checks the parameters: finite, `low < high` and `low <= mode <= high`, `0 < p10 < p90`, and
    /// no negative factor. This is the only check of distribution parameters; the scenario
    /// reader calls it for `[[uncertainty]]` entries and the engine for every specification.
    /// - Throws: `DistributionError` naming the violated condition.
    public func validate() throws(DistributionError) {
        switch self {
        case .triangular(let low, let mode, let high), .pert(let low, let mode, let high):
            for (name, v) in [("low", low), ("mode", mode), ("high", high)] where !v.isFinite {
                throw .notFinite(parameter: name)
            }
            guard low < high, low <= mode, mode <= high else {
                throw .badOrder(low: low, mode: mode, high: high)
            }
            guard low >= 0 else { throw .negative(low: low) }
        case .uniform(let low, let high):
            for (name, v) in [("low", low), ("high", high)] where !v.isFinite {
                throw .notFinite(parameter: name)
            }
            guard low < high else { throw .badOrder(low: low, mode: nil, high: high) }
            guard low >= 0 else { throw .negative(low: low) }
        case .lognormal(let p10, let p90):
            for (name, v) in [("p10", p10), ("p90", p90)] where !v.isFinite {
                throw .notFinite(parameter: name)
            }
            guard p10 > 0, p10 < p90 else { throw .badPercentiles(p10: p10, p90: p90) }
        }
    }

    /// Lognormal location and scale `(mu, sigma)` of `log X`.
    static func lognormalParameters(p10: Double, p90: Double) -> (mu: Double, sigma: Double) {
        (0.5 * (log(p10) + log(p90)), log(p90 / p10) / (2 * z90))
    }

    /// The beta shapes of a PERT distribution.
    static func pertShapes(low: Double, mode: Double, high: Double) -> Beta {
        Beta(alpha: 1 + 4 * (mode - low) / (high - low), beta: 1 + 4 * (high - mode) / (high - low))
    }

    /// The quantile (inverse CDF) at `u` in (0, 1). Monotone non-decreasing in `u`.
    /// - Complexity: O(1) except PERT, which inverts the incomplete beta iteratively
    ///   (a few Halley steps).
    public func quantile(_ u: Double) -> Double {
        switch self {
        case .triangular(let low, let mode, let high):
            return FactorDistribution.triangularQuantile(u, low: low, mode: mode, high: high)
        case .pert(let low, let mode, let high):
            let beta = FactorDistribution.pertShapes(low: low, mode: mode, high: high)
            return low + (high - low) * beta.quantile(u)
        case .uniform(let low, let high):
            return low + (high - low) * u
        case .lognormal(let p10, let p90):
            let (mu, sigma) = FactorDistribution.lognormalParameters(p10: p10, p90: p90)
            return exp(mu + sigma * Normal.quantile(u))
        }
    }

    /// Triangular quantile: `low + sqrt(u (high-low)(mode-low))` below the mode's CDF value
    /// `c = (mode-low)/(high-low)`, `high - sqrt((1-u)(high-low)(high-mode))` above.
    @inlinable @inline(__always)
    public static func triangularQuantile(_ u: Double, low: Double, mode: Double, high: Double)
        -> Double
    {
        let c = (mode - low) / (high - low)
        return u < c
            ? low + (u * (high - low) * (mode - low)).squareRoot()
            : high - ((1 - u) * (high - low) * (high - mode)).squareRoot()
    }

    /// The mean (closed form).
    public var mean: Double {
        switch self {
        case .triangular(let a, let m, let b): return (a + m + b) / 3
        case .pert(let a, let m, let b): return (a + 4 * m + b) / 6
        case .uniform(let a, let b): return (a + b) / 2
        case .lognormal(let p10, let p90):
            let (mu, sigma) = FactorDistribution.lognormalParameters(p10: p10, p90: p90)
            return exp(mu + sigma * sigma / 2)
        }
    }

    /// The variance (closed form).
    public var variance: Double {
        switch self {
        case .triangular(let a, let m, let b):
            return (a * a + m * m + b * b - a * m - a * b - m * b) / 18
        case .pert(let a, let m, let b):
            let mu = (a + 4 * m + b) / 6
            return (mu - a) * (b - mu) / 7
        case .uniform(let a, let b): return (b - a) * (b - a) / 12
        case .lognormal(let p10, let p90):
            let (mu, sigma) = FactorDistribution.lognormalParameters(p10: p10, p90: p90)
            let s2 = sigma * sigma
            return expm1(s2) * exp(2 * mu + s2)
        }
    }

    /// For example `triangular(0.9, 1.0, 1.3)`.
    public var description: String {
        switch self {
        case .triangular(let a, let m, let b): return "triangular(\(a), \(m), \(b))"
        case .pert(let a, let m, let b): return "pert(\(a), \(m), \(b))"
        case .uniform(let a, let b): return "uniform(\(a), \(b))"
        case .lognormal(let p10, let p90): return "lognormal(p10 \(p10), p90 \(p90))"
        }
    }
}
