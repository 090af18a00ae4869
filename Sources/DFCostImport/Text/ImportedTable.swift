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
        /// Where the line is in the imported file (its label's cell). Not part of equality: two
        /// lines are equal when they say the same, wherever they were read.
        public var origin: SourceReference?

        public static func == (a: ImportedLine, b: ImportedLine) -> Bool {
            a.id == b.id && a.solution == b.solution && a.initiative == b.initiative && a.part == b.part
                && a.cells == b.cells && a.tags == b.tags && a.continues == b.continues
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(cells)
        }
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
    /// What the import did with every row: lines per solution, totals checked, conditions, rows
    /// left out and why, and warnings (``ImportReceipt``).
    public var receipt = ImportReceipt(layout: .human)
    /// The workbook sheet the table was read from; nil for text.
    public var sheet: String?

    /// Two imports are equal when they give the same table, whatever the receipt of their reading.
    public static func == (a: ImportedTable, b: ImportedTable) -> Bool {
        a.layout == b.layout && a.metadata == b.metadata && a.years == b.years && a.summedYears == b.summedYears
            && a.published == b.published && a.conditions == b.conditions && a.solutions == b.solutions && a.lines == b.lines
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(years)
        hasher.combine(lines)
    }

    /// A place in the imported file as messages write it: `t.csv:3:1`, or `t.xlsx:Ark1!A3`.
    public func describe(_ place: SourceReference) -> String {
        guard let sheet else { return place.description }
        let cell = CellReference(row: max(place.line, 1), column: max(place.column, 1))
        return "\(place.file):\(CellReference.sheetName(sheet))!\(cell.name)"
    }
}
