import ArgumentParser
import DFCostScenario
import DFCostImport
import DFCostWorkbook
import Foundation

/// `dfcost import FILE`: a table kept as CSV or tab-separated text -> a scenario file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a D&F table kept as an Excel workbook (.xlsx), CSV or tab-separated text and write it as a scenario file (TOML).",
        discussion: """
            Reads the layout of `dfcost totals --format csv` (either dialect) and the layout of the \
            report and spreadsheets: solution headings as rows without numbers, a header row with the \
            years (Tiltak;Del;2022;...), cells such as 9,5  (14)  -12 *  −4 (and - or – for an empty cell), a Sum row taken as the \
            published sums and checked against the lines (as are subtotal rows such as "Sum E-resept"; \
            a warning when there is no Sum row), and footnotes such as "* Er avhengig av full utfasing av FM." that become \
            conditions. Separators: tab, ';' or ','. Exit 65 with file:line:column on a field that \
            cannot be read.

            An .xlsx workbook is read the same way from one sheet (--sheet, else the only sheet, \
            else the one whose header row has years): shared and inline strings, numbers, formulas \
            by their saved values, merged solution headings, numbers stored as text. A number shown \
            in parentheses is internal, except a negative number that the number format's negative \
            section shows in parentheses (accounting style): that is a negative number. Errors name \
            the cell (tabell.xlsx:Ark1!D7). Each zip entry may inflate to at most 64 MB.
            """)

    @Argument(help: "The table: .xlsx, .csv or tab-separated text.")
    var file: String

    @Option(help: "The sheet of an .xlsx workbook to read (default: the only sheet, or the one whose header row has years).")
    var sheet: String?

    @Option(name: [.short, .customLong("output")], help: "Write the scenario file here, atomically (default: standard output).")
    var output: String?

    func run() throws {
        try reportingFailures {
            let bytes = try ScenarioLoader.readFile(file)
            let lower = file.lowercased()
            if WorkbookReader.looksLikeWorkbook(bytes) || lower.hasSuffix(".xlsx") || lower.hasSuffix(".xls") {
                let table: ImportedTable
                do {
                    table = try WorkbookReader.read(data: Data(bytes), name: file, sheet: sheet)
                } catch let error as WorkbookError {
                    throw CLIFailure.data(error.description(choosing: "choose one with --sheet"))
                }
                try OutputWriter(path: output, inputs: [file]).write(TableImporter.scenarioText(table, source: file))
                return
            }
            if sheet != nil {
                throw CLIFailure.usage("--sheet: \(file) is text, not an .xlsx workbook; --sheet applies to workbooks only")
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIFailure.data("\(file): is not UTF-8 text (save the spreadsheet as CSV UTF-8)")
            }
            let toml: String
            do {
                let table = try TableImporter.read(text, file: file)
                for warning in table.warnings { printError(warning) }
                toml = TableImporter.scenarioText(table, source: file)
            } catch let error as TableImportError {
                throw CLIFailure.data(error.description)
            }
            try OutputWriter(path: output, inputs: [file]).write(toml)
        }
    }
}
