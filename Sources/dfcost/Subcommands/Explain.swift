import ArgumentParser
import DFCostApp
import DFCostRender
import DFCostScenario

/// `dfcost explain FILE --year Y`: where a total comes from, cell by cell.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: ChosenLanguage.help.explain.abstract)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.explain.file, valueName: valueName("file")), completion: .file(extensions: ["toml"]))
    var file: String

    @Option(help: ArgumentHelp(ChosenLanguage.help.explain.year, valueName: valueName("year")))
    var year: Int?

    @Option(help: ArgumentHelp(ChosenLanguage.help.explain.solution, valueName: valueName("solution")))
    var solution: String?

    @OptionGroup var whatIfs: WhatIfOptions
    @OptionGroup var output: TextOutputOptions

    func run() throws {
        try reportingFailures {
            try OutputWriter.preflight(output.output, inputs: [file])
            let scenario = try ScenarioLoader.load(path: file)
            let result = try ExplainRequest(scenario: scenario, whatIfs: try whatIfs.applyOptions(), year: year, solution: solution).run()
            for warning in result.notices { printError(output.locale.warning(warning)) }
            let text = ExplanationRenderer(locale: output.locale, csvDialect: output.csv,
                                           conditions: ExplanationBuilder.conditions(of: result.applied))
                .render(result.explanations, scenario: result.applied.name, format: output.format.format)
            try OutputWriter(path: output.output, inputs: scenario.files).write(text)
        }
    }
}
