import DFCostModel
import Foundation
import DFCostScenario
import DFCostTableLayout

/// Turns a D&F table kept as CSV or tab-separated text into a scenario file (TOML text).
///
/// Two layouts are read:
/// - the machine layout of `dfcost totals --format csv` (`kind,id,solution,initiative,part,
///   2022,2022_internal,2022_conditions,...`), in either dialect;
/// - the layout of the report and of spreadsheets (``HumanLayoutReader``): the table anywhere on
///   the sheet, solution headings or a solution column, label columns found from their content,
///   lines in the report's notation (`9,5`, `(14)`, `-12 *`, `−4`), subtotal and Sum rows checked
///   against the lines, and footnotes such as `* Er avhengig av full utfasing av FM.` that become
///   conditions.
///
/// The importer never guesses: every non-empty row is accounted for in the ``ImportReceipt``, and a
/// row it cannot place or check is an error at its place. Nothing is printed: problems are thrown
/// as ``TableImportError`` with the file, line and column.
public enum TableImporter {
    /// What the caller asks of an import beyond the table itself.
    public struct Options: Sendable {
        /// Every warning of the receipt is an error.
        public var strict = false
        /// The previous round (`import --like FILE`): its ids, tags, condition ids and solution ids
        /// are reused for the lines that match (solution + tiltak + del, case and white space ignored).
        public var like: CostTable?

        public init(strict: Bool = false, like: CostTable? = nil) {
            self.strict = strict
            self.like = like
        }
    }

    /// Reads a table from text.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the file's name as the user wrote it; errors and the title use it.
    /// - Returns: the table, ready for ``scenarioText(_:source:)``.
    /// - Throws: ``TableImportError`` at the first field that cannot be read.
    public static func read(_ text: String, file: String) throws(TableImportError) -> ImportedTable {
        let separator = DelimitedText.detectSeparator(text)
        return try read(rows: try DelimitedText(text, separator: separator, file: file).rows, file: file, isText: true)
    }

    /// Reads a table from a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with a
    /// byte-order mark (Excel's "Unicode text"), or else Windows-1252 (older Excel's "CSV
    /// (semikolonseparert)"), which the receipt then says.
    /// - Throws: ``TableImportError`` for bytes that are none of these, at their line and column.
    public static func read(bytes: [UInt8], file: String) throws(TableImportError) -> ImportedTable {
        let (text, encoding) = try TextDecoding.decode(bytes, file: file)
        var table = try read(text, file: file)
        if encoding == .windows1252 {
            table.receipt.warnings.insert(.init(place: .init(file: file, line: 1, column: 1), warning: .readAsWindows1252), at: 0)
        }
        return table
    }

    /// Reads a table given as a grid of cell texts, as a spreadsheet's sheet holds it.
    ///
    /// `grid[r][c]` is the text shown at row `r + 1`, column `c + 1`, in the report's notation
    /// (`9,5`, `(14)`, `-12 *`); an error's line and column are that row and column.
    /// - Throws: ``TableImportError`` at the first cell that cannot be read.
    /// `typedText`: the cells whose amounts were typed as text (a workbook's text cells), whose
    /// decimal signs are checked as a text file's are.
    public static func read(grid: [[String]], file: String, typedText: Set<CellReference> = []) throws(TableImportError) -> ImportedTable {
        let rows = grid.enumerated().map { r, texts in
            DelimitedText.Row(fields: texts.enumerated().map { c, text in .init(text: text, line: r + 1, column: c + 1) }, line: r + 1)
        }
        return try read(rows: rows, file: file, typedText: typedText)
    }

    /// Whether some row of `grid` is a header row: years after its first column and no other
    /// amount (the report layout's), or `kind,id,...` (the machine layout's).
    public static func hasYearHeader(grid: [[String]]) -> Bool {
        grid.contains { texts in
            let row = DelimitedText.Row(fields: texts.map { .init(text: $0, line: 0, column: 0) }, line: 0)
            return HumanLayoutReader.headerYears(row) > 0
                || (texts.first?.trimmedForImport == TableLayout.kindHeader && texts.dropFirst().first?.trimmedForImport == TableLayout.idHeader)
        }
    }

    static func read(rows: [DelimitedText.Row], file: String, isText: Bool = false,
                     typedText: Set<CellReference> = []) throws(TableImportError) -> ImportedTable {
        let start = SourceReference(file: file, line: 1, column: 1)
        guard let first = rows.first(where: { !$0.isBlank }) else { throw TableImportError(start, .noTable) }
        let table: ImportedTable
        if first.field(0).text.trimmedForImport == TableLayout.kindHeader, first.field(1).text.trimmedForImport == TableLayout.idHeader {
            table = try MachineLayoutReader(rows: rows, file: file).read()
        } else {
            table = try HumanLayoutReader(rows: rows, file: file, checksDecimalSigns: isText || !typedText.isEmpty,
                                          typedText: isText ? nil : typedText).read()
        }
        guard !table.lines.isEmpty else { throw TableImportError(start, .noLines) }
        return table
    }

    /// What the caller asked for, done on a table read: the previous round's identity (`like`),
    /// then `strict` (the first warning becomes the error).
    /// - Throws: ``TableImportError`` for the first warning when strict.
    public static func finish(_ table: inout ImportedTable, options: Options) throws(TableImportError) {
        if let like = options.like { PreviousRound(table: like).adopt(into: &table) }
        if options.strict, let first = table.receipt.warnings.first {
            throw TableImportError(first.place, .strictWarning(first.warning))
        }
    }

    /// Reads a table and writes it as a scenario file.
    /// - Returns: TOML text that ``ScenarioLoader`` reads (format version 1).
    /// - Throws: ``TableImportError`` at the first field that cannot be read.
    public static func scenarioText(from text: String, file: String) throws(TableImportError) -> String {
        try checkedScenarioText(try read(text, file: file), source: file)
    }

    /// Writes an imported table as a scenario file.
    /// - Parameters:
    ///   - table: what ``read(_:file:)`` returned.
    ///   - source: the imported file's name, recorded in a comment at the top.
    ///   - language: the language of the two comment lines at the top (the keys are the same).
    public static func scenarioText(_ table: ImportedTable, source: String, language: ImportLanguage = .nb) -> String {
        ScenarioTOMLWriter(table: table, source: source, language: language).text()
    }

    /// Writes an imported table as a scenario file and reads it back as `dfcost` will, so that
    /// import never writes a file the loader refuses or reads differently.
    /// - Throws: ``TableImportError`` when the written file would not load, or would load as
    ///   another table (a defect of the importer: nothing is written).
    public static func checkedScenarioText(_ table: ImportedTable, source: String, language: ImportLanguage = .nb) throws(TableImportError) -> String {
        let text = scenarioText(table, source: source, language: language)
        let start = SourceReference(file: source, line: 1, column: 1)
        let loaded: Scenario
        do {
            loaded = try ScenarioLoader.load(text: text, path: source)
        } catch {
            // The place is in the file that would have been written, not in the imported one.
            throw TableImportError(start, .writtenFileDoesNotLoad(error, source: source))
        }
        let back = loaded.base
        let same = back.years == table.years && back.summedYears == table.summedYears
            && back.lines.count == table.lines.count
            && zip(back.lines, table.lines).allSatisfy { b, t in
                b.id == t.id && b.solution == t.solution && b.initiative == t.initiative && b.part == t.part
                    && b.cells.count == t.cells.count
                    && zip(b.cells, t.cells).allSatisfy { bc, tc in
                        bc.year == tc.year && bc.amount == tc.amount && bc.isInternal == tc.isInternal
                            && bc.conditions.compactMap { id in back.conditions.first { $0.id == id }?.mark } == tc.marks
                    }
            }
        guard same else {
            throw TableImportError(start, .writtenFileDiffers)
        }
        return text
    }

    /// A solution's display name from its id when the text carries only ids: "e-resept" -> "E-resept".
    static func displayName(_ id: String) -> String {
        id.prefix(1).uppercased() + id.dropFirst()
    }
}
