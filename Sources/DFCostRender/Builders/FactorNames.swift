import DFCostModel
import DFCostSimulation

/// The names a sensitivity shows for its inputs: a factor that acts on one line is shown by the
/// line's display name and its solution's (``LineNames/full(_:)``); an uncertain condition as the
/// event register names it (``LineNames/condition(_:)``); any other factor (a driver, a shared
/// factor) by its name in the file.
struct FactorNames: Sendable {
    var lines: LineNames

    init(_ table: CostTable) { lines = LineNames([table]) }

    /// The input's name: an event's as the register names it, a factor's line's display name,
    /// else its id.
    func callAsFunction(_ id: String, kind: Tornado.Kind) -> String {
        kind == .event ? lines.condition(id) : lines.full(id)
    }

    /// The name of an input known by id only (the notes' list of inputs without effect): a
    /// line's, else a condition's, else the id.
    func callAsFunction(_ id: String) -> String {
        let line = lines.full(id)
        return line != id ? line : lines.condition(id)
    }
}
