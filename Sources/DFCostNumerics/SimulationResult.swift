/// A percentile estimate with its Monte Carlo standard error.
public struct PercentileEstimate: Sendable, Equatable {
    /// Non-exceedance probability.
    public var probability: Double
    /// Type 7 sample quantile.
    public var value: Double
    /// Standard error `sqrt(p (1 - p) / n) / f(x_p)`, the asymptotic error of a sample
    /// quantile, with the density `f` estimated from order statistics around it
    /// (Siddiqui-Bloch-Gastwirth): `f ~ 2h / (n (x_(k+h) - x_(k-h)))`, `h = ceil(sqrt n)`.
    public var standardError: Double
}

/// `P(column > threshold)` with its binomial standard error `sqrt(P (1 - P) / n)`.
public struct Exceedance: Sendable, Equatable {
    /// The threshold (budget).
    public var threshold: Double
    /// Fraction of trials strictly above the threshold (counted on double values).
    public var probability: Double
    /// Binomial standard error.
    public var standardError: Double
}

/// What a result column measures.
public enum ColumnKind: Sendable, Equatable {
    /// Output `index` of the spec.
    case output(index: Int)
    /// Running sum of outputs `0...through`.
    case cumulative(through: Int)
    /// Sum of all outputs.
    case total
}

/// Statistics of one result column over all trials.
public struct ColumnStatistics: Sendable, Equatable {
    /// Column name: an output name, `"first..last"` for a cumulative level, or `"total"`.
    public var name: String
    /// What the column is.
    public var kind: ColumnKind
    /// Sample mean (accumulated in double precision, combined in block order).
    public var mean: Double
    /// Sample standard deviation (n - 1 denominator).
    public var standardDeviation: Double
    /// Standard error of the mean, `sd / sqrt(n)`.
    public var meanStandardError: Double
    /// Percentiles in the order of `SimulationOptions.percentiles`.
    public var percentiles: [PercentileEstimate]
    /// Exceedance probabilities for the column's thresholds, in the given order.
    public var exceedances: [Exceedance]

    /// The percentile estimate for probability `p`, if it was requested.
    public func percentile(_ p: Double) -> PercentileEstimate? {
        percentiles.first { $0.probability == p }
    }
}

/// The outcome of `MonteCarlo.run` (or of `runPaired`, whose columns are `other - base`).
///
/// Per-trial columns are stored as Float32 to bound memory (4 bytes per trial and
/// column), so percentiles carry a relative rounding of at most 2^-24 ~ 6e-8 of the
/// value, far below their Monte Carlo error (~1e-4 relative at 1e7 trials). Means,
/// standard deviations and exceedance counts use the double values.
public struct SimulationResult: Sendable, Equatable {
    /// Number of trials.
    public var trials: Int
    /// The seed.
    public var seed: UInt64
    /// Columns: every output, then cumulative levels `0...i` for each output index, then
    /// `"total"`. (The first cumulative level equals the first output and the last equals
    /// the total; both are listed so renderers can index uniformly.)
    public var columns: [ColumnStatistics]
    /// Sensitivity of the total to the factors, if a sample was requested.
    public var sensitivity: [SensitivityEntry]
    /// Why no sensitivity was computed though a sample was requested, when that happened.
    public var sensitivityOmitted: SensitivityOmission? = nil
    /// The change in the total's mean across each factor's deciles and each event's states
    /// (``MeanEffect``), in spec order (factors, then events), when a sample was analysed.
    public var meanEffects: [MeanEffect] = []
    /// How the trials were sampled. Under Latin hypercube sampling every standard error
    /// (mean, percentiles, exceedances) is the spread of independent replicates
    /// (``SamplingMethod/replicates(trials:)``), not the formula of a plain run.
    public var sampling: SamplingMethod = .plain

    /// The column named `name`; for a name shared by an output and a cumulative level,
    /// the output.
    public func column(_ name: String) -> ColumnStatistics? { columns.first { $0.name == name } }

    /// The `"total"` column.
    public var total: ColumnStatistics { columns.last! }
}

/// Why a requested sensitivity analysis was not computed.
public enum SensitivityOmission: Sendable, Equatable, CustomStringConvertible {
    /// The regression on `factors` factors needs more than `factors + 1` trials.
    case tooFewTrials(trials: Int, factors: Int)

    public var description: String {
        switch self {
        case .tooFewTrials(let n, let k): "sensitivity needs more than \(k + 1) trials for \(k) factors; \(n) were run"
        }
    }
}
