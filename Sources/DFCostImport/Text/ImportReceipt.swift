import DFCostModel

/// What an import did with every row of the source: the lines it read per solution, the totals it
/// checked and against what, the conditions it found, the rows it left out and why, and what it
/// noticed but could still read (warnings). Printed on standard error after an import; with
/// `--strict` every warning is an error.
public struct ImportReceipt: Sendable, Hashable {
    /// One written total checked against the lines.
    public struct Check: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// "Sum E-resept": a solution's lines (the solution's name).
            case subtotal(String)
            /// The Sum row: every line.
            case sum
            /// "Sum, avrundet": every line, rounded as written.
            case roundedSum
            /// "Kumulativt nivå": the running total of the sums.
            case cumulative
        }

        public var kind: Kind
        public var year: Int
        public var written: ExactDecimal
        public var computed: ExactDecimal
        public var place: SourceReference
    }

    /// Why a non-empty row of the source is not a line or a checked total.
    public enum LeftOut: Sendable, Hashable {
        /// Above the header row: the title (kept as the table's title).
        case title
        /// Above the header row: the source (kept as the table's document).
        case source
        /// Above the header row, not read (a title block's other rows).
        case aboveTable
        /// A note under the table (kept in the table's notes).
        case note
        /// A note under the table that explains the parentheses (`( ) ...`): the writer makes it
        /// from the cells, so it is not kept as one of the table's own notes.
        case parenthesisLegend
        /// After the table ends (another section of the sheet), not read.
        case afterTable
        /// The hidden sheet of a workbook dfcost wrote (its name, its rows): read as ids, tags and conditions.
        case metaSheet(String, Int)
    }

    /// A row left out, where it is.
    public struct Row: Sendable, Hashable {
        public var place: SourceReference
        public var reason: LeftOut
    }

    /// What the importer noticed but could still read. `--strict` makes each an error.
    public enum Warning: Sendable, Hashable {
        /// No Sum row: nothing was checked, every year is taken as summed.
        case noSumRow
        /// A year the Sum row leaves blank though lines have counted amounts in it: the year is
        /// not summed (a sum not typed, or amounts that belong in parentheses).
        case yearNotSummed(Int)
        /// A footnote whose mark no cell carries (the mark).
        case footnoteUnused(String)
        /// The text was not UTF-8 and was read as Windows-1252.
        case readAsWindows1252
        /// The table is a scenario's result (`applied.scenario` in dfcost's CSV): its condition
        /// states and set-aside cells are already in the amounts, and the imported file declares
        /// every condition in its published state (the scenario's name).
        case appliedTable(String)
        /// A workbook dfcost wrote whose table now sums to another figure than the published sum its
        /// hidden sheet keeps: edited since. The file keeps the published sum (`verify` shows the gap).
        case publishedSumDiffers(year: Int, table: ExactDecimal, published: ExactDecimal)
        /// `import --like`: a line the previous round has no line for (its label), so its id is new.
        case unmatchedLine(String)
        /// `import --like`: a line of the previous round that the imported table does not have (its id).
        case previousLineMissing(String)
    }

    /// A warning, where it is.
    public struct Notice: Sendable, Hashable {
        public var place: SourceReference
        public var warning: Warning
    }

    /// Which layout was read, and which rows the table spans (1-based, in the source).
    public var layout: ImportedTable.Layout
    public var firstRow = 0
    public var lastRow = 0
    /// Per solution (by name, in table order): how many lines.
    public var linesPerSolution: [(name: String, count: Int)] = []
    public var checks: [Check] = []
    public var leftOut: [Row] = []
    public var warnings: [Notice] = []
    /// The workbook sheet the table was read from; nil for text.
    public var sheet: String?
    /// The years the table sums (those with a written total; every year when there is none).
    public var summedYears: [Int] = []
    /// Conditions found: mark, id, description, and how many cells carry the mark.
    public var conditions: [(mark: String, id: String, description: String, cells: Int)] = []

    public init(layout: ImportedTable.Layout) {
        self.layout = layout
    }

    public static func == (a: ImportReceipt, b: ImportReceipt) -> Bool {
        a.layout == b.layout && a.firstRow == b.firstRow && a.lastRow == b.lastRow
            && a.linesPerSolution.map(\.name) == b.linesPerSolution.map(\.name)
            && a.linesPerSolution.map(\.count) == b.linesPerSolution.map(\.count)
            && a.checks == b.checks && a.leftOut == b.leftOut && a.warnings == b.warnings
            && a.conditions.map(\.mark) == b.conditions.map(\.mark) && a.conditions.map(\.id) == b.conditions.map(\.id)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(checks)
        hasher.combine(leftOut)
        hasher.combine(warnings)
    }
}
