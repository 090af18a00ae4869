import ArgumentParser
import DFCostApp
import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation

/// `dfcost simulate FILE --trials N --seed S`: correlated Monte Carlo on the scenario's uncertainty.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate the scenario's uncertainty: P10/P50/P85/P90 per summed year and for the horizon total, KS2 breakdown, sensitivity.",
        discussion: """
            Uncertainty comes from the file's [[uncertainty]], [correlation] and uncertain conditions. \
            The same seed gives the same bytes for any --threads. --compare OTHER draws both scenarios \
            on common random numbers keyed by line ids and reports each scenario's own figures \
            (percentiles, --budget) and the paired difference OTHER − BASE; --samples-out then holds \
            the per-trial differences.
            """)

    @Argument(help: "A scenario file with [[uncertainty]].", completion: .file(extensions: ["toml"]))
    var file: String

    @OptionGroup var sampling: SimulationRunOptions

    @Option(help: "Percentiles to report, comma-separated, e.g. 10,50,85,90.")
    var percentiles: String = "10,50,85,90"

    @Option(name: .customLong("budget"), help: ArgumentHelp("Report P(total > AMOUNT): YEAR=AMOUNT or total=AMOUNT. Repeatable.", valueName: "year=amount"))
    var budgets: [String] = []

    @Option(help: "A second scenario: report the paired difference OTHER − BASE.", completion: .file(extensions: ["toml"]))
    var compare: String?

    @Option(help: "Export per-trial totals to this CSV file (written atomically).", completion: .file())
    var samplesOut: String?

    @Option(help: "Trials kept for the sensitivity regression (0 to skip).")
    var sensitivitySample: Int = 100_000

    @Option(help: "Break down by 'payer': P50 and P85 of each payer's part per summed year (needs payer keys).")
    var by: PayerBreakdown?

    @Flag(help: "When the correlation matrix is not positive definite, use the nearest valid one (Higham) and print every coefficient changed.")
    var repairCorrelation = false

    @OptionGroup var whatIfs: WhatIfOptions
    @OptionGroup var output: TextOutputOptions

    func validate() throws {
        guard sensitivitySample >= 0 else { throw ValidationError("--sensitivity-sample must be >= 0") }
        if by == .payer, compare != nil { throw ValidationError("--by payer cannot be combined with --compare") }
    }

    func parsedPercentiles() throws -> [Double] {
        let ps = try percentiles.split(separator: ",").map { text -> Double in
            guard let v = Double(text.trimmingCharacters(in: .whitespaces)), v > 0, v < 100 else {
                throw CLIFailure.usage("--percentiles: '\(text)' is not a percentile between 0 and 100")
            }
            return v / 100
        }
        guard !ps.isEmpty else { throw CLIFailure.usage("--percentiles: none given") }
        return ps
    }

    /// `--budget YEAR=AMOUNT` or `total=AMOUNT`; the library checks that the year is summed.
    func parsedBudgets() throws -> [SimulationRequest.Budget] {
        try budgets.map { b in
            let kv = b.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, let amount = ExactDecimal(kv[1]) else {
                throw CLIFailure.usage("--budget '\(b)': write YEAR=AMOUNT or total=AMOUNT, e.g. total=140")
            }
            return SimulationRequest.Budget(column: kv[0], amount: amount)
        }
    }

    func run() throws {
        try reportingFailures {
            try OutputWriter.preflight(output.output, samplesOut, inputs: [file] + (compare.map { [$0] } ?? []))
            let scenario = try ScenarioLoader.load(path: file)
            let otherScenario = try compare.map { try ScenarioLoader.load(path: $0) }
            let inputs = scenario.files + (otherScenario?.files ?? [])
            let request = SimulationRequest(
                scenario: scenario, comparedWith: otherScenario, whatIfs: try whatIfs.applyOptions(),
                trials: sampling.trials, seed: sampling.seed, threads: sampling.threads,
                percentiles: try parsedPercentiles(), budgets: try parsedBudgets(),
                sensitivitySample: sensitivitySample, byPayer: by == .payer, repairCorrelation: repairCorrelation)
            let samples = try samplesOut.map {
                try SamplesOutput(path: $0, inputs: inputs, dialect: output.csv, isDifference: compare != nil, locale: output.locale)
            }
            let outcome = try LongRun.run(label: "simulate", abandon: { samples?.stream.abandon() }) { progress, isCancelled in
                try request.run(progress: progress, isCancelled: isCancelled, sampleSink: samples.map { s in { try s.write($0) } })
            }
            try samples?.stream.commit()
            for w in outcome.model.deterministic.notices { printError(output.locale.warning(w)) }
            for r in outcome.repairs { printError("\(r.scenario): repaired correlation \(r.first)~\(r.second): \(r.old) -> \(r.new)") }
            let payers = outcome.payers.map { PayerSimulation(payers: $0.keys.payers, years: outcome.model.years, result: $0.result) }
            let text = SimulationRenderer(locale: output.locale, csvDialect: output.csv).render(outcome, format: output.format.format, payers: payers)
            try OutputWriter(path: output.output, inputs: inputs).write(text)
        }
    }
}

/// `--samples-out FILE`: every trial's totals as CSV, streamed while the simulation runs and
/// renamed into place only when it ends well.
final class SamplesOutput {
    let stream: OutputFile
    private let dialect: CSVDialect
    private let isDifference: Bool
    private let locale: DFCostRender.Language
    private var writer: SamplesCSV?

    init(path: String, inputs: [String], dialect: CSVDialect, isDifference: Bool, locale: DFCostRender.Language) throws {
        stream = try OutputFile(path: path, inputs: inputs)
        self.dialect = dialect
        self.isDifference = isDifference
        self.locale = locale
    }

    /// Writes a block of trials, preceded by the header the first time.
    func write(_ block: SampleBlock) throws {
        if writer == nil {
            let w = SamplesCSV(dialect: dialect, outputNames: block.outputNames, isDifference: isDifference, locale: locale)
            try stream.write(Array(w.header().utf8))
            writer = w
        }
        try stream.write(Array(writer!.rows(block).utf8))
    }
}
