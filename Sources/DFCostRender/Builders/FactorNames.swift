import DFCostModel

/// The names a sensitivity shows for its factors: a factor that acts on one line is shown by the
/// line's display name and its solution's (``LineNames/full(_:)``); any other factor (a driver,
/// a condition, an event) by its id.
struct FactorNames: Sendable {
    var lines: LineNames

    init(_ table: CostTable) { lines = LineNames([table]) }

    /// The factor's name: its line's display name, else its id.
    func callAsFunction(_ id: String) -> String { lines.full(id) }
}
