import Dispatch
import Foundation

/// The Monte Carlo engine: Gaussian-copula factors, discrete events, linear terms.
///
/// Trials are cut into fixed blocks of `blockSize` trials; block `b` covers trials
/// `b * blockSize ..< (b + 1) * blockSize`. Every random draw is a pure function of
/// `(seed, stream key, trial index)` (`Philox`), each block's per-trial values are placed
/// by trial index and its partial moments in its own slot, and slots are combined in block
/// order. Hence results are byte-identical for any thread count.
public enum MonteCarlo {
    /// Trials per block (fixed: changing it changes only the rounding of combined moments).
    public static let blockSize = 4096
    /// Largest supported trial count (the Philox counter holds `trial / 2` in 32 bits).
    public static let maxTrials = 1 << 33

    /// Runs `trials` trials of `spec`.
    ///
    /// - Parameters:
    ///   - spec: what to simulate (validated here).
    ///   - trials: number of trials, 1...2^33.
    ///   - seed: the Philox key; the same seed reproduces the result exactly.
    ///   - threads: worker count (default: active processors).
    ///   - options: percentiles, thresholds, sensitivity sample, sink, progress, cancel.
    /// - Returns: statistics of every output, cumulative level and the total.
    /// - Throws: `SimulationError` (invalid spec, `.cancelled`, sink failure, sensitivity).
    /// - Complexity: O(trials x (factors + terms x outputs)); memory
    ///   `trials x (2 outputs - 1) x 4` bytes plus per-worker blocks.
    public static func run(spec: SimulationSpec, trials: Int, seed: UInt64, threads: Int? = nil,
                           options: SimulationOptions = SimulationOptions())
        throws(SimulationError) -> SimulationResult
    {
        try spec.validate()
        let components = try choleskyComponents(spec)
        let everything = options.sampleSink != nil || options.sensitivitySampleSize > 0
        let model = CompiledModel(spec, components: components, everything: everything)
        let sampleSize = min(max(options.sensitivitySampleSize, 0), trials)
        let sample = SensitivitySample(factors: model.factorCount, size: sampleSize)
        let columns = try execute(outputs: spec.outputs, trials: trials, seed: seed,
                                  threads: threads, options: options,
                                  makeWorker: { Worker(model: model, seed: seed, sample: sample) },
                                  factorIDs: spec.factors.map(\.id))
        var result = columns
        // A regression on k factors needs more than k + 1 trials; with fewer there is no
        // sensitivity to report (said in the result), not an error.
        if sampleSize > 1, sampleSize <= spec.factors.count + 1, !spec.factors.isEmpty {
            result.sensitivityOmitted = .tooFewTrials(trials: sampleSize, factors: spec.factors.count)
        } else if sampleSize > 1 {
            do {
                result.sensitivity = try Sensitivity.standardizedRegression(
                    factorIDs: spec.factors.map(\.id), samples: sample.factorArrays(),
                    response: sample.totalArray())
            } catch { throw .sensitivity(error) }
        }
        return result
    }

    /// Runs `base` and `other` on common random numbers and summarizes `other - base`.
    ///
    /// Factors and events are matched by id: a factor with the same id (and the same
    /// position in its correlation component's id order) draws the same values in both
    /// specs, so the difference isolates the changed inputs. The result's columns are the
    /// per-trial differences (outputs, cumulative levels, total); `sampleSink` receives the
    /// per-trial differences of the outputs (factor values are OTHER's); `sensitivitySampleSize`
    /// is ignored.
    /// - Throws: `SimulationError` (either spec invalid, `.outputsMismatch`, `.cancelled`).
    public static func runPaired(base: SimulationSpec, other: SimulationSpec, trials: Int,
                                 seed: UInt64, threads: Int? = nil,
                                 options: SimulationOptions = SimulationOptions())
        throws(SimulationError) -> SimulationResult
    {
        guard base.outputs == other.outputs else {
            throw .outputsMismatch(base: base.outputs, other: other.outputs)
        }
        try base.validate()
        try other.validate()
        let baseModel = CompiledModel(base, components: try choleskyComponents(base), everything: false)
        let otherModel = CompiledModel(other, components: try choleskyComponents(other),
                                       everything: options.sampleSink != nil)
        var options = options
        options.sensitivitySampleSize = 0
        return try execute(outputs: base.outputs, trials: trials, seed: seed, threads: threads,
                           options: options,
                           makeWorker: { PairedWorker(base: baseModel, other: otherModel, seed: seed) },
                           factorIDs: [])
    }

    static func choleskyComponents(_ spec: SimulationSpec) throws(SimulationError)
        -> [CorrelationMatrix.Component]
    {
        do { return try spec.correlation.choleskyComponents() } catch { throw .correlation(error) }
    }

    /// The shared driver: waves of blocks over workers, sink and hooks between waves.
    static func execute(
        outputs: [String], trials: Int, seed: UInt64, threads: Int?, options: SimulationOptions,
        makeWorker: () -> any BlockWorker, factorIDs: [String]
    ) throws(SimulationError) -> SimulationResult {
        guard trials >= 1, trials <= maxTrials else { throw .badTrialCount(trials) }
        for p in options.percentiles where !(p >= 0 && p <= 1) { throw .badProbability(p) }
        let names = columnNames(outputs)
        let ny = outputs.count
        let probe = ColumnStore(trials: 1, blockSize: 1, outputCount: ny, thresholds:
                                    Array(repeating: [], count: ny == 1 ? 1 : 2 * ny - 1))
        var storedThresholds = [[Double]](repeating: [], count: probe.storedCount)
        for (name, values) in options.thresholds.sorted(by: { $0.key < $1.key }) {
            guard let index = names.firstIndex(where: { $0.name == name }) else {
                throw .unknownColumn(name)
            }
            let stored = storedIndex(names[index].kind, probe)
            for v in values where !storedThresholds[stored].contains(v) {
                storedThresholds[stored].append(v)
            }
        }
        let store = ColumnStore(trials: trials, blockSize: blockSize, outputCount: ny,
                                thresholds: storedThresholds)
        let workerCount = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount,
                                     store.blockCount))
        let workers = WorkerPool(workers: (0..<workerCount).map { _ in makeWorker() })
        let sink = options.sampleSink
        let waveBlocks = sink == nil ? 64 : 2 * workerCount
        let rows = sink.map { _ in SampleRows(blocks: waveBlocks, model: workers.workers[0].sampleModel) }
        var waveStart = 0
        while waveStart < store.blockCount {
            if options.isCancelled?() == true { throw .cancelled }
            let waveEnd = min(waveStart + waveBlocks, store.blockCount)
            let next = BlockCounter(waveStart), start = waveStart
            let body: @Sendable (Int) -> Void = { w in
                let worker = workers.workers[w]
                while true {
                    let b = next.claim()
                    if b >= waveEnd { break }
                    let first = b * blockSize, n = min(blockSize, trials - first)
                    worker.process(block: b, first: first, count: n, store: store)
                    rows?.copy(from: worker, slot: b - start, count: n)
                }
            }
            if workerCount == 1 { body(0) } else {
                DispatchQueue.concurrentPerform(iterations: workerCount, execute: body)
            }
            if let sink, let rows {
                for b in waveStart..<waveEnd {
                    let first = b * blockSize, n = min(blockSize, trials - first)
                    do { try sink(rows.block(slot: b - waveStart, firstTrial: first, count: n,
                                             factorIDs: factorIDs, outputNames: outputs)) }
                    catch { throw .sinkFailed(SinkFailure(error)) }
                }
            }
            options.progress?(Double(min(waveEnd * blockSize, trials)) / Double(trials))
            waveStart = waveEnd
        }
        return summarize(store: store, names: names, options: options, trials: trials, seed: seed)
    }

    /// Result column names and kinds: outputs, cumulative levels, total.
    static func columnNames(_ outputs: [String]) -> [(name: String, kind: ColumnKind)] {
        outputs.enumerated().map { ($0.element, .output(index: $0.offset)) }
            + outputs.indices.map { ("\(outputs[0])..\(outputs[$0])", .cumulative(through: $0)) }
            + [("total", .total)]
    }

    static func storedIndex(_ kind: ColumnKind, _ store: ColumnStore) -> Int {
        switch kind {
        case .output(let i): return i
        case .cumulative(let i): return store.storedIndex(cumulative: i)
        case .total: return store.storedCount - 1
        }
    }

    /// Moments and percentiles per stored column (columns in parallel), then the result.
    static func summarize(store: ColumnStore, names: [(name: String, kind: ColumnKind)],
                          options: SimulationOptions, trials: Int, seed: UInt64) -> SimulationResult {
        let probabilities = options.percentiles
        let summaries = UnsafeMutableBufferPointer<ColumnSummary>.allocate(capacity: store.storedCount)
        defer { summaries.deallocate() }
        let slots = SummarySlots(base: summaries.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: store.storedCount) { c in
            let (mean, sd, above) = store.moments(of: c)
            let percentiles = store.percentiles(of: c, probabilities: probabilities)
            (slots.base + c).initialize(to: ColumnSummary(mean: mean, sd: sd, above: above,
                                                          percentiles: percentiles))
        }
        let n = Double(trials)
        let columns = names.map { name, kind -> ColumnStatistics in
            let c = storedIndex(kind, store)
            let s = summaries[c]
            let exceedances = (options.thresholds[name] ?? []).map { t -> Exceedance in
                let p = Double(s.above[store.thresholds[c].firstIndex(of: t)!]) / n
                return Exceedance(threshold: t, probability: p, standardError: (p * (1 - p) / n).squareRoot())
            }
            return ColumnStatistics(name: name, kind: kind, mean: s.mean, standardDeviation: s.sd,
                                    meanStandardError: s.sd / n.squareRoot(),
                                    percentiles: s.percentiles, exceedances: exceedances)
        }
        _ = summaries.deinitialize()
        return SimulationResult(trials: trials, seed: seed, columns: columns, sensitivity: [])
    }
}

/// The per-thread workers of one run. `@unchecked Sendable`: worker `w` is only touched
/// by `concurrentPerform` iteration `w` (or by the calling thread between waves), so no
/// worker is ever used by two threads at once.
struct WorkerPool: @unchecked Sendable {
    let workers: [any BlockWorker]
}

/// One stored column's statistics, computed by a summary worker.
struct ColumnSummary {
    var mean: Double
    var sd: Double
    var above: [Int]
    var percentiles: [PercentileEstimate]
}

/// Slot base pointer shared with the summary workers; each writes only its own slot
/// (`@unchecked Sendable` for that reason).
struct SummarySlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<ColumnSummary>
}
