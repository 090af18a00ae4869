import DFCostModel

/// The names tables show for lines instead of their ids: the line's display name
/// ("Program Pasientens legemiddelliste / SFM") and, where no solution column says it, with its
/// solution's name ("... / SFM (E-resept)"), so lines of the same initiative and part in two
/// solutions stay apart. An id no table names is shown as it is.
public struct LineNames: Sendable, Hashable {
    var labels: [String: String] = [:]
    var solutions: [String: String] = [:]

    public init() {}

    /// The names of the lines of these tables (the first table that names a line wins).
    public init(_ tables: [CostTable]) {
        for table in tables {
            let names = Dictionary(table.solutions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            for line in table.lines where labels[line.id] == nil {
                labels[line.id] = line.label
                solutions[line.id] = names[line.solution] ?? line.solution
            }
        }
    }

    /// The line's display name, else its id.
    public func label(_ id: String) -> String { labels[id] ?? id }

    /// The line's display name and its solution's name, else its id.
    public func full(_ id: String) -> String {
        guard let label = labels[id] else { return id }
        return solutions[id].map { "\(label) (\($0))" } ?? label
    }
}
