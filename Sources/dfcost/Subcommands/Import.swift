import ArgumentParser
import DFCostApp
import DFCostImport
import DFCostRender

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

    @Argument(help: "The table: .xlsx, .csv or tab-separated text.", completion: .file(extensions: ["xlsx", "csv", "tsv", "txt"]))
    var file: String

    @Option(help: "The sheet of an .xlsx workbook to read (default: the only sheet, or the one whose header row has years).")
    var sheet: String?

    @Option(help: "The previous round's scenario file: reuse its line ids, tags, condition ids and solution ids for the lines that match (solution + tiltak + del, case and spaces ignored); the receipt lists the lines that do not.", completion: .file(extensions: ["toml"]))
    var like: String?

    @Flag(help: "Make every warning of the receipt an error (exit 65): no Sum row, a mark without a footnote, a line equal to the sum above it, a line --like does not match.")
    var strict = false

    @Option(help: "Language of the receipt on standard error: nb or en.")
    var locale: DFCostRender.Language = .nb

    @Option(name: [.short, .customLong("output")], help: "Write the scenario file here, atomically (default: standard output).", completion: .file())
    var output: String?

    func run() throws {
        try reportingFailures {
            try OutputWriter.preflight(output, inputs: [file] + (like.map { [$0] } ?? []))
            let request = ImportRequest(file: file, sheet: sheet, like: like, strict: strict)
            let result = try request.run()
            let language: ImportLanguage = locale == .nb ? .nb : .en
            for line in result.table.receipt.lines(file: file, language: language, place: result.table.describe) { printError(line) }
            try OutputWriter(path: output, inputs: request.inputs).write(result.scenarioText)
        }
    }
}
