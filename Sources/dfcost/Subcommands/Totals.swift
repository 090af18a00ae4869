import ArgumentParser
import DFCostApp
import DFCostRender
import DFCostScenario
import DFCostWorkbook

/// `dfcost totals FILE`: the TBU table as people read it, or as machines do.
struct Totals: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: ChosenLanguage.help.totals.abstract)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.totals.file, valueName: valueName("file")), completion: .file(extensions: ["toml"]))
    var file: String

    @Option(help: ArgumentHelp(ChosenLanguage.help.totals.by, valueName: valueName("by")))
    var by: Breakdown?

    @OptionGroup var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            try OutputWriter.preflight(output.output, inputs: [file])
            if output.format == .xlsx { _ = try output.workbookPath() }
            let scenario = try ScenarioLoader.load(path: file)
            let result = try TotalsRequest(scenario: scenario, whatIfs: try whatIfs.applyOptions(), breakdown: by?.totals).run()
            Warnings.print(result.notices, in: output.locale,
                           shownInOutput: Warnings.isStandardOutput(output.output) && [.text, .markdown].contains(output.format))
            let writer = OutputWriter(path: output.format == .xlsx ? try output.workbookPath() : output.output, inputs: scenario.files)
            if output.format == .xlsx {
                try writer.write(bytes: [UInt8](try WorkbookRenderer.totals(
                    result.applied, totals: result.totals, locale: output.locale, payers: result.payers, initiatives: result.initiatives,
                    level: result.level)))
            } else {
                try writer.write(TotalsRenderer(locale: output.locale, csvDialect: output.csv).render(result, format: try output.textFormat("totals")))
            }
        }
    }
}
