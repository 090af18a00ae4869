import DFCostNotation
import ArgumentParser
import DFCostRender

extension DFCostRender.Language: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// Format, language and destination of a command's output.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(ChosenLanguage.help.options.tableFormat, valueName: valueName("format")))
    var format: TableFormatChoice = .text

    @OptionGroup var language: LocaleOption
    @OptionGroup var dialect: CSVDialectOption
    @OptionGroup var destination: OutputFileOption

    var locale: DFCostRender.Language { language.locale }
    var csv: CSVDialect { dialect.csv }
    var output: String? { destination.output }

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
    @Option(help: ArgumentHelp(ChosenLanguage.help.options.textFormat, valueName: valueName("format")))
    var format: TextFormatChoice = .text

    @OptionGroup var language: LocaleOption
    @OptionGroup var dialect: CSVDialectOption
    @OptionGroup var destination: OutputFileOption

    var locale: DFCostRender.Language { language.locale }
    var csv: CSVDialect { dialect.csv }
    var output: String? { destination.output }
}
