import ArgumentParser
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
            Uncertainty comes from the file's [[uncertainty]], [correlation] and uncertain conditions.
            The same seed gives the same bytes for any --threads. --compare OTHER draws both scenarios
            on common random numbers keyed by line ids and reports OTHER − BASE.
            """)

    @Argument(help: "A scenario file with [[uncertainty]].")
    var file: String

    @OptionGroup var sampling: SimulationRunOptions

    @Option(help: "Percentiles to report, comma-separated, e.g. 10,50,85,90.")
    var percentiles: String = "10,50,85,90"

    @Option(name: .customLong("budget"), help: ArgumentHelp("Report P(total > AMOUNT): YEAR=AMOUNT or total=AMOUNT. Repeatable.", valueName: "year=amount"))
    var budgets: [String] = []

    @Option(help: "A second scenario: report the paired difference OTHER − BASE.")
    var compare: String?

    @Option(help: "Export per-trial totals to this CSV file (written atomically).")
    var samplesOut: String?

    @Option(help: "Trials kept for the sensitivity regression (0 to skip).")
    var sensitivitySample: Int = 100_000

    @Option(help: "Break down by 'payer': P50 and P85 of each payer's part per summed year (needs payer keys).")
    var by: Breakdown?

    @Flag(help: "When the correlation matrix is not positive definite, use the nearest valid one (Higham) and print every coefficient changed.")
    var repairCorrelation = false

    @OptionGroup var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    /// The spec, with its correlation repaired when asked and needed; prints each changed coefficient.
    func prepared(_ spec: SimulationSpec, label: String) throws -> SimulationSpec {
        guard repairCorrelation else { return spec }
        do {
            try spec.correlation.validate()
            return spec
        } catch CorrelationError.notPositiveDefinite {
            let repaired = try spec.correlation.nearestCorrelation()
            for change in repaired.changes {
                printError("\(label): repaired correlation \(change.first)~\(change.second): \(change.old) -> \(change.new)")
            }
            var fixed = spec
            fixed.correlation = repaired.matrix
            return fixed
        }
    }

    func validate() throws {
        guard sensitivitySample >= 0 else { throw ValidationError("--sensitivity-sample must be >= 0") }
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

    func thresholds(years: [Int]) throws -> [String: [Double]] {
        var out: [String: [Double]] = [:]
        for b in budgets {
            let kv = b.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, let amount = ExactDecimal(kv[1]) else {
                throw CLIFailure.usage("--budget '\(b)': write YEAR=AMOUNT or total=AMOUNT, e.g. total=140")
            }
            if kv[0] != "total" {
                guard let y = Int(kv[0]), years.contains(y) else {
                    throw CLIFailure.usage("--budget '\(b)': \(kv[0]) is not a summed year (\(years.map(String.init).joined(separator: ", "))) or 'total'")
                }
            }
            out[kv[0], default: []].append(amount.doubleValue)
        }
        return out
    }

    func run() throws {
        try reportingFailures {
            let scenario = try ScenarioLoader.load(path: file)
            let otherScenario = try compare.map { try ScenarioLoader.load(path: $0) }
            let inputs = scenario.files + (otherScenario?.files ?? [])
            let model = try SimulationModel(scenario: scenario, options: whatIfs.applyOptions())
            for w in model.deterministic.warnings { printError(w) }
            var options = SimulationOptions(percentiles: try parsedPercentiles(), thresholds: try thresholds(years: model.years),
                                            sensitivitySampleSize: compare == nil ? sensitivitySample : 0)
            options.progress = { ProgressBar.shared.update($0, label: "simulate") }
            options.isCancelled = { Interruption.requested }
            var samples: OutputStream?
            if let samplesOut {
                let stream = try OutputStream(path: samplesOut, inputs: inputs)
                samples = stream
                try stream.write(Array((["trial"] + model.years.map(String.init) + ["total"]).joined(separator: ",").utf8) + [10])
                options.sampleSink = { block in
                    var text = ""
                    text.reserveCapacity(block.count * 48)
                    for r in 0..<block.count {
                        var total = 0.0
                        text += String(block.firstTrial + r)
                        for k in 0..<block.outputNames.count {
                            let v = block.output(k, row: r)
                            total += v
                            text += "," + String(v)
                        }
                        text += "," + String(total) + "\n"
                    }
                    try stream.write(Array(text.utf8))
                }
            }
            let result: SimulationResult
            do {
                result = try Interruption.cooperating {
                    if let compare, let otherScenario {
                        let other = try SimulationModel(scenario: otherScenario, options: whatIfs.applyOptions())
                        return try MonteCarlo.runPaired(base: try prepared(model.spec, label: file), other: try prepared(other.spec, label: compare),
                                                        trials: sampling.trials, seed: sampling.seed,
                                                        threads: sampling.threads, options: options)
                    }
                    return try MonteCarlo.run(spec: try prepared(model.spec, label: file), trials: sampling.trials, seed: sampling.seed, threads: sampling.threads, options: options)
                }
            } catch SimulationError.cancelled {
                samples?.abandon()
                ProgressBar.shared.finish()
                printError("interrupted: no output written")
                throw ExitCode(130)
            } catch {
                samples?.abandon()
                throw error
            }
            ProgressBar.shared.finish()
            try samples?.commit()
            var payerResult: PayerSimulation?
            if by == .payer {
                guard compare == nil else { throw CLIFailure.usage("--by payer cannot be combined with --compare") }
                guard let keys = model.deterministic.payerKeys else {
                    throw CLIFailure.usage("--by payer: \(file) declares no [payers]; extend a file with payer keys, e.g. Scenarios/payers-2024.toml")
                }
                let spec: SimulationSpec
                do { spec = try model.byPayer(keys) } catch { throw CLIFailure.data("--by payer: \(error)") }
                let bytesPerTrial = (2 * spec.outputs.count - 1) * 4
                guard sampling.trials <= (512 << 20) / bytesPerTrial else {
                    throw CLIFailure.usage("--by payer keeps \(bytesPerTrial) bytes per trial; use at most \((512 << 20) / bytesPerTrial) trials")
                }
                var payerOptions = SimulationOptions(percentiles: [0.5, 0.85])
                payerOptions.isCancelled = { Interruption.requested }
                let r = try Interruption.cooperating {
                    try MonteCarlo.run(spec: try prepared(spec, label: file), trials: sampling.trials, seed: sampling.seed, threads: sampling.threads, options: payerOptions)
                }
                payerResult = PayerSimulation(payers: keys.payers, years: model.years, result: r)
            }
            let text = SimulationRenderer(locale: output.locale, csvDialect: output.csv)
                .render(result, model: model, paired: compare != nil, format: output.format, payers: payerResult)
            try OutputWriter(path: output.output, inputs: inputs).write(text)
        }
    }
}
