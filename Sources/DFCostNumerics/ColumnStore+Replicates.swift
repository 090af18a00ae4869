/// Standard errors from independent replicates, for a Latin hypercube run.
///
/// A Latin hypercube's trials are not independent (each factor's uniforms fall one per
/// stratum), so `sd / sqrt(n)` and the order-statistic and binomial formulas of a plain run
/// do not describe its error. Its `R` replicates are independent, though: each statistic is
/// estimated on each replicate's trials alone, and the standard error of the statistic over
/// all trials is the standard deviation of the `R` replicate estimates divided by `sqrt(R)`
/// (exact for the mean, which is the average of the replicate means; for a percentile or an
/// exceedance the pooled estimate's error to first order).
struct ReplicateErrors {
    /// Standard error of the mean.
    var mean: Double
    /// Standard error of each percentile, in the order of the probabilities asked.
    var percentiles: [Double]
    /// Standard error of each exceedance probability, in the order of the column's thresholds.
    var exceedances: [Double]

    /// `sd(estimates) / sqrt(R)` (0 for a single replicate).
    static func standardError(_ estimates: [Double]) -> Double {
        let r = Double(estimates.count)
        guard estimates.count > 1 else { return 0 }
        let mean = estimates.reduce(0, +) / r
        let squares = estimates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / (r - 1) / r).squareRoot()
    }
}

extension ColumnStore {
    /// The replicate standard errors of stored column `c` (read-only; call after every block
    /// is recorded). Reads the stored Float32 values, summing in double precision.
    func replicateErrors(of c: Int, hypercube: LatinHypercube, probabilities: [Double]) -> ReplicateErrors {
        let column = data.baseAddress! + c * trials
        var means: [Double] = [], percentiles: [[Double]] = [], exceedances: [[Double]] = []
        for r in 0..<hypercube.replicates {
            let lower = hypercube.start(r), upper = hypercube.start(r + 1)
            let part = UnsafeBufferPointer(start: column + lower, count: upper - lower)
            let m = Double(part.count)
            var sum = 0.0
            for x in part { sum += Double(x) }
            means.append(sum / m)
            let ranks = probabilities.map { Quantile.type7Ranks(count: part.count, p: $0) }
            let values = OrderStatistics.values(part, ranks: ranks.flatMap { [$0.lower, $0.upper] })
            percentiles.append(ranks.map { Quantile.interpolate(values[$0.lower]!, values[$0.upper]!, $0.weight) })
            exceedances.append(thresholds[c].map { t in
                var above = 0
                for x in part where Double(x) > t { above += 1 }
                return Double(above) / m
            })
        }
        return ReplicateErrors(
            mean: ReplicateErrors.standardError(means),
            percentiles: probabilities.indices.map { k in ReplicateErrors.standardError(percentiles.map { $0[k] }) },
            exceedances: thresholds[c].indices.map { k in ReplicateErrors.standardError(exceedances.map { $0[k] }) })
    }
}
