/// One line of the table: a part (del) of an initiative (tiltak) that raises the D&F cost of
/// one solution.
public struct CostLine: Sendable, Hashable, Identifiable {
    /// Stable identifier, unique in a table (e.g. `pll-sfm`); random draws are keyed by it.
    public var id: String
    /// The solution's id.
    public var solution: String
    /// Tiltak: the initiative, e.g. "Program Pasientens legemiddelliste".
    public var initiative: String
    /// Del: the part, e.g. "SFM" (may be empty).
    public var part: String
    /// Free labels for selectors, e.g. `pds`, `unfunded`.
    public var tags: [String]
    /// The cells, ordered by year; at most one per year.
    public var cells: [Cell]
    /// Where the line was written.
    public var origin: SourceReference?
    /// The id this line had in an earlier round of the table (`continues = "old-id"`), when its
    /// id changed; `compare` matches rounds by it.
    public var continues: String?

    public init(
        id: String, solution: String, initiative: String, part: String = "", tags: [String] = [],
        cells: [Cell] = [], origin: SourceReference? = nil, continues: String? = nil
    ) {
        self.id = id
        self.solution = solution
        self.initiative = initiative
        self.part = part
        self.tags = tags
        self.cells = cells.sorted { $0.year < $1.year }
        self.origin = origin
        self.continues = continues
    }

    /// The cell of a year, if any.
    public func cell(in year: Int) -> Cell? {
        cells.first { $0.year == year }
    }

    /// "Tiltak / del", or the initiative alone when the part is empty.
    public var label: String { part.isEmpty ? initiative : "\(initiative) / \(part)" }
}
