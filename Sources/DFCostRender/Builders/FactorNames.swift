import DFCostModel

/// The names a sensitivity shows for its factors: a factor that acts on one line is shown by the
/// line's display name and its solution's ("Program Pasientens legemiddelliste / SFM (E-resept)"),
/// so two lines of the same initiative and part in different solutions stay apart; any other
/// factor (a driver, a condition, an event) by its id.
struct FactorNames: Sendable {
    var names: [String: String]

    init(_ table: CostTable) {
        let solutions = Dictionary(table.solutions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        names = Dictionary(table.lines.map { ($0.id, "\($0.label) (\(solutions[$0.solution] ?? $0.solution))") }, uniquingKeysWith: { a, _ in a })
    }

    /// The factor's name: its line's display name, else its id.
    func callAsFunction(_ id: String) -> String { names[id] ?? id }
}
