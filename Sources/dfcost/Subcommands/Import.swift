import ArgumentParser
import DFCostApp
import DFCostImport
import DFCostRender

/// `dfcost import FILE`: a table kept as CSV or tab-separated text -> a scenario file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: ChosenLanguage.help.`import`.abstract,
        discussion: ChosenLanguage.help.`import`.discussion)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.`import`.file, valueName: valueName("file")), completion: .file(extensions: ["xlsx", "csv", "tsv", "txt"]))
    var file: String

    @Option(help: ArgumentHelp(ChosenLanguage.help.`import`.sheet, valueName: valueName("sheet")))
    var sheet: String?

    @Option(help: ArgumentHelp(ChosenLanguage.help.`import`.like, valueName: valueName("like")), completion: .file(extensions: ["toml"]))
    var like: String?

    @Flag(help: ArgumentHelp(ChosenLanguage.help.`import`.strict))
    var strict = false

    @Option(help: ArgumentHelp(ChosenLanguage.help.`import`.locale, valueName: valueName("locale")))
    var locale: DFCostRender.Language = .nb

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(ChosenLanguage.help.`import`.output, valueName: valueName("output")), completion: .file())
    var output: String?

    func run() throws {
        try reportingFailures {
            try OutputWriter.preflight(output, inputs: [file] + (like.map { [$0] } ?? []))
            let language: ImportLanguage = locale == .nb ? .nb : .en
            let request = ImportRequest(file: file, sheet: sheet, like: like, strict: strict, language: language)
            let result = try request.run()
            for line in result.table.receipt.lines(file: file, language: language, place: result.table.describe) { printError(line) }
            try OutputWriter(path: output, inputs: request.inputs).write(result.scenarioText)
        }
    }
}
