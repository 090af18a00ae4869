import ArgumentParser
import DFCostRender

extension OutputFormat: ExpressibleByArgument {}
extension DFCostRender.Locale: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// Format, language and destination of a command's output.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, markdown, csv or json.")
    var format: OutputFormat = .text

    @Option(help: "Language and number style of human formats: nb (21,5) or en (21.5).")
    var locale: DFCostRender.Locale = .nb

    @Option(help: "CSV dialect: excel (semicolon, decimal comma, BOM; opens in Norwegian Excel) or rfc4180.")
    var csv: CSVDialect = .excel

    @Option(name: [.short, .customLong("output")], help: "Write to this file atomically instead of standard output ('-' for standard output).")
    var output: String?
}
