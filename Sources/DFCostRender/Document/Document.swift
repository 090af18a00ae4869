/// What a result shows, worded in one language and not yet formatted: sections of paragraphs,
/// notes, typed tables, key-value lists and charts as data.
///
/// Builders (``TotalsBuilder``, ``PayersBuilder``, ...) make documents from results and choose each
/// number's column kind; the writers (``TextWriter``, ``MarkdownWriter``, ``SheetCSVWriter``,
/// ``TableLayoutCSVWriter``, the workbook writer) format them. A new section is one builder; a new
/// format is one writer.
public struct Document: Sendable {
    /// How the CSV writer lays the document out.
    public enum CSVLayout: Sendable, Hashable {
        /// One sheet a person reads: section headings, tables, notes, chart data (``SheetCSVWriter``).
        case sheet
        /// The machine layout of ``TableLayout`` that `dfcost import` reads back (``TableLayoutCSVWriter``).
        case tableLayout
        /// One table a program reads: the line rows of every table under the first table's
        /// header, titles, headings, sums and notes left out (``RecordsCSVWriter``).
        case records
    }

    /// The language of the words, and so the number style of the human formats.
    public var language: Language
    public var sections: [Section]
    public var csvLayout: CSVLayout

    public init(language: Language, sections: [Section] = [], csvLayout: CSVLayout = .sheet) {
        self.language = language
        self.sections = sections
        self.csvLayout = csvLayout
    }
}

/// A titled part of a document.
public struct Section: Sendable {
    /// How high the title stands.
    public enum Level: Sendable, Hashable {
        /// The document's own title (the table's title).
        case title
        /// A part of a report (comparison, simulation): a heading of its own.
        case part
        /// A section under the title (who pays, per initiative).
        case section
        /// A subject of its own within a document or a part (one comparison, "A → B"): in text its
        /// title on a line of its own and each block after a blank line; `##` in markdown, `h3` in HTML.
        case topic
        /// One record of a command-line listing (a file's `verify` block, a year `explain`
        /// explains): its title line, then its blocks, nothing between; in text a blank line
        /// sets a record off from the one before it.
        case record
    }

    public var title: String?
    public var level: Level
    /// The section's id in the HTML page (`initiatives`).
    public var anchor: String?
    public var blocks: [Block]

    public init(title: String?, level: Level, anchor: String? = nil, blocks: [Block]) {
        self.title = title
        self.level = level
        self.anchor = anchor
        self.blocks = blocks
    }
}

/// One piece of a section.
public enum Block: Sendable {
    /// A line of prose (the table's source, a rounding note).
    case paragraph(String)
    /// What the content is about, as a key and a value ("Scenario: standard-workload"): the text,
    /// CSV and HTML writers show it under the title; markdown leaves it out.
    case byline(key: String, value: String)
    /// Footnotes under a table, then the engine's warnings.
    case notes(Notes)
    case table(Table)
    case keyValues(KeyValueList)
    case chart(Chart)
}

/// Footnotes and warnings under a table.
public struct Notes: Sendable {
    public var notes: [String]
    public var warnings: [String]

    public init(notes: [String], warnings: [String] = []) {
        self.notes = notes
        self.warnings = warnings
    }

    public var isEmpty: Bool { notes.isEmpty && warnings.isEmpty }
}

/// Labels and one value each, without a header in text (a breakdown such as KS2).
public struct KeyValueList: Sendable {
    /// What the list is; text writes it as "title:" above the items, markdown as a heading.
    public var title: String?
    /// The unit of the values, the header of the value column where a format shows one.
    public var unit: String
    public var kind: Table.ColumnKind
    public var items: [(key: String, value: Table.Cell)]
    /// Items that are the difference of two others (a KS2 table's forventet tillegg): a workbook
    /// writes them as formulas over the other items' cells; the other formats show the value.
    public var differences: [Difference]
    /// Each item's name for programs (a served page's `data-term`), in the order of ``items``;
    /// empty when the list has none.
    public var machineKeys: [String] = []
    /// The list's name for programs (a served page's table `id`), or nil.
    public var machineID: String?

    /// Item `item` is item `minuend` minus item `subtrahend` (indices into ``items``).
    public struct Difference: Sendable, Hashable {
        public var item: Int
        public var minuend: Int
        public var subtrahend: Int

        public init(item: Int, minuend: Int, subtrahend: Int) {
            self.item = item
            self.minuend = minuend
            self.subtrahend = subtrahend
        }
    }

    public init(title: String? = nil, unit: String, kind: Table.ColumnKind, items: [(key: String, value: Table.Cell)],
                differences: [Difference] = []) {
        self.title = title
        self.unit = unit
        self.kind = kind
        self.items = items
        self.differences = differences
    }
}

/// A chart as its data: series of values over categories; the writers draw it (SVG) or list it.
public struct Chart: Sendable {
    public enum Kind: Sendable, Hashable {
        /// Bars per category, stacked by series, the total a dot.
        case bars
        /// A line per series over the categories.
        case line
        /// A fan over the categories: the first three series are the lower edge, the median and
        /// the upper edge of a band (named `band`, the median line `median`); the fourth, if any,
        /// a reference line drawn dashed and labelled at each point.
        case fan(median: String, band: String)
        /// A cumulative distribution: the first series' values (x) against the probabilities
        /// (y), one per category, with markers at the median and at P85 when they are among them.
        case curve(probabilities: [Double])
        /// Horizontal bars of the first series' values, one per category, largest first (a
        /// sensitivity tornado); the other series are listed in the data table only.
        case tornado

        /// Whether the data table lists a row per category (a column per series), rather than a
        /// row per series (bars).
        public var listsByCategory: Bool {
            if case .bars = self { false } else { true }
        }
    }

    public struct Series: Sendable {
        public var name: String
        public var values: [Table.Cell]
        /// How this series' values are written when not as the chart's ``Chart/valueKind``
        /// (a tornado's change in mean in MNOK to 2 decimals beside SRC and ρ to 3), else nil.
        public var valueKind: Table.ColumnKind?

        public init(name: String, values: [Table.Cell], valueKind: Table.ColumnKind? = nil) {
            self.name = name
            self.values = values
            self.valueKind = valueKind
        }
    }

    public var kind: Kind
    /// The chart's id in the HTML page (`increase`).
    public var id: String
    public var title: String
    /// What the chart shows, in words; the HTML writer adds the figures it draws.
    public var description: String
    /// The unit of the values (MNOK).
    public var unit: String
    /// The header of the category column and the categories (years).
    public var categoryHeader: String
    public var categories: [String]
    public var valueKind: Table.ColumnKind
    public var series: [Series]
    /// A last row summing the series (bars), or nil.
    public var total: Series?
    /// The categories the data table lists (CSV, HTML), when not all of them: the drawing uses
    /// every one (an S-curve drawn from 99 percentiles lists 10).
    public var listed: [Int]?

    public init(kind: Kind, id: String = "", title: String, description: String = "", unit: String = "", categoryHeader: String,
                categories: [String], valueKind: Table.ColumnKind, series: [Series], total: Series? = nil, listed: [Int]? = nil) {
        self.listed = listed
        self.kind = kind
        self.id = id
        self.title = title
        self.description = description
        self.unit = unit
        self.categoryHeader = categoryHeader
        self.categories = categories
        self.valueKind = valueKind
        self.series = series
        self.total = total
    }
}
