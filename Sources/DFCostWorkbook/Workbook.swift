import DFCostModel

/// A workbook to write: sheets of cells, each a text, a number or a formula with its cached
/// value, in a style. Built by ``WorkbookRenderer``; written by ``WorkbookWriter``.
public struct Workbook: Sendable {
    /// How a cell looks: an Excel number format code (`#,##0.0`, `\(#,##0\)" *"`), bold, indent.
    public struct Style: Sendable, Hashable {
        public var numberFormat: String?
        public var bold = false
        public var italic = false
        public var indent = 0
        public var wrap = false

        public init(numberFormat: String? = nil, bold: Bool = false, italic: Bool = false, indent: Int = 0, wrap: Bool = false) {
            self.numberFormat = numberFormat
            self.bold = bold
            self.italic = italic
            self.indent = indent
            self.wrap = wrap
        }
    }

    /// What a cell holds.
    public enum Value: Sendable, Hashable {
        case text(String)
        case number(ExactDecimal)
        /// A formula (without `=`) and the value it computes, written as its cached value.
        case formula(String, cached: ExactDecimal)
    }

    public struct Cell: Sendable, Hashable {
        public var value: Value
        public var style: Style
    }

    public struct Sheet: Sendable {
        /// At most 31 characters, none of `[]:*?/\`, unique in the workbook.
        public var name: String
        /// Row (1-based) -> column (1-based) -> cell.
        public var cells: [Int: [Int: Cell]] = [:]
        /// Column (1-based) -> width in characters.
        public var widths: [Int: Double] = [:]
        /// Rows above the scrolling part (the header row and everything above it).
        public var frozenRows = 0
        /// Merged ranges ("A6:F6").
        public var merges: [String] = []
        /// Page header: a short text on the left (the page number and count go on the right).
        public var pageHeader: String?
        /// Columns (1-based) hidden from view and print (the table's line ids).
        public var hiddenColumns: Set<Int> = []
        /// A sheet for programs, not people (the `dfcost` sheet of meta rows): hidden.
        public var isHidden = false

        public init(name: String) { self.name = name }

        /// Puts a cell at `row`, `column`.
        public mutating func set(_ row: Int, _ column: Int, _ value: Value, _ style: Style = Style()) {
            cells[row, default: [:]][column] = Cell(value: value, style: style)
        }

        /// The last used row.
        public var lastRow: Int { cells.keys.max() ?? 0 }
    }

    public var sheets: [Sheet] = []

    public init() {}

    /// A sheet name Excel accepts: forbidden characters replaced, cut to 31 characters, made
    /// unique among `taken` ("navn (2)").
    public static func sheetName(_ wanted: String, taken: [String]) -> String {
        var base = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "Ark" }
        var name = String(base.prefix(31)), n = 2
        while taken.contains(where: { $0.lowercased() == name.lowercased() }) {
            let suffix = " (\(n))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        return name
    }
}
