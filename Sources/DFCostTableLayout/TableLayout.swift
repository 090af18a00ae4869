/// The contract between dfcost's table writers (the totals CSV, the workbook) and its importers:
/// the words and keys a written table uses, in one place, so that a word changed for one side is
/// changed for the other.
///
/// Two layouts exist. The *machine layout* is what `dfcost totals --format csv` writes: a `kind`
/// column, the line's id and labels, then per year the amount, an `_internal` flag and a
/// `_conditions` mark, and `meta` rows after the table carrying the scenario file's key paths. The
/// *report layout* is what people keep: solution headings or a solution column, label columns, the
/// years, subtotal and total rows with the words below.
public enum TableLayout {
    // MARK: - Machine layout

    /// The values of the machine layout's first column.
    public enum RowKind: String, Sendable, CaseIterable {
        case line, subtotal, sum, sumRounded, cumulative, solution, meta
    }

    /// The machine layout's first two header fields.
    public static let kindHeader = "kind"
    public static let idHeader = "id"
    /// The label columns of the machine layout, after `kind` and `id`.
    public static let labelHeaders = ["solution", "initiative", "part"]
    /// Per year: `2024`, `2024_internal`, `2024_conditions`.
    public static let internalSuffix = "_internal"
    public static let conditionsSuffix = "_conditions"

    /// The keys of `meta` rows: a scenario file's key paths.
    public enum MetaKey {
        public static let title = "table.title"
        public static let document = "table.document"
        public static let section = "table.section"
        public static let asOf = "table.as_of"
        public static let notes = "table.notes"
        public static let summedYears = "table.summed_years"
        public static let publishedPrecision = "published_sums.precision"
        /// `published_sums.2024`.
        public static func publishedSum(_ year: Int) -> String { "published_sums.\(year)" }
        /// `conditions.ID` (value: the mark; a fourth field: the description).
        public static func condition(_ id: String) -> String { "conditions.\(id)" }
        /// `solutions.ID` (value: the name).
        public static func solution(_ id: String) -> String { "solutions.\(id)" }
        /// `lines.ID.tags` (value: tags joined by `|`), `lines.ID.continues`, `lines.ID.position`.
        public static func line(_ id: String, _ field: LineField) -> String { "lines.\(id).\(field.rawValue)" }
        /// The keys under `applied.` say the lines hold a scenario's result (`applied.scenario`,
        /// `applied.conditions.ID`, `applied.excluded.LINE.YEAR`, `applied.beyond_horizon.LINE.YEAR`):
        /// states and set-aside cells already in the amounts, never to be applied again.
        public static let appliedPrefix = "applied"
        public static let appliedScenario = "applied.scenario"
    }

    /// What a `lines.ID.*` meta key says of a line.
    public enum LineField: String, Sendable, CaseIterable {
        case tags, continues, position
    }

    /// The separator of a line's tags in a `lines.ID.tags` value.
    public static let tagSeparator: Character = "|"

    // MARK: - Workbooks

    /// The hidden sheet of a workbook dfcost wrote that holds the `meta` rows (kind, key, value,
    /// description), so an imported workbook keeps its ids, tags and conditions.
    public static let metaSheetName = "dfcost"
    /// The header of the hidden column, right of the years, that holds each line's id.
    public static let idColumnHeader = "id"

    /// The mark that opens the note under a table explaining its parenthesized (internal) cells,
    /// `( ) Tall i parentes ...`. The writer makes that note from the cells, so the importer
    /// leaves it out rather than keeping it as one of the table's own notes.
    public static let parenthesisLegendMark = "( )"

    // MARK: - Report layout: the words of total rows

    /// Labels of the row that sums every solution: its amounts are the published sums.
    /// Compared after ``normalized(_:)``.
    public static let sumLabels: Set<String> = [
        "sum", "sum totalt", "totalt", "total", "i alt", "sum i alt", "totalsum", "sum millioner kroner",
        "sum mill. kroner", "sum mill kr", "sum mnok", "sum (mnok)", "sum alle løsninger", "sum alle",
        "total mnok", "total (mnok)", "sum total", "grand total",
    ]
    /// Labels of the row with the sums rounded as published.
    public static let roundedSumLabels: Set<String> = [
        "sum, avrundet", "sum avrundet", "avrundet sum", "sum (avrundet)", "sum, rounded", "sum rounded", "rounded sum",
    ]
    /// Labels of the row with the cumulative level (the running total of the sums).
    public static let cumulativeLabels: Set<String> = [
        "kumulativt nivå", "kumulativt", "akkumulert", "akkumulert nivå", "cumulative level", "cumulative",
    ]
    /// The words a subtotal row starts with, before its solution's name: "Sum E-resept".
    public static let subtotalPrefixes = ["sum for ", "sum ", "total for ", "total ", "subtotal ", "delsum "]

    /// The first words of a row that reads as a total although its label is none of the above
    /// ("Summ", "Summert", "Totalsum MNOK", "I alt for året"): such a row is refused, never read
    /// as a cost line.
    public static let totalLikeWords: Set<String> = [
        "sum", "summ", "summer", "summert", "summen", "sumtotal", "total", "totalt", "totalsum", "totaler",
        "totalbeløp", "totalkostnad", "delsum", "subtotal", "avrundet", "kumulativt", "akkumulert", "cumulative",
    ]

    /// A label as the importer compares it: trimmed, runs of white space (no-break spaces too) as
    /// one space, lowercased.
    public static func normalized(_ text: some StringProtocol) -> String {
        var out = ""
        var space = false
        for c in text {
            if c.isWhitespace || c == "\u{00A0}" || c == "\u{202F}" {
                space = !out.isEmpty
            } else {
                if space { out.append(" "); space = false }
                out.append(c)
            }
        }
        return out.lowercased()
    }

    /// Whether a normalized label reads as a total of some kind (its first word, or "i alt").
    public static func readsAsTotal(_ normalized: String) -> Bool {
        if normalized == "i alt" || normalized.hasPrefix("i alt ") { return true }
        let first = normalized.split(whereSeparator: { !($0.isLetter) }).first.map(String.init) ?? ""
        return totalLikeWords.contains(first)
    }
}
