import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation

/// Everything `simulate` (or a notebook, or a server) asks of a Monte Carlo run, as a value.
///
/// ``run(progress:isCancelled:sampleSink:)`` turns it into a ``SimulationOutcome``; renderers
/// turn that into text. The request never names command-line flags: front ends validate their
/// own combinations and word their own messages.
public struct SimulationRequest: Sendable {
    /// The scenario to simulate.
    public var scenario: Scenario
    /// A second scenario, drawn on common random numbers: both are reported, and their paired difference.
    public var comparedWith: Scenario?
    /// What-ifs applied to both scenarios.
    public var whatIfs: ApplyOptions
    /// Trials, 1...``MonteCarlo/maxTrials``.
    public var trials: Int
    /// The random seed: the same seed gives the same result on any thread count.
    public var seed: UInt64
    /// Worker threads (nil: every core).
    public var threads: Int?
    /// Percentiles to report, as probabilities in (0, 1).
    public var percentiles: [Double]
    /// Amounts whose exceedance probability is reported, per column.
    public var budgets: [Budget]
    /// Trials kept for the sensitivity regression (0: none).
    public var sensitivitySample: Int
    /// Also simulate each payer's part (needs payer keys; not with a comparison).
    public var byPayer: Bool
    /// Replace a correlation matrix that is not positive definite by the nearest valid one.
    public var repairCorrelation: Bool
    /// How the trials sample each factor (plain Monte Carlo unless asked).
    public var sampling: SamplingMethod
    /// The dfcost running the request (version and commit), for the analysis model; nil: not said.
    public var software: SoftwareVersion?
    /// The percentiles the front end prints, for the warning about too few trials (nil: all of
    /// ``percentiles``).
    public var shownPercentiles: [Double]?

    public init(
        scenario: Scenario, comparedWith: Scenario? = nil, whatIfs: ApplyOptions = ApplyOptions(),
        trials: Int = 100_000, seed: UInt64 = 1, threads: Int? = nil, percentiles: [Double] = [0.1, 0.5, 0.85, 0.9],
        budgets: [Budget] = [], sensitivitySample: Int = 100_000, byPayer: Bool = false, repairCorrelation: Bool = false,
        sampling: SamplingMethod = .plain, software: SoftwareVersion? = nil
    ) {
        self.scenario = scenario
        self.comparedWith = comparedWith
        self.whatIfs = whatIfs
        self.trials = trials
        self.seed = seed
        self.threads = threads
        self.percentiles = percentiles
        self.budgets = budgets
        self.sensitivitySample = sensitivitySample
        self.byPayer = byPayer
        self.repairCorrelation = repairCorrelation
        self.sampling = sampling
        self.software = software
    }

    /// A budget: P(column > amount) is reported; the column is a summed year or `total`.
    public struct Budget: Sendable, Hashable {
        public var column: String
        public var amount: ExactDecimal

        public init(column: String, amount: ExactDecimal) {
            self.column = column
            self.amount = amount
        }
    }

    /// Runs the request.
    ///
    /// With ``comparedWith`` three runs share the seed: each scenario alone (percentiles and
    /// budgets of its own totals) and the paired difference OTHER − BASE on common random numbers.
    /// - Parameters:
    ///   - sampleSink: receives every trial's outputs (for a comparison, the paired differences).
    /// - Throws: ``SimulationRequestError`` for a request that cannot be run as asked;
    ///   ``ScenarioError``, ``SimulationModelError``, `SimulationError` and `CorrelationError`
    ///   from the layers below, unchanged.
    public func run(
        progress: (@Sendable (Double) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil,
        sampleSink: ((SampleBlock) throws -> Void)? = nil
    ) throws -> SimulationOutcome {
        if byPayer, comparedWith != nil { throw SimulationRequestError.payersWithComparison }
        let model = try SimulationModel(scenario: scenario, options: whatIfs)
        let thresholds = try thresholds(years: model.years)
        var repairs: [SimulationOutcome.Repair] = []
        let spec = try prepared(model.spec, scenario: scenario.name, repairs: &repairs)
        // P50 and P85 are computed for the KS2 table even when not asked; the result keeps the asked ones.
        var options = SimulationOptions(percentiles: SimulationResult.computed(percentiles), thresholds: thresholds,
                                        sensitivitySampleSize: comparedWith == nil ? sensitivitySample : 0)
        options.progress = progress
        options.isCancelled = isCancelled
        options.sampling = sampling
        let result: SimulationResult
        var comparison: SimulationOutcome.Comparison?
        if let comparedWith {
            let other = try SimulationModel(scenario: comparedWith, options: whatIfs)
            let otherSpec = try prepared(other.spec, scenario: comparedWith.name, repairs: &repairs)
            var alone = options
            alone.progress = nil
            result = try MonteCarlo.run(spec: spec, trials: trials, seed: seed, threads: threads, options: alone)
            let otherResult = try MonteCarlo.run(spec: otherSpec, trials: trials, seed: seed, threads: threads, options: alone)
            var paired = options
            paired.thresholds = [:]
            paired.sampleSink = sampleSink
            let difference = try MonteCarlo.runPaired(base: spec, other: otherSpec, trials: trials, seed: seed,
                                                      threads: threads, options: paired)
            comparison = SimulationOutcome.Comparison(model: other, result: otherResult.keeping(percentiles), difference: difference.keeping(percentiles),
                                                      analysis: analysis(other, repairs: repairs, scenario: comparedWith.name),
                                                      ks2: KS2Breakdown(result: otherResult, model: other),
                                                      tornado: Tornado(result: otherResult, spec: other.spec, drivers: Set(other.driverNames)),
                                                      differenceTornado: Tornado(result: difference, spec: other.spec, drivers: Set(other.driverNames)))
        } else {
            options.sampleSink = sampleSink
            result = try MonteCarlo.run(spec: spec, trials: trials, seed: seed, threads: threads, options: options)
        }
        var outcome = SimulationOutcome(model: model, result: result.keeping(percentiles), analysis: model.analysis,
                                        ks2: KS2Breakdown(result: result, model: model),
                                        tornado: Tornado(result: result, spec: model.spec, drivers: Set(model.driverNames)),
                                        comparison: comparison, repairs: [])
        if byPayer {
            guard let keys = model.deterministic.payerKeys else { throw SimulationRequestError.noPayerKeys(scenario: scenario.name) }
            let payerSpec = try prepared(try model.byPayer(keys), scenario: scenario.name, repairs: &repairs)
            let bytesPerTrial = (2 * payerSpec.outputs.count - 1) * 4
            guard trials <= Self.payerMemoryBytes / bytesPerTrial else {
                throw SimulationRequestError.tooManyTrialsForPayers(maximum: Self.payerMemoryBytes / bytesPerTrial)
            }
            var payerOptions = SimulationOptions(percentiles: [0.5, 0.85], sampling: sampling)
            payerOptions.isCancelled = isCancelled
            let payerResult = try MonteCarlo.run(spec: payerSpec, trials: trials, seed: seed, threads: threads, options: payerOptions)
            outcome.payers = SimulationOutcome.Payers(keys: keys, result: payerResult)
        }
        outcome.repairs = repairs
        outcome.analysis = analysis(model, repairs: repairs, scenario: scenario.name)
        outcome.warnings = model.warnings + (comparison?.model.warnings ?? [])
        if !model.isDeterministic || comparison?.model.isDeterministic == false {
            outcome.warnings += SimulationWarning.trialWarnings(result, percentiles: shownPercentiles ?? percentiles,
                                                                 scenario: scenario.name, years: model.years, spec: spec)
        }
        return outcome
    }

    /// The analysis model of one scenario's run: the model's assumptions, this request's run,
    /// and the coefficients the repair changed in that scenario's matrix.
    func analysis(_ model: SimulationModel, repairs: [SimulationOutcome.Repair], scenario: String) -> AnalysisModel {
        var analysis = model.analysis
        analysis.repairs = repairs.filter { $0.scenario == scenario }.map {
            AnalysisModel.Repair(first: model.factorReference($0.first), second: model.factorReference($0.second), old: $0.old, new: $0.new)
        }
        analysis.run = AnalysisModel.Run(trials: trials, seed: seed, sampling: sampling, software: software,
                                         whatIfs: Self.whatIfList(whatIfs, on: scenario == comparedWith?.name ? comparedWith : self.scenario))
        return analysis
    }

    /// The what-ifs as the analysis model lists them: conditions, then operations in the order
    /// applied (`--add`/`--set` resolved against `scenario`, as the run resolved them).
    static func whatIfList(_ options: ApplyOptions, on scenario: Scenario?) -> [AnalysisModel.WhatIf] {
        var list: [AnalysisModel.WhatIf] = options.conditionOverrides.map { .condition(id: $0.0, state: $0.1) }
        list += options.operations.map { .operation($0) }
        if let scenario {
            list += (options.lineAdditions + options.cellSettings).compactMap { try? $0.operation(for: scenario) }.map { .operation($0) }
        }
        return list
    }

    /// Memory a payer breakdown may keep for its per-trial columns.
    public static let payerMemoryBytes = 512 << 20

    /// The budgets as the Monte Carlo takes them, each column checked.
    func thresholds(years: [Int]) throws(SimulationRequestError) -> [String: [Double]] {
        var out: [String: [Double]] = [:]
        for b in budgets {
            guard b.column == "total" || Int(b.column).map(years.contains) == true else {
                throw .unknownBudgetColumn(b.column, years: years)
            }
            out[b.column, default: []].append(b.amount.doubleValue)
        }
        return out
    }

    /// The spec, its correlation repaired when asked and needed (each change recorded).
    func prepared(_ spec: SimulationSpec, scenario: String, repairs: inout [SimulationOutcome.Repair]) throws -> SimulationSpec {
        guard repairCorrelation else { return spec }
        do {
            try spec.correlation.validate()
            return spec
        } catch CorrelationError.notPositiveDefinite {
            let repaired = try spec.correlation.nearestCorrelation()
            for change in repaired.changes {
                repairs.append(SimulationOutcome.Repair(scenario: scenario, first: change.first, second: change.second, old: change.old, new: change.new))
            }
            var fixed = spec
            fixed.correlation = repaired.matrix
            return fixed
        }
    }
}
