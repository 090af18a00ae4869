import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation

/// Everything `report` (or a notebook, or a server) asks for one document, as a value: the
/// scenario's totals, comparisons with other scenarios, optionally a payer breakdown and a
/// Monte Carlo run.
///
/// ``run(progress:isCancelled:)`` turns it into a ``ReportResult``; `DFCostRender` renders that.
/// The request never names command-line flags.
public struct ReportRequest: Sendable {
    /// The percentiles a report's simulation computes: 1, 2, ..., 99 % (the S-curve), which
    /// include the summary percentiles 10, 50, 85 and 90.
    public static let curvePercentiles: [Double] = (1...99).map { Double($0) / 100 }
    /// The percentiles the report's tables print (the trial-count warning is about these).
    public static let summaryPercentiles: [Double] = [0.10, 0.50, 0.85, 0.90]

    /// How the report's Monte Carlo run is sized and seeded.
    public struct Simulation: Sendable, Hashable {
        /// Trials, 1...``MonteCarlo/maxTrials``.
        public var trials: Int
        /// The random seed.
        public var seed: UInt64
        /// Worker threads (nil: every core); the result does not depend on it.
        public var threads: Int?
        /// The dfcost running it, for the analysis model; nil: not said.
        public var software: SoftwareVersion?
        /// How the trials sample each factor (plain Monte Carlo unless asked).
        public var sampling: SamplingMethod

        public init(trials: Int = 100_000, seed: UInt64 = 1, threads: Int? = nil, software: SoftwareVersion? = nil,
                    sampling: SamplingMethod = .plain) {
            self.trials = trials
            self.seed = seed
            self.threads = threads
            self.software = software
            self.sampling = sampling
        }
    }

    /// The scenario reported on.
    public var scenario: Scenario
    /// Other scenarios to compare it with, in order.
    public var comparedWith: [Scenario]
    /// What-ifs applied to every scenario.
    public var whatIfs: ApplyOptions
    /// A Monte Carlo run of the scenario's uncertainty, or nil for none.
    public var simulation: Simulation?
    /// Also give each payer's part (needs payer keys).
    public var byPayer: Bool
    /// Also give each initiative's subtotal (its parts summed across solutions).
    public var byInitiative: Bool
    /// With two or more other scenarios: what each column of the side-by-side comparison is
    /// compared with (the first column unless told otherwise).
    public var against: Comparison.Against

    public init(scenario: Scenario, comparedWith: [Scenario] = [], whatIfs: ApplyOptions = ApplyOptions(),
                simulation: Simulation? = nil, byPayer: Bool = false, byInitiative: Bool = false,
                against: Comparison.Against = .first) {
        self.scenario = scenario
        self.comparedWith = comparedWith
        self.whatIfs = whatIfs
        self.simulation = simulation
        self.byPayer = byPayer
        self.byInitiative = byInitiative
        self.against = against
    }

    /// Computes every figure of the report.
    /// - Throws: ``TotalsRequestError`` for a payer breakdown without payer keys; ``ScenarioError``,
    ///   ``ArithmeticError``, ``SimulationModelError``, `SimulationError` (`.cancelled` when
    ///   `isCancelled` says so) and `CorrelationError` from the layers below, unchanged.
    public func run(progress: (@Sendable (Double) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil) throws -> ReportResult {
        let base = try TotalsRequest(scenario: scenario, whatIfs: whatIfs, breakdown: byPayer ? .payer : nil).run()
        var notices = base.notices
        var others: [AppliedScenario] = []
        let comparisons = try comparedWith.map { other -> ScenarioComparison in
            let applied = try other.apply(whatIfs)
            notices += applied.notices
            others.append(applied)
            return try ScenarioComparison(base: base.applied, other: applied)
        }
        // Side by side (two or more others, or another table's round): a column each, the scenario first.
        let layout = ComparisonLayout.choose(base: scenario, others: comparedWith)
        let rounds = try comparedWith.isEmpty || layout == .detailed ? nil : Comparison(
            [Comparison.Input(name: base.applied.name, file: scenario.files.last ?? "", applied: base.applied)]
                + zip(comparedWith, others).map { Comparison.Input(name: $1.name, file: $0.files.last ?? "", applied: $1) },
            against: against, byInitiative: byInitiative)
        let initiatives = try byInitiative ? InitiativeSubtotals(table: base.applied.table, totals: base.totals) : nil
        let outcome = try simulation.map { s in
            var request = SimulationRequest(scenario: scenario, whatIfs: whatIfs, trials: s.trials, seed: s.seed, threads: s.threads,
                                            percentiles: Self.curvePercentiles, sensitivitySample: min(s.trials, 100_000),
                                            sampling: s.sampling, software: s.software)
            request.shownPercentiles = Self.summaryPercentiles
            return try request.run(progress: progress, isCancelled: isCancelled)
        }
        var result = ReportResult(applied: base.applied, totals: base.totals, others: others, comparisons: comparisons, rounds: rounds,
                                  simulation: outcome, payers: base.payers, initiatives: initiatives, level: base.level, notices: notices)
        if let outcome {
            result.comparedModels = try comparedWith.compactMap { other in
                let model = try SimulationModel(scenario: other, options: whatIfs)
                guard !model.analysis.hasSameAssumptions(as: outcome.model.analysis) else { return nil }
                return ComparedModel(scenario: other.name, nothingUncertain: model.isDeterministic)
            }
        }
        return result
    }
}
