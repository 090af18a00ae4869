import ArgumentParser
import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import DFCostWorkbook

/// `report --format`: the report renderer's formats, and `xlsx` (an Excel workbook, with -o).
enum ReportCommandFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown, text, csv, json, xlsx

    /// The renderer's format; nil for xlsx.
    var rendered: ReportFormat? { ReportFormat(rawValue: rawValue) }
}

/// `dfcost report FILE`: totals, comparisons and a simulation in one document.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One report of the table, its charts, comparisons with other scenarios and (with --simulate) its uncertainty.",
        discussion: """
            --format html writes one self-contained page (no network, no scripts): the table, inline SVG \
            charts each with a description and its data table, printable on A4. --format csv writes the \
            same report as one sheet for a spreadsheet: the table as published, every chart's data, \
            comparisons and the simulation's statistics, KS2 breakdown and sensitivities, each section \
            under a heading. --format xlsx -o FILE.xlsx writes a workbook: the table with its sums as \
            formulas, a sheet per compared scenario and one of the changes, and with --simulate a sheet \
            of percentiles, the KS2 breakdown and sensitivities. Words and numbers are Norwegian ("21,5", "1 250", "−4") unless --locale en.
            """)

    @Argument(help: "A scenario file (TOML).")
    var file: String

    @Option(name: .customLong("compare"), help: ArgumentHelp("Another scenario to compare with FILE (repeatable).", valueName: "other"))
    var others: [String] = []

    @Flag(help: "Simulate the scenario's [[uncertainty]]: fan chart, S-curve, tornado.")
    var simulate = false

    @OptionGroup(title: "Simulation (with --simulate)") var sampling: SimulationRunOptions

    @Option(help: "Output format: html, markdown, text, csv, json, or xlsx (an Excel workbook with formulas, with -o).")
    var format: ReportCommandFormat = .html

    @Option(help: "Language and number style: nb (21,5) or en (21.5).")
    var locale: DFCostRender.Locale = .nb

    @Option(help: "CSV dialect: excel (semicolon, decimal comma, BOM) or rfc4180.")
    var csv: CSVDialect = .excel

    @Option(name: [.short, .customLong("output")], help: "Write to this file atomically instead of standard output ('-' for standard output).")
    var output: String?

    @Option(help: "Break down by 'payer': each payer's part per year, by the scenario's payer keys.")
    var by: Breakdown?

    @OptionGroup var whatIfs: WhatIfOptions

    func run() throws {
        try reportingFailures {
            let (scenario, applied) = try loadApplied(file, whatIfs)
            let totals = try applied.totals()
            if format == .xlsx, output == nil || output == "-" {
                throw CLIFailure.usage("--format xlsx writes a binary workbook: name the file with -o FILE.xlsx")
            }
            var inputs = scenario.files
            var otherApplied: [AppliedScenario] = []
            let comparisons = try others.map { path in
                let (otherScenario, other) = try loadApplied(path, whatIfs)
                inputs += otherScenario.files
                otherApplied.append(other)
                return try ScenarioComparison(base: applied, other: other)
            }
            let simulation = simulate ? try runSimulation(scenario) : nil
            let payers = by == .payer ? try applied.payerAllocation(totals) : nil
            let whatIfOptions = try whatIfs.applyOptions()
            let sources = others.map { ComparisonSources(base: ScenarioSource(path: file, options: whatIfOptions), other: ScenarioSource(path: $0, options: whatIfOptions)) }
            let report = Report(applied: applied, totals: totals, comparisons: comparisons, simulation: simulation, payers: payers,
                                comparisonSources: sources)
            guard let rendered = format.rendered else {
                let data = try WorkbookRenderer.report(report, others: otherApplied, locale: locale)
                try OutputWriter(path: output, inputs: inputs).write(bytes: [UInt8](data))
                return
            }
            let text = ReportRenderer(locale: locale, csvDialect: csv).render(report, format: rendered)
            try OutputWriter(path: output, inputs: inputs).write(text)
        }
    }

    /// Runs the Monte Carlo with percentiles 1–99 (for the S-curve) and a progress bar on a terminal.
    func runSimulation(_ scenario: Scenario) throws -> ReportSimulation {
        let request = SimulationRequest(
            scenario: scenario, whatIfs: try whatIfs.applyOptions(), trials: sampling.trials, seed: sampling.seed,
            threads: sampling.threads, percentiles: ReportSimulation.curvePercentiles,
            sensitivitySample: min(sampling.trials, 100_000))
        do {
            let outcome = try Interruption.cooperating {
                try request.run(progress: { ProgressBar.shared.update($0, label: "simulate") }, isCancelled: { Interruption.requested })
            }
            ProgressBar.shared.finish()
            return ReportSimulation(result: outcome.result, model: outcome.model)
        } catch SimulationError.cancelled {
            ProgressBar.shared.finish()
            printError("interrupted: no output written")
            throw ExitCode(130)
        }
    }
}
