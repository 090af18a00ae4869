import DFCostModel
import DFCostScenario

/// Everything `totals` (or a notebook, or a server) asks of the exact engine, as a value.
///
/// ``run()`` turns it into a ``TotalsResult``; renderers turn that into text. The request never
/// names command-line flags: front ends validate their own combinations and word their own messages.
public struct TotalsRequest: Sendable {
    /// What the totals are broken down by, besides the table itself.
    public enum Breakdown: String, Sendable, Hashable, CaseIterable {
        /// Each payer's part, by the scenario's payer keys.
        case payer
        /// The subtotal of each initiative (tiltak), its parts summed across solutions.
        case initiative
    }

    /// The scenario to sum.
    public var scenario: Scenario
    /// What-ifs applied to it (conditions, operations, added lines, set cells).
    public var whatIfs: ApplyOptions
    /// A breakdown to compute as well, or nil for the table alone.
    public var breakdown: Breakdown?

    /// A request for `scenario`'s totals.
    public init(scenario: Scenario, whatIfs: ApplyOptions = ApplyOptions(), breakdown: Breakdown? = nil) {
        self.scenario = scenario
        self.whatIfs = whatIfs
        self.breakdown = breakdown
    }

    /// Applies the scenario and sums it, with the breakdown asked for.
    /// - Throws: ``TotalsRequestError`` for a breakdown the scenario cannot give; ``ScenarioError``
    ///   and ``ArithmeticError`` from the engine, unchanged.
    public func run() throws -> TotalsResult {
        let applied = try scenario.apply(whatIfs)
        let totals = try applied.totals()
        var result = TotalsResult(applied: applied, totals: totals)
        result.level = try TotalLevel.of(scenario, whatIfs: whatIfs, applied: applied, totals: totals)
        switch breakdown {
        case nil:
            break
        case .payer:
            guard applied.payerKeys != nil else { throw TotalsRequestError.noPayerKeys(scenario: applied.name) }
            result.payers = try applied.payerAllocation(totals)
        case .initiative:
            result.initiatives = try InitiativeSubtotals(table: applied.table, totals: totals)
        }
        return result
    }
}
