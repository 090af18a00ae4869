import ArgumentParser
import DFCostApp
import DFCostScenario

/// What `--by` breaks results down by (totals, compare, simulate, report).
enum Breakdown: String, ExpressibleByArgument, CaseIterable {
    /// Each payer's part, by the scenario's payer keys.
    case payer
    /// Subtotals per initiative (tiltak), its parts summed.
    case initiative
}

extension Breakdown {
    /// The breakdown as the totals request takes it.
    var totals: TotalsRequest.Breakdown {
        switch self {
        case .payer: .payer
        case .initiative: .initiative
        }
    }
}

/// What `simulate --by` breaks results down by: payers only (an initiative breakdown is not
/// simulated; `totals --by initiative` gives it), so its help offers no other value.
enum PayerBreakdown: String, ExpressibleByArgument, CaseIterable {
    /// Each payer's part, by the scenario's payer keys.
    case payer
}
