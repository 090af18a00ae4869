import DFCostModel
import DFCostScenario

/// What a ``ReportRequest`` produced: every figure the report shows, computed before rendering.
public struct ReportResult: Sendable {
    /// The scenario as applied.
    public var applied: AppliedScenario
    /// Its totals.
    public var totals: Totals
    /// The other scenarios as applied, in the request's order (a workbook shows each as a sheet).
    public var others: [AppliedScenario]
    /// The scenario against each other scenario, in the request's order.
    public var comparisons: [ScenarioComparison]
    /// With two or more other scenarios: all of them side by side with the scenario (its first
    /// column), with the changes and how each line moved; nil otherwise.
    public var rounds: Comparison?
    /// The Monte Carlo run (with its KS2 breakdown), when asked for.
    public var simulation: SimulationOutcome?
    /// With a simulation: the compared scenarios whose analysis model differs from the
    /// scenario's (the simulation is not theirs), in the request's order.
    public var comparedModels: [ComparedModel] = []
    /// Each payer's part, when asked for.
    public var payers: PayerAllocation?
    /// Each initiative's subtotal, when asked for.
    public var initiatives: InitiativeSubtotals?
    /// The total D&F level (the file's `[baseline]` plus the cumulative increase), when the
    /// scenario gives a baseline.
    public var level: TotalLevel? = nil
    /// The engine's notices for every scenario applied, for the front end to word and show.
    public var notices: [EngineWarning]
    /// The notices as English lines.
    public var warnings: [String] { notices.map(\.description) }
}
