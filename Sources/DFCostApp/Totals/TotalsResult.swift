import DFCostModel
import DFCostScenario

/// What a ``TotalsRequest`` produced: the applied scenario, its totals and any breakdown.
public struct TotalsResult: Sendable {
    /// The scenario as applied.
    public var applied: AppliedScenario
    /// Its totals: per year, per solution, the horizon total.
    public var totals: Totals
    /// Each payer's part, when asked for.
    public var payers: PayerAllocation?
    /// Each initiative's subtotal, when asked for.
    public var initiatives: InitiativeSubtotals?
    /// The total D&F level (the file's `[baseline]` plus the cumulative increase), when the
    /// scenario gives a baseline.
    public var level: TotalLevel?

    /// The engine's notices (operations that matched nothing, and the like), for the front end to word and show.
    public var notices: [EngineWarning] { applied.notices }
    /// The notices as English lines.
    public var warnings: [String] { applied.warnings }

    /// A result without breakdowns.
    public init(applied: AppliedScenario, totals: Totals, payers: PayerAllocation? = nil, initiatives: InitiativeSubtotals? = nil) {
        self.applied = applied
        self.totals = totals
        self.payers = payers
        self.initiatives = initiatives
    }
}
