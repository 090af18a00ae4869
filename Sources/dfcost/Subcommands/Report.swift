import DFCostNotation
import ArgumentParser
import DFCostApp
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import DFCostWorkbook

/// `dfcost report FILE`: totals, comparisons and a simulation in one document.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: ChosenLanguage.help.report.abstract,
        discussion: ChosenLanguage.help.report.discussion)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.report.file, valueName: valueName("file")), completion: .file(extensions: ["toml"]))
    var file: String

    @Option(name: .customLong("compare"), help: ArgumentHelp(ChosenLanguage.help.report.compare, valueName: valueName("other")), completion: .file(extensions: ["toml"]))
    var others: [String] = []

    @Option(help: ArgumentHelp(ChosenLanguage.help.report.against, valueName: valueName("against")))
    var against: Comparison.Against?

    func validate() throws {
        if against != nil && others.count < 2 {
            throw refused(.againstNeedsComparisons)
        }
    }

    @Flag(help: ArgumentHelp(ChosenLanguage.help.report.simulate))
    var simulate = false

    @OptionGroup(title: ChosenLanguage.help.report.simulationTitle) var sampling: SimulationRunOptions

    @Option(help: ArgumentHelp(ChosenLanguage.help.report.format, valueName: valueName("format")))
    var format: ReportFormatChoice = .html

    @Option(help: ArgumentHelp(ChosenLanguage.help.report.locale, valueName: valueName("locale")))
    var locale: DFCostRender.Language = .nb

    @Option(help: ArgumentHelp(ChosenLanguage.help.report.csv, valueName: valueName("csv")))
    var csv: CSVDialect = .excel

    @OptionGroup var destination: OutputFileOption
    var output: String? { destination.output }

    @Option(help: ArgumentHelp(ChosenLanguage.help.report.by, valueName: valueName("by")))
    var by: Breakdown?

    @OptionGroup var whatIfs: WhatIfOptions

    func run() throws {
        try reportingFailures {
            try OutputWriter.preflight(output, inputs: [file] + others)
            if format == .xlsx, output == nil || output == "-" {
                throw CommandLineFailure.workbookNeedsFile
            }
            let scenario = try ScenarioLoader.load(path: file)
            let otherScenarios = try others.map { try ScenarioLoader.load(path: $0) }
            let whatIfOptions = try whatIfs.applyOptions()
            let sampled = simulate ? ReportRequest.Simulation(trials: sampling.trials, seed: sampling.seed, threads: sampling.threads,
                                                                software: BuildInfo.software, sampling: sampling.sampling) : nil
            let request = ReportRequest(scenario: scenario, comparedWith: otherScenarios, whatIfs: whatIfOptions,
                                        simulation: sampled, byPayer: by == .payer, byInitiative: by == .initiative, against: against ?? .first)
            let result = try LongRun.run(label: simulate ? "simulate" : nil) { try request.run(progress: $0, isCancelled: $1) }
            Warnings.print(result.notices, in: locale,
                           shownInOutput: Warnings.isStandardOutput(output) && [.html, .markdown, .text, .csv].contains(format))
            for warning in result.simulation?.warnings ?? [] { printError(locale.warning(warning)) }
            let sources = others.map {
                ComparisonSources(base: ScenarioSource(path: file, options: whatIfOptions), other: ScenarioSource(path: $0, options: whatIfOptions))
            }
            let report = Report(result, comparisonSources: sources)
            let writer = OutputWriter(path: output, inputs: scenario.files + otherScenarios.flatMap(\.files))
            guard format != .xlsx else {
                return try writer.write(bytes: [UInt8](try WorkbookRenderer.report(report, others: result.others, locale: locale)))
            }
            try writer.write(ReportRenderer(locale: locale, csvDialect: csv).render(report, format: format.format))
        }
    }
}
