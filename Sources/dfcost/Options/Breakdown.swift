import ArgumentParser

/// What `--by` breaks results down by (totals, compare, simulate, report).
enum Breakdown: String, ExpressibleByArgument, CaseIterable {
    /// Each payer's part, by the scenario's payer keys.
    case payer
    /// Subtotals per initiative (tiltak), its parts summed (totals only, for now).
    case initiative
}
