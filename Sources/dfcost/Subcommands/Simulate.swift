import ArgumentParser
import DFCostApp
import DFCostModel
import DFCostNotation
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation

/// `dfcost simulate FILE --trials N --seed S`: correlated Monte Carlo on the scenario's uncertainty.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: ChosenLanguage.help.simulate.abstract,
        discussion: ChosenLanguage.help.simulate.discussion)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.simulate.file, valueName: valueName("file")), completion: .file(extensions: ["toml"]))
    var file: String

    @OptionGroup var sampling: SimulationRunOptions

    @Option(help: ArgumentHelp(ChosenLanguage.help.simulate.percentiles, valueName: valueName("percentiles")))
    var percentiles: String = "10,50,85,90"

    @Option(name: .customLong("budget"), help: ArgumentHelp(ChosenLanguage.help.simulate.budget, valueName: valueName("year=amount")))
    var budgets: [String] = []

    @Option(help: ArgumentHelp(ChosenLanguage.help.simulate.compare, valueName: valueName("compare")), completion: .file(extensions: ["toml"]))
    var compare: String?

    @Option(help: ArgumentHelp(ChosenLanguage.help.simulate.samplesOut, valueName: valueName("samples-out")), completion: .file())
    var samplesOut: String?

    @Option(name: .customLong("sensitivity-sample"), parsing: .unconditional,
            help: ArgumentHelp(ChosenLanguage.help.simulate.sensitivitySample, valueName: valueName("sensitivity-sample")))
    var typedSensitivitySample = TypedCount(100_000)
    var sensitivitySample: Int { typedSensitivitySample.number }

    @Option(help: ArgumentHelp(ChosenLanguage.help.simulate.by, valueName: valueName("by")))
    var by: PayerBreakdown?

    @Flag(help: ArgumentHelp(ChosenLanguage.help.simulate.repairCorrelation))
    var repairCorrelation = false

    /// Benchmarks/compare-numpy.sh's per-stage table: the engine's kernels timed one at a time
    /// on one thread over --trials draws (StageTimings), instead of a simulation.
    @Flag(help: .hidden) var stageTimings = false

    @OptionGroup var whatIfs: WhatIfOptions
    @OptionGroup var output: TextOutputOptions

    func validate() throws {
        guard try typedSensitivitySample.checked("--sensitivity-sample") >= 0 else { throw refused(.negativeSensitivitySample) }
        if by == .payer, compare != nil { throw refused(.payersWithComparison) }
    }

    /// `--percentiles`: separated by `,`, or by `;` when the text has one, so that a percentile
    /// may have a decimal comma (`2,5;50;97,5`); each a typed number (``TypedNumber``) strictly
    /// between 0 and 100.
    func parsedPercentiles() throws -> [Double] {
        let separator: Character = percentiles.contains(";") ? ";" : ","
        let ps = try percentiles.split(separator: separator).map { text -> Double in
            switch TypedNumber.decimal(String(text)) {
            case .success(let d):
                guard let v = Double("\(d)"), v > 0, v < 100 else { throw CommandLineFailure.badPercentile(String(text), nil) }
                return v / 100
            case .failure(let problem): throw CommandLineFailure.badPercentile(String(text), problem)
            }
        }
        guard !ps.isEmpty else { throw CommandLineFailure.noPercentiles }
        return ps
    }

    /// `--budget YEAR=AMOUNT` or `total=AMOUNT`, the amount a typed number (``TypedNumber``); the
    /// library checks that the year is summed.
    func parsedBudgets() throws -> [SimulationRequest.Budget] {
        try budgets.map { b in
            let kv = b.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { throw CommandLineFailure.badBudget(b, nil) }
            switch TypedNumber.decimal(kv[1]) {
            case .success(let amount): return SimulationRequest.Budget(column: kv[0], amount: amount)
            case .failure(let problem): throw CommandLineFailure.badBudget(b, problem == .notANumber ? nil : problem)
            }
        }
    }

    func run() throws {
        if stageTimings {
            print("stage\tunit\tns")
            for stage in StageTimings.measure(draws: sampling.trials) {
                print("\(stage.name)\t\(stage.unit)\t\(String(format: "%.2f", stage.nanoseconds))")
            }
            return
        }
        try reportingFailures {
            try OutputWriter.preflight(output.output, samplesOut, inputs: [file] + (compare.map { [$0] } ?? []))
            let scenario = try ScenarioLoader.load(path: file)
            let otherScenario = try compare.map { try ScenarioLoader.load(path: $0) }
            let inputs = scenario.files + (otherScenario?.files ?? [])
            let request = SimulationRequest(
                scenario: scenario, comparedWith: otherScenario, whatIfs: try whatIfs.applyOptions(),
                trials: sampling.trials, seed: sampling.seed, threads: sampling.threads,
                percentiles: try parsedPercentiles(), budgets: try parsedBudgets(),
                sensitivitySample: sensitivitySample, byPayer: by == .payer, repairCorrelation: repairCorrelation,
                sampling: sampling.sampling, software: BuildInfo.software)
            let samples = try samplesOut.map {
                try SamplesOutput(path: $0, inputs: inputs, dialect: output.csv, isDifference: compare != nil, locale: output.locale)
            }
            let outcome = try LongRun.run(label: "simulate", abandon: { samples?.stream.abandon() }) { progress, isCancelled in
                try request.run(progress: progress, isCancelled: isCancelled, sampleSink: samples.map { s in { try s.write($0) } })
            }
            try samples?.stream.commit()
            for w in outcome.model.deterministic.notices { printError(output.locale.warning(w)) }
            for w in outcome.warnings { printError(output.locale.warning(w)) }
            for r in outcome.repairs {
                printError(output.locale.repairNote(scenario: r.scenario, first: r.first, second: r.second, old: r.old, new: r.new))
            }
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
