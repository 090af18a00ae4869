import Foundation

/// Why a distribution's parameters are unusable: the one rule for every distribution of an
/// uncertainty factor, checked by ``FactorDistribution/validate()`` wherever parameters are read
/// (scenario files in DFCostScenario, specifications in the Monte Carlo engine).
public enum DistributionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A parameter is NaN or infinite.
    case notFinite(parameter: String)
    /// `low < high` and `low <= mode <= high` do not hold.
    case badOrder(low: Double, mode: Double?, high: Double)
    /// Lognormal percentiles must satisfy `0 < p10 < p90`.
    case badPercentiles(p10: Double, p90: Double)
    /// A multiplicative factor below zero: `low` must be at least 0.
    case negative(low: Double)
    /// A triple estimate needs `p10 < p90` and `p10 <= likely <= p90`.
    case badTriple(p10: Double, likely: Double, p90: Double)

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
        case .badTriple(let p10, let likely, let p90):
            return "\(kind) needs p10 <= likely <= p90 and p10 < p90 (got \(n(p10)), \(n(likely)), \(n(p90)))"
        }
    }
}

/// The marginal distribution of one multiplicative uncertainty factor: the one definition of
/// the distributions a scenario may declare.
///
/// Everything a distribution is, is here, each switched exhaustively: its case, its name and
/// parameters as written in scenario files (``Kind``), the one rule for its parameters
/// (``validate()``), its quantile, mean and variance. A scenario holds the parameters exact as
/// written (`Distribution<ExactDecimal>`, DFCostScenario's `FactorLaw`); the engine draws from
/// them as Doubles (``FactorDistribution``), the same cases through ``map(_:)``.
public enum Distribution<Parameter: Sendable & Hashable>: Sendable, Hashable {
    /// Triangular on [low, high] with peak at `mode`.
    case triangular(low: Parameter, mode: Parameter, high: Parameter)
    /// Beta-PERT with lambda 4: `low + (high - low) * Beta(1 + 4 (mode - low) / (high - low),
    /// 1 + 4 (high - mode) / (high - low))`; mean `(low + 4 mode + high) / 6`.
    case pert(low: Parameter, mode: Parameter, high: Parameter)
    /// Uniform on [low, high].
    case uniform(low: Parameter, high: Parameter)
    /// Lognormal given by its 10th and 90th percentiles: median `sqrt(p10 * p90)`,
    /// `sigma = ln(p90 / p10) / (2 * 1.2815515655446004)` (1.28155... = Phi^-1(0.9)).
    case lognormal(p10: Parameter, p90: Parameter)
    /// A triple estimate (trippelestimat): P10, most likely and P90, fitted to the triangular
    /// distribution whose mode is `likely` and whose 10th and 90th percentiles are `p10` and
    /// `p90` (as @RISK's RiskTrigen with bottom 10 and top 90); see
    /// ``Distribution/trigenTriangle(p10:likely:p90:)``.
    case trigen(p10: Parameter, likely: Parameter, p90: Parameter)

    /// A distribution without its parameters (one type for every parameter type).
    public typealias Kind = DistributionKind

    public var kind: Kind {
        switch self {
        case .triangular: .triangular
        case .pert: .pert
        case .uniform: .uniform
        case .lognormal: .lognormal
        case .trigen: .trigen
        }
    }

    /// The parameters, in the order of ``Kind/parameterNames``.
    public var parameters: [Parameter] {
        switch self {
        case .triangular(let l, let m, let h), .pert(let l, let m, let h): [l, m, h]
        case .uniform(let l, let h): [l, h]
        case .lognormal(let a, let b): [a, b]
        case .trigen(let a, let m, let b): [a, m, b]
        }
    }

    /// The distribution of `kind` with `parameters` in the order of ``Kind/parameterNames``;
    /// nil when their count differs.
    public init?(_ kind: Kind, parameters p: [Parameter]) {
        guard p.count == kind.parameterNames.count else { return nil }
        switch kind {
        case .triangular: self = .triangular(low: p[0], mode: p[1], high: p[2])
        case .pert: self = .pert(low: p[0], mode: p[1], high: p[2])
        case .uniform: self = .uniform(low: p[0], high: p[1])
        case .lognormal: self = .lognormal(p10: p[0], p90: p[1])
        case .trigen: self = .trigen(p10: p[0], likely: p[1], p90: p[2])
        }
    }

    /// The same distribution with each parameter transformed (exact parameters to Doubles).
    public func map<T>(_ transform: (Parameter) -> T) -> Distribution<T> {
        Distribution<T>(kind, parameters: parameters.map(transform))!
    }
}

/// A distribution without its parameters: its name and parameter keys in scenario files.
public enum DistributionKind: String, Sendable, Hashable, CaseIterable {
    case triangular, pert, uniform, lognormal, trigen

    /// The keys of its parameters in a scenario file's `[[uncertainty]]`, in the order the
    /// case takes them.
    public var parameterNames: [String] {
        switch self {
        case .triangular, .pert: ["low", "mode", "high"]
        case .uniform: ["low", "high"]
        case .lognormal: ["p10", "p90"]
        case .trigen: ["p10", "likely", "p90"]
        }
    }
}

extension Distribution: CustomStringConvertible {
    /// For example `triangular(low 0.9, mode 1.0, high 1.3)`.
    public var description: String {
        "\(kind.rawValue)(" + zip(kind.parameterNames, parameters).map { "\($0) \($1)" }.joined(separator: ", ") + ")"
    }
}

/// A distribution as the Monte Carlo engine draws from it: its parameters as Doubles.
public typealias FactorDistribution = Distribution<Double>

extension Distribution where Parameter == Double {
    /// `Phi^-1(0.9)`, the z-score of the 90th percentile.
    public static var z90: Double { 1.2815515655446004 }

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
        case .trigen(let p10, let likely, let p90):
            for (name, v) in [("p10", p10), ("likely", likely), ("p90", p90)] where !v.isFinite {
                throw .notFinite(parameter: name)
            }
            guard p10 < p90, p10 <= likely, likely <= p90 else {
                throw .badTriple(p10: p10, likely: likely, p90: p90)
            }
            let fitted = TrigenFit(p10: p10, likely: likely, p90: p90)
            guard fitted.low >= 0 else { throw .negative(low: fitted.low) }
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
        case .trigen(let p10, let likely, let p90):
            return FactorDistribution.trigenTriangle(p10: p10, likely: likely, p90: p90).quantile(u)
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
        case .trigen(let p10, let likely, let p90):
            return FactorDistribution.trigenTriangle(p10: p10, likely: likely, p90: p90).mean
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
        case .trigen(let p10, let likely, let p90):
            return FactorDistribution.trigenTriangle(p10: p10, likely: likely, p90: p90).variance
        }
    }
}
