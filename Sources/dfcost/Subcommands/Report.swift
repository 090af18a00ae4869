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
        abstract: "One report of the table, its charts, comparisons with other scenarios (side by side, as compare shows them, with two or more --compare or another round of the table) and (with --simulate) its uncertainty.",
        discussion: """
            --format html writes one self-contained page (no network, no scripts): the table, inline SVG \
            charts each with a description and its data table, printable on A4. --format csv writes the \
            same report as one sheet for a spreadsheet: the table as published, every chart's data, \
            comparisons and the simulation's statistics, KS2 breakdown and sensitivities, each section \
            under a heading. --format xlsx -o FILE.xlsx writes a workbook: the table with its sums as \
            formulas, a sheet per compared scenario and one of the changes, and with --simulate a sheet \
            of percentiles, the KS2 breakdown and sensitivities. Words and numbers are Norwegian ("21,5", "1 250", "−4") unless --locale en.
            """)

    @Argument(help: "A scenario file (TOML).", completion: .file(extensions: ["toml"]))
    var file: String

    @Option(name: .customLong("compare"), help: ArgumentHelp("Another scenario to compare with FILE (repeatable).", valueName: "other"), completion: .file(extensions: ["toml"]))
    var others: [String] = []

    @Option(help: "With two or more --compare files (shown side by side, a column each): compare each column with the 'first' (default) or the 'previous' column.")
    var against: Comparison.Against?

    func validate() throws {
        if against != nil && others.count < 2 {
            throw refused(.againstNeedsComparisons)
        }
    }

    @Flag(help: "Simulate the scenario's [[uncertainty]]: fan chart, S-curve, tornado.")
    var simulate = false

    @OptionGroup(title: "Simulation (with --simulate)") var sampling: SimulationRunOptions

    @Option(help: "Output format: html, markdown, text, csv, json, or xlsx (an Excel workbook with formulas, with -o).")
    var format: ReportFormatChoice = .html

    @Option(help: "Language and number style: nb (21,5) or en (21.5).")
    var locale: DFCostRender.Language = .nb

    @Option(help: "CSV dialect: excel (semicolon, decimal comma, BOM) or rfc4180.")
    var csv: CSVDialect = .excel

    @OptionGroup var destination: OutputFileOption
    var output: String? { destination.output }

    @Option(help: "Break down by 'payer': each payer's part per year, by the scenario's payer keys; by 'initiative': each initiative's subtotal (tiltak, its parts summed).")
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
