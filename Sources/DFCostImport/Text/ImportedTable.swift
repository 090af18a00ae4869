import DFCostTableLayout
import DFCostScenario
import DFCostModel

/// A table read from CSV or tab-separated text, before it is written as a scenario file.
public struct ImportedTable: Sendable, Hashable {
    /// One cell as the report writes it.
    public struct ImportedCell: Sendable, Hashable {
        public var year: Int
        public var amount: ExactDecimal
        public var isInternal: Bool
        /// Marks of the conditions the cell depends on ("*").
        public var marks: [String]
    }

    /// One line of the table.
    public struct ImportedLine: Sendable, Hashable {
        public var id: String
        public var solution: String
        public var initiative: String
        public var part: String
        public var cells: [ImportedCell]
        /// Tags and the earlier id, when the table carries them (`dfcost totals --format csv`).
        public var tags: [String] = []
        public var continues: String?
    }

    /// Which layout the text had.
    public enum Layout: String, Sendable, Hashable {
        /// `kind,id,solution,initiative,part,<year>,<year>_internal,<year>_conditions` (`dfcost totals --format csv`).
        case machine
        /// As the report and spreadsheets show it: solution headings, "Tiltak;Del;2022;...", a Sum row, footnotes.
        case human
    }

    public var layout: Layout
    public var metadata: TableMetadata
    public var years: [Int]
    public var summedYears: [Int]
    public var published: PublishedSums?
    public var conditions: [ConditionDefinition]
    public var solutions: [Solution]
    public var lines: [ImportedLine]
    /// What the reader noticed but could still read, one line each (e.g. no Sum row to check against).
    public var warnings: [String] = []
}
