import DFCostModel
import DFCostNumerics

/// The KS2-style breakdown of a simulated horizon total, computed once on the result so that
/// every renderer shows the same figures: the exact deterministic base, P50 (styringsramme),
/// P85 (kostnadsramme) and the reserve between them.
public struct KS2Breakdown: Sendable, Hashable {
    /// The first and last summed year the total covers.
    public var firstYear: Int
    public var lastYear: Int
    /// The deterministic horizon total, exact.
    public var deterministicBase: ExactDecimal
    /// P50 of the simulated horizon total.
    public var p50: Double
    /// P85 of the simulated horizon total.
    public var p85: Double
    /// The reserve: P85 − P50.
    public var reserve: Double

    /// The breakdown of `result`'s horizon total over `model`'s deterministic totals; nil when
    /// the result lacks P50 or P85 (they were not asked for) or the model sums no year.
    public init?(result: SimulationResult, model: SimulationModel) {
        guard let first = model.years.first, let last = model.years.last,
              let p50 = result.total.percentile(0.5), let p85 = result.total.percentile(0.85) else { return nil }
        firstYear = first
        lastYear = last
        deterministicBase = model.totals.horizonTotal
        self.p50 = p50.value
        self.p85 = p85.value
        reserve = p85.value - p50.value
    }
}
