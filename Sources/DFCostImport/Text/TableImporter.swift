import DFCostTableLayout
import DFCostScenario
import DFCostModel

/// Turns a D&F table kept as CSV or tab-separated text into a scenario file (TOML text).
///
/// Two layouts are read:
/// - the machine layout of `dfcost totals --format csv` (`kind,id,solution,initiative,part,
///   2022,2022_internal,2022_conditions,...`), in either dialect;
/// - the human layout of the report and of spreadsheets: solution headings as rows without
///   numbers, a header row with the years (`Tiltak;Del;2022;...` or one label column), lines in
///   the report's notation (`9,5`, `(14)`, `-12 *`, `−4`), a `Sum` row taken as the published
///   sums, and footnotes such as `* Er avhengig av full utfasing av FM.` that become conditions.
///
/// The separator (tab, `;` or `,`) is the one that splits the most years into fields. Nothing is
/// printed: problems are thrown as ``TableImportError`` with the file, line and column.
public enum TableImporter {
    /// Reads a table from text.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the file's name as the user wrote it; errors and the title use it.
    /// - Returns: the table, ready for ``scenarioText(_:source:)``.
    /// - Throws: ``TableImportError`` at the first field that cannot be read.
    public static func read(_ text: String, file: String) throws(TableImportError) -> ImportedTable {
        let separator = DelimitedText.detectSeparator(text)
        return try read(rows: try DelimitedText(text, separator: separator, file: file).rows, file: file)
    }

    /// Reads a table given as a grid of cell texts, as a spreadsheet's sheet holds it.
    ///
    /// `grid[r][c]` is the text shown at row `r + 1`, column `c + 1`, in the report's notation
    /// (`9,5`, `(14)`, `-12 *`); an error's line and column are that row and column.
    /// - Throws: ``TableImportError`` at the first cell that cannot be read.
    public static func read(grid: [[String]], file: String) throws(TableImportError) -> ImportedTable {
        let rows = grid.enumerated().map { r, texts in
            DelimitedText.Row(fields: texts.enumerated().map { c, text in .init(text: text, line: r + 1, column: c + 1) }, line: r + 1)
        }
        return try read(rows: rows, file: file)
    }

    /// Whether some row of `grid` is a header with years after its first column (as the
    /// human layout's header row is, and the machine layout's).
    public static func hasYearHeader(grid: [[String]]) -> Bool {
        grid.contains { row in row.dropFirst().contains { ImportCell.year($0) != nil } }
    }

    static func read(rows: [DelimitedText.Row], file: String) throws(TableImportError) -> ImportedTable {
        let start = SourceReference(file: file, line: 1, column: 1)
        guard let first = rows.first(where: { !$0.isBlank }) else { throw TableImportError(start, "the file holds no table") }
        let table: ImportedTable
        if first.field(0).text.trimmedForImport == "kind", first.field(1).text.trimmedForImport == "id" {
            table = try MachineLayoutReader(rows: rows, file: file).read()
        } else {
            table = try HumanLayoutReader(rows: rows, file: file).read()
        }
        guard !table.lines.isEmpty else { throw TableImportError(start, "the table has no lines with amounts") }
        return table
    }

    /// Reads a table and writes it as a scenario file.
    /// - Returns: TOML text that ``ScenarioLoader`` reads (format version 1).
    /// - Throws: ``TableImportError`` at the first field that cannot be read.
    public static func scenarioText(from text: String, file: String) throws(TableImportError) -> String {
        scenarioText(try read(text, file: file), source: file)
    }

    /// Writes an imported table as a scenario file.
    /// - Parameters:
    ///   - table: what ``read(_:file:)`` returned.
    ///   - source: the imported file's name, recorded in a comment at the top.
    public static func scenarioText(_ table: ImportedTable, source: String) -> String {
        ScenarioTOMLWriter(table: table, source: source).text()
    }

    /// A solution's display name from its id when the text carries only ids: "e-resept" -> "E-resept".
    static func displayName(_ id: String) -> String {
        id.prefix(1).uppercased() + id.dropFirst()
    }
}
