import DFCostApp
import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation

/// Everything one `dfcost report` shows, computed before rendering: the applied scenario and its
/// totals, comparisons with other scenarios, and optionally a simulation.
///
/// Renderers only arrange and format these values; they add nothing up.
public struct Report: Sendable {
    /// The scenario as applied (conditions, operations, what-ifs).
    public var applied: AppliedScenario
    /// Its totals.
    public var totals: Totals
    /// The scenario against each `--compare` file, in order.
    public var comparisons: [ScenarioComparison]
    /// Where each comparison's scenarios came from (their files and what-ifs), in the same order;
    /// names two scenarios of the same name apart. May be empty.
    public var comparisonSources: [ComparisonSources]
    /// With two or more `--compare` files: every scenario side by side (the scenario first).
    public var rounds: Comparison?
    /// The Monte Carlo run, when asked for.
    public var simulation: ReportSimulation?

    /// Each payer's part (`--by payer`), when asked for.
    public var payers: PayerAllocation?

    /// Each initiative's subtotal (`--by initiative`), when asked for.
    public var initiatives: InitiativeSubtotals?

    /// The total D&F level, when the scenario gives a `[baseline]`.
    public var level: TotalLevel?

    /// The names of lines, solutions and conditions of the scenario and of every compared one,
    /// so that a line only a compared round has is named, not shown by its id.
    public var names: LineNames

    /// A report of the given results.
    public init(applied: AppliedScenario, totals: Totals, comparisons: [ScenarioComparison] = [], simulation: ReportSimulation? = nil,
                payers: PayerAllocation? = nil, initiatives: InitiativeSubtotals? = nil, comparisonSources: [ComparisonSources] = [],
                rounds: Comparison? = nil) {
        self.rounds = rounds
        self.payers = payers
        self.initiatives = initiatives
        self.comparisonSources = comparisonSources
        self.applied = applied
        self.totals = totals
        self.comparisons = comparisons
        self.simulation = simulation
        names = LineNames([applied.table])
    }
}

extension Report {
    /// The report of a ``ReportResult``.
    /// - Parameter comparisonSources: where each comparison's scenarios came from, in order (may be empty).
    public init(_ result: ReportResult, comparisonSources: [ComparisonSources] = []) {
        self.init(applied: result.applied, totals: result.totals, comparisons: result.comparisons,
                  simulation: result.simulation.map { ReportSimulation($0, comparedModels: result.comparedModels) },
                  payers: result.payers, initiatives: result.initiatives,
                  comparisonSources: comparisonSources, rounds: result.rounds)
        level = result.level
        names = LineNames([result.applied.table] + result.others.map(\.table))
    }
}

/// A simulation as the report shows it: the result (ideally with percentiles 1–99 for the
/// S-curve) and the model it was drawn from.
public struct ReportSimulation: Sendable {
    /// The percentiles the report's tables show.
    public static let summaryPercentiles: [Double] = [0.10, 0.50, 0.85, 0.90]
    /// The percentiles to request for the S-curve: 1, 2, ..., 99 %, which include the summary ones.
    public static let curvePercentiles: [Double] = ReportRequest.curvePercentiles

    /// The result, with every percentile that was requested.
    public var result: SimulationResult
    /// The model (its deterministic totals are the base of the KS2 breakdown).
    public var model: SimulationModel
    /// The KS2 breakdown of the horizon total, computed once here (renderers only show it).
    public var ks2: KS2Breakdown?
    /// The analysis model: every assumption of the run.
    public var analysis: AnalysisModel
    /// The sensitivity tornado, computed once here (renderers only show it).
    public var tornado: Tornado
    /// The compared scenarios whose analysis model differs from this one's: the report says
    /// beside the simulation that its P50 and P85 are not theirs.
    public var comparedModels: [ComparedModel] = []

    /// A simulation result and its model (the analysis model's run says plain sampling and no
    /// dfcost version: a run made otherwise comes with its ``SimulationOutcome``).
    public init(result: SimulationResult, model: SimulationModel) {
        self.result = result
        self.model = model
        ks2 = KS2Breakdown(result: result, model: model)
        tornado = Tornado(result: result, spec: model.spec, drivers: Set(model.driverNames))
        var analysis = model.analysis
        analysis.run = AnalysisModel.Run(trials: result.trials, seed: result.seed, sampling: .plain, software: nil)
        self.analysis = analysis
    }

    /// The simulation of a ``SimulationOutcome`` (its KS2 breakdown as computed there), and the
    /// compared scenarios whose analysis model differs.
    public init(_ outcome: SimulationOutcome, comparedModels: [ComparedModel] = []) {
        self.comparedModels = comparedModels
        result = outcome.result
        model = outcome.model
        ks2 = outcome.ks2
        tornado = outcome.tornado
        analysis = outcome.analysis
    }

    /// The result with only the summary percentiles kept (a selection, nothing recomputed), for
    /// the tables of text, markdown, CSV and JSON.
    public var summary: SimulationResult {
        var r = result
        let wanted = Set(Self.summaryPercentiles)
        for i in r.columns.indices {
            let kept = r.columns[i].percentiles.filter { wanted.contains($0.probability) }
            if !kept.isEmpty { r.columns[i].percentiles = kept }
        }
        return r
    }
}
