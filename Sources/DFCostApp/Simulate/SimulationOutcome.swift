import DFCostModel
import DFCostNumerics
import DFCostSimulation

/// What a ``SimulationRequest`` produced.
public struct SimulationOutcome: Sendable {
    /// The scenario's model (deterministic totals, spec).
    public var model: SimulationModel
    /// The scenario's own result: percentiles, budgets, sensitivity.
    public var result: SimulationResult
    /// The analysis model (analysemodell): every assumption of the run, built once here.
    public var analysis: AnalysisModel
    /// The KS2 breakdown of the scenario's horizon total (nil without P50 and P85 among the percentiles).
    public var ks2: KS2Breakdown?
    /// The sensitivity tornado of the scenario's own result (factors without effect set apart).
    public var tornado: Tornado
    /// With a comparison: the other scenario's own result and the paired difference.
    public var comparison: Comparison?
    /// With a payer breakdown: each payer's part per summed year (outputs "payer/year").
    public var payers: Payers?
    /// Correlation coefficients changed by the repair, when one was asked for and needed.
    public var repairs: [Repair]
    /// Modelling mistakes that did not stop the run: entries that select no line, nothing
    /// uncertain, too few trials for the figures printed (for the front end to word and show).
    public var warnings: [SimulationWarning] = []

    public struct Comparison: Sendable {
        public var model: SimulationModel
        public var result: SimulationResult
        /// OTHER − BASE per trial, on common random numbers.
        public var difference: SimulationResult
        /// The other scenario's analysis model.
        public var analysis: AnalysisModel
        /// The KS2 breakdown of the other scenario's own horizon total.
        public var ks2: KS2Breakdown?
        /// The sensitivity tornado of the other scenario's own result.
        public var tornado: Tornado
        /// The sensitivity tornado of the paired difference.
        public var differenceTornado: Tornado
    }

    public struct Payers: Sendable {
        public var keys: PayerKeys
        public var result: SimulationResult
    }

    /// One coefficient the nearest-correlation repair changed.
    public struct Repair: Sendable, Hashable {
        public var scenario: String
        public var first: String
        public var second: String
        public var old: Double
        public var new: Double
    }
}
