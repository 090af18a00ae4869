import DFCostNotation
import ArgumentParser
import DFCostRender

extension DFCostRender.Language: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// Format, language and destination of a command's output.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, markdown, csv, json, or xlsx (an Excel workbook with formulas; totals and compare, with -o).")
    var format: TableFormatChoice = .text

    @Option(help: "Language and number style of human formats: nb (21,5) or en (21.5).")
    var locale: DFCostRender.Language = .nb

    @Option(help: "CSV dialect: excel (semicolon, decimal comma, BOM; opens in Norwegian Excel) or rfc4180.")
    var csv: CSVDialect = .excel

    @Option(name: [.short, .customLong("output")], help: "Write to this file atomically instead of standard output ('-' for standard output).", completion: .file())
    var output: String?

    /// The format for a command that writes no workbook: xlsx is a usage error.
    func textFormat(_ command: String) throws -> OutputFormat {
        guard format != .xlsx else {
            throw CommandLineFailure.workbookNotOffered(command: command)
        }
        return format.format
    }

    /// For `--format xlsx`: the file to write, which must be named with -o.
    func workbookPath() throws -> String {
        guard let path = output, path != "-" else {
            throw CommandLineFailure.workbookNeedsFile
        }
        return path
    }
}

/// Format, language and destination of a command that writes text only (explain, simulate):
/// its `--format` offers no workbook.
struct TextOutputOptions: ParsableArguments {
    @Option(help: "Output format: text, markdown, csv or json.")
    var format: TextFormatChoice = .text

    @Option(help: "Language and number style of human formats: nb (21,5) or en (21.5).")
    var locale: DFCostRender.Language = .nb

    @Option(help: "CSV dialect: excel (semicolon, decimal comma, BOM; opens in Norwegian Excel) or rfc4180.")
    var csv: CSVDialect = .excel

    @Option(name: [.short, .customLong("output")], help: "Write to this file atomically instead of standard output ('-' for standard output).", completion: .file())
    var output: String?
}
