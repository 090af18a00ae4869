import DFCostModel

extension ScenarioFileReason {
    /// Why a line, one of its cells or a line selector is unusable.
    public enum Line: Sendable, Hashable, CustomStringConvertible {
        /// `id = ""`.
        case emptyID
        /// A second line with an id already used, and where the first is.
        case duplicateID(String, first: SourceReference)
        /// More lines than dfcost holds.
        case tooManyLines(maximum: Int)
        /// `continues = ""`.
        case emptyContinues
        /// A line that continues its own id.
        case continuesItself(String)
        /// A line that continues an id the table still has, and where that line is.
        case continuesPresentLine(String, continues: String, still: SourceReference)
        /// A condition listed twice in one cell.
        case conditionListedTwice(String)
        /// A cell that is neither a number, a string nor a table.
        case cellNotAValue(year: Int, found: ValueKind)
        /// A cell written in the table's notation that is no cell.
        case cellNotation(CellNotation.Failure)
        /// `years` that is neither a year nor a range (in a selector, or in a payer key).
        case yearsNotYearOrRange(inSelector: Bool, example: String)

        public var description: String {
            switch self {
            case .emptyID: "line id must not be empty"
            case .duplicateID(let id, let first): "duplicate line id '\(id)' (first defined at \(first))"
            case .tooManyLines(let maximum): "more than \(maximum) lines"
            case .emptyContinues: "'continues' must name the line's earlier id"
            case .continuesItself(let id): "line '\(id)' continues itself; 'continues' names an earlier, different id"
            case .continuesPresentLine(let line, let continues, let still):
                "line '\(line)' continues '\(continues)', but '\(continues)' is still a line of this table (at \(still)); 'continues' names an id the line had in an earlier round and no longer has"
            case .conditionListedTwice(let id): "condition '\(id)' is listed twice; a cell depends on a condition once"
            case .cellNotAValue(let year, let found):
                "the cell for \(year) must be a number, a string such as \"(14)*\", or a table, found \(found)"
            case .cellNotation(let failure): failure.description
            case .yearsNotYearOrRange(let inSelector, let example):
                "'years'\(inSelector ? " in the selector" : "") must be a year or a range such as \"\(example)\""
            }
        }
    }
}
