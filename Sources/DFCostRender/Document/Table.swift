import DFCostModel
import DFCostTableLayout

/// A typed table: each column says what its cells hold, each row what it is (a line, a heading,
/// a subtotal, a sum), so each writer can format, align, indent, embolden and (in a workbook)
/// write sums as formulas without knowing which result the table came from.
public struct Table: Sendable {
    /// What a column holds; the writers format by it.
    public enum ColumnKind: Sendable, Hashable {
        /// Row labels (the first column).
        case label
        /// Free text, left-aligned.
        case text
        /// One year's amounts (the header is the year).
        case year(Int)
        /// Exact money amounts.
        case money
        /// Exact changes of money amounts: a plus sign above zero for people ("+12"), plain in a sheet.
        case change
        /// A statistic with fixed decimals.
        case statistic(decimals: Int)
        /// Exact amounts shown with at least `decimals` decimals (134,60 beside 6,957): figures
        /// rounded as printed and their exact differences, so a table adds up as shown (KS2).
        case decimalAmount(decimals: Int)
        /// A statistic read off Float32 storage (a percentile): in CSV the shortest text that
        /// identifies its Float32 value, so no unsupported digit is printed; for people two decimals.
        case float32
        /// A percentage: a share of 1 in a ``Cell/number(_:)`` cell; the percentage itself (55.8)
        /// in an exact ``Cell/amount(_:)`` cell, which a sheet writes exactly.
        case percent(decimals: Int)
        /// A whole count.
        case count
        /// A magnitude of 0...1 drawn as a bar in text; the other formats leave the column out.
        case bar
    }

    /// What a row is.
    public enum RowKind: Sendable, Hashable {
        /// A line of the table (or any plain row).
        case line
        /// A group heading (a solution): its label only; the rows under it are indented.
        case solutionHeading
        /// The sum of the lines of a group above it.
        case subtotal
        /// The sum of the line rows.
        case sum
        /// The sum rounded as published.
        case roundedSum
        /// The cumulative level.
        case cumulative

        /// Whether writers show the row as a sum (bold in markdown).
        public var isEmphasized: Bool { self != .line }
    }

    /// The identity of a row in the machine layout of ``TableLayout`` (CSV, the workbook's id column).
    public struct MachineKey: Sendable, Hashable {
        public var kind: String
        public var id: String
        public var solution: String
        public var initiative: String
        public var part: String

        public init(kind: String, id: String, solution: String = "", initiative: String = "", part: String = "") {
            self.kind = kind
            self.id = id
            self.solution = solution
            self.initiative = initiative
            self.part = part
        }
    }

    /// One cell's value, unformatted.
    public enum Cell: Sendable, Hashable {
        case empty
        /// A value that does not exist (a line absent from one scenario): a dash for people,
        /// empty in a sheet.
        case missing
        case text(String)
        /// An exact amount derived from the table (a sum, a payer's part).
        case amount(ExactDecimal)
        /// A cell as the table holds it: in parentheses when covered internally, with condition marks.
        case tableAmount(ExactDecimal, isInternal: Bool, marks: String)
        /// A statistic.
        case number(Double)
        /// An estimate and its Monte Carlo standard error.
        case estimate(Double, standardError: Double)
        /// Several lines of text (the steps that changed a cell): text writes them one under
        /// another, markdown and HTML with line breaks, CSV joined by " | ".
        case lines([String])
    }

    /// How the text writer lays a table out.
    public enum TextLayout: Sendable, Hashable {
        /// Aligned columns, a rule under the header and above the sums.
        case grid
        /// A listing of entries, one per line row: its first number right-aligned in 8
        /// characters, then its label; under it, indented, each other shown column: a text as
        /// "header value" (the header in lower case), lines one under another. A group heading
        /// reads "label:"; sum rows are left out (the section's title states the total).
        case entries
    }

    public struct Column: Sendable, Hashable {
        public var header: String
        public var kind: ColumnKind
        /// A detail column shown in the data formats (CSV, workbook) only.
        public var isDetail: Bool
        /// A column the formats people read (text, markdown, HTML) show and the data formats
        /// leave out, because its detail columns hold the same in parts (a line's id and name
        /// in one cell, its id alone in a detail column).
        public var isSummary: Bool

        public init(_ header: String, _ kind: ColumnKind, isDetail: Bool = false, isSummary: Bool = false) {
            self.header = header
            self.kind = kind
            self.isDetail = isDetail
            self.isSummary = isSummary
        }
    }

    public struct Row: Sendable, Hashable {
        public var kind: RowKind
        public var cells: [Cell]
        public var machine: MachineKey?

        public init(_ kind: RowKind, _ cells: [Cell], machine: MachineKey? = nil) {
            self.kind = kind
            self.cells = cells
            self.machine = machine
        }
    }

    /// A caption, shown where a format introduces each table (CSV sheet, HTML).
    public var caption: String?
    public var columns: [Column]
    public var rows: [Row]
    /// Rows of ``TableLayout/RowKind/meta`` that the machine layout writes after the rows.
    public var meta: [[String]]
    /// The decimals of the ``RowKind/roundedSum`` row (a workbook writes it as `ROUND(sum, scale)`).
    public var roundedSumScale: Int?
    /// How the text writer lays the table out.
    public var textLayout: TextLayout
    /// The table's name for programs (a served page's table `id`), or nil.
    public var machineID: String?

    public init(caption: String? = nil, columns: [Column], rows: [Row], meta: [[String]] = [], roundedSumScale: Int? = nil,
                textLayout: TextLayout = .grid) {
        self.textLayout = textLayout
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.meta = meta
        self.roundedSumScale = roundedSumScale
    }

    /// Whether rows are grouped under headings (their lines and subtotals indented).
    public var isGrouped: Bool { rows.contains { $0.kind == .solutionHeading } }

    /// Whether a row is indented under its group heading.
    public func isIndented(_ row: Row) -> Bool {
        isGrouped && (row.kind == .line || row.kind == .subtotal)
    }

    /// The index of the first sum row, before which the text writer draws a rule.
    public var firstSumIndex: Int? { rows.firstIndex { $0.kind == .sum } }
}
