import DFCostNotation
import ArgumentParser
import DFCostRender

extension DFCostRender.Language: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// Format, language and destination of a command's output.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(ChosenLanguage.help.options.tableFormat))
    var format: TableFormatChoice = .text

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.locale))
    var locale: DFCostRender.Language = .nb

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.csv))
    var csv: CSVDialect = .excel

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(ChosenLanguage.help.options.output), completion: .file())
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
    @Option(help: ArgumentHelp(ChosenLanguage.help.options.textFormat))
    var format: TextFormatChoice = .text

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.locale))
    var locale: DFCostRender.Language = .nb

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.csv))
    var csv: CSVDialect = .excel

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(ChosenLanguage.help.options.output), completion: .file())
    var output: String?
}
