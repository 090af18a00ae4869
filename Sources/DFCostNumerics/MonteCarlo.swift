import Dispatch
import Foundation

/// The Monte Carlo engine: Gaussian-copula factors, discrete events, linear terms.
///
/// Trials are cut into fixed blocks of `blockSize` trials; block `b` covers trials
/// `b * blockSize ..< (b + 1) * blockSize`. Every random draw is a pure function of
/// `(seed, stream key, trial index)` (`Philox`), each block's per-trial values are placed
/// by trial index and its partial moments in its own slot, and slots are combined in block
/// order (the sensitivity sample's block summaries too; histogram counts are integers, summed
/// in any order). Hence results are byte-identical for any thread count. They are also the
/// same bytes whether the package is built for baseline x86-64 or tuned to the host CPU
/// (`-target-cpu`): Swift does not fuse multiplies and adds or reorder floating-point
/// operations, so wider vectors compute the same operations in the same order. Across BLAS
/// providers (reference or OpenBLAS behind `libblas.so.3`) the Cholesky factors and the
/// sensitivity's cross-products round differently: the same figures to ~1e-15, not the same
/// bytes (Benchmarks/check-blas-providers.sh).
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
    /// - Complexity: O(trials x (factors + terms x outputs)), plus O(sample x factors^2) for
    ///   the sensitivity; memory `trials x (2 outputs - 1) x 4` bytes plus per-worker blocks,
    ///   plus the sensitivity sample (`SimulationOptions.sensitivitySampleSize`).
    public static func run(spec: SimulationSpec, trials: Int, seed: UInt64, threads: Int? = nil,
                           options: SimulationOptions = SimulationOptions())
        throws(SimulationError) -> SimulationResult
    {
        try spec.validate()
        let components = try choleskyComponents(spec)
        let sampleSize = min(max(options.sensitivitySampleSize, 0), trials)
        let factorIDs = spec.factors.map(\.id)
        // A regression on k factors needs more than k + 1 trials; with fewer there is no
        // sensitivity to report (said in the result), not an error.
        let tooFew = sampleSize > 1 && sampleSize <= spec.factors.count + 1 && !spec.factors.isEmpty
        // Uncertain conditions alone (no factor) still get their mean effects.
        let analysed = sampleSize > 1 && !tooFew && !(spec.factors.isEmpty && spec.events.isEmpty)
        // The sample's blocks evaluate every factor (`full`); the others only those that move
        // an output, unless the sink wants every factor of every trial.
        let model = CompiledModel(spec, components: components, everything: options.sampleSink != nil)
        let hypercube = LatinHypercube(options.sampling, trials: trials, seed: seed)
        let full = analysed && options.sampleSink == nil
            ? CompiledModel(spec, components: components, everything: true) : nil
        let sensitivity = analysed
            ? SensitivityAccumulator(factorIDs: factorIDs, size: sampleSize,
                                     workers: workerCount(threads: threads, trials: trials),
                                     effectBins: .init(edges: spec.factors.map { MeanEffect.decileEdges($0.distribution) },
                                                       eventIDs: spec.events.map(\.id),
                                                       stateCounts: spec.events.map(\.probabilities.count)))
            : nil
        var result = try execute(outputs: spec.outputs, trials: trials, seed: seed,
                                 threads: threads, options: options,
                                 makeWorker: { Worker(lane: $0, model: model, full: full, seed: seed, sensitivity: sensitivity,
                                                      hypercube: hypercube) },
                                 factorIDs: factorIDs, sensitivity: sensitivity)
        if tooFew {
            result.sensitivityOmitted = .tooFewTrials(trials: sampleSize, factors: spec.factors.count)
        } else if let outcome = sensitivity?.outcome {
            do { result.sensitivity = try outcome.get() } catch { throw .sensitivity(error) }
            result.meanEffects = sensitivity?.meanEffects ?? []
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
        let hypercube = LatinHypercube(options.sampling, trials: trials, seed: seed)
        return try execute(outputs: base.outputs, trials: trials, seed: seed, threads: threads,
                           options: options,
                           makeWorker: { PairedWorker(lane: $0, base: baseModel, other: otherModel, seed: seed,
                                                      hypercube: hypercube) },
                           factorIDs: [], sensitivity: nil)
    }

    static func choleskyComponents(_ spec: SimulationSpec) throws(SimulationError)
        -> [CorrelationMatrix.Component]
    {
        _ = LinearAlgebra.providerThreadsOff
        do { return try spec.correlation.choleskyComponents() } catch { throw .correlation(error) }
    }

    /// Workers for a run: `threads` (default: active processors), at most one per block.
    static func workerCount(threads: Int?, trials: Int) -> Int {
        max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount,
                   (trials + blockSize - 1) / blockSize))
    }

    /// The shared driver: waves of blocks over workers, sink and hooks between waves; the
    /// sensitivity sample's block summaries merged in block order after each wave, and its
    /// figures computed by one worker during the next wave (`finishOnce`).
    static func execute(
        outputs: [String], trials: Int, seed: UInt64, threads: Int?, options: SimulationOptions,
        makeWorker: (_ lane: Int) -> any BlockWorker, factorIDs: [String], sensitivity: SensitivityAccumulator?
    ) throws(SimulationError) -> SimulationResult {
        guard trials >= 1, trials <= maxTrials else { throw .badTrialCount(trials) }
        for p in options.percentiles where !(p >= 0 && p <= 1) { throw .badProbability(p) }
        let names = columnNames(outputs)
        let ny = outputs.count
        let probe = ColumnStore(trials: 1, blockSize: 1, outputCount: ny, thresholds:
                                    Array(repeating: [], count: ny == 1 ? 1 : 2 * ny - 1), lanes: 0)
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
        let workerCount = workerCount(threads: threads, trials: trials)
        let store = ColumnStore(trials: trials, blockSize: blockSize, outputCount: ny,
                                thresholds: storedThresholds, lanes: workerCount)
        let workers = WorkerPool(workers: (0..<workerCount).map(makeWorker))
        let sink = options.sampleSink
        let waveBlocks = sink == nil ? 64 : 2 * workerCount
        let rows = sink.map { _ in SampleRows(blocks: waveBlocks, model: workers.workers[0].sampleModel) }
        let sampleBlocks = sensitivity.map { ($0.size + blockSize - 1) / blockSize } ?? 0
        var waveStart = 0
        while waveStart < store.blockCount {
            if options.isCancelled?() == true { throw .cancelled }
            // In the sensitivity sample, a wave holds no more blocks than there are summary slots.
            let waveLength = waveStart < sampleBlocks ? min(waveBlocks, sensitivity!.slots) : waveBlocks
            let waveEnd = min(waveStart + waveLength, store.blockCount)
            let next = BlockCounter(waveStart), start = waveStart
            let body: @Sendable (Int) -> Void = { w in
                let worker = workers.workers[w]
                // After the sample: the first worker here computes the sensitivity figures
                // (one thread), the others take blocks meanwhile.
                if start >= sampleBlocks { sensitivity?.finishOnce(threads: 1) }
                while true {
                    let b = next.claim()
                    if b >= waveEnd { break }
                    let first = b * blockSize, n = min(blockSize, trials - first)
                    worker.process(block: b, slot: b - start, first: first, count: n, store: store)
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
            if let sensitivity, waveStart < sampleBlocks {
                for b in waveStart..<min(waveEnd, sampleBlocks) { sensitivity.merge(slot: b - waveStart) }
            }
            options.progress?(Double(min(waveEnd * blockSize, trials)) / Double(trials))
            waveStart = waveEnd
        }
        // A run no longer than its sample: the figures now, on every worker thread.
        sensitivity?.finishOnce(threads: workerCount)
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
        let hypercube = LatinHypercube(options.sampling, trials: trials, seed: seed)
        DispatchQueue.concurrentPerform(iterations: store.storedCount) { c in
            let (mean, sd, above) = store.moments(of: c)
            var percentiles = store.percentiles(of: c, probabilities: probabilities)
            // A Latin hypercube's errors come from its independent replicates.
            let replicates = hypercube.map { store.replicateErrors(of: c, hypercube: $0, probabilities: probabilities) }
            if let replicates {
                for k in percentiles.indices { percentiles[k].standardError = replicates.percentiles[k] }
            }
            (slots.base + c).initialize(to: ColumnSummary(mean: mean, sd: sd, above: above,
                                                          percentiles: percentiles, replicates: replicates))
        }
        let n = Double(trials)
        let columns = names.map { name, kind -> ColumnStatistics in
            let c = storedIndex(kind, store)
            let s = summaries[c]
            let exceedances = (options.thresholds[name] ?? []).map { t -> Exceedance in
                let k = store.thresholds[c].firstIndex(of: t)!
                let p = Double(s.above[k]) / n
                return Exceedance(threshold: t, probability: p,
                                  standardError: s.replicates?.exceedances[k] ?? (p * (1 - p) / n).squareRoot())
            }
            return ColumnStatistics(name: name, kind: kind, mean: s.mean, standardDeviation: s.sd,
                                    meanStandardError: s.replicates?.mean ?? s.sd / n.squareRoot(),
                                    percentiles: s.percentiles, exceedances: exceedances)
        }
        _ = summaries.deinitialize()
        return SimulationResult(trials: trials, seed: seed, columns: columns, sensitivity: [],
                                sampling: options.sampling)
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
    /// The replicate standard errors of a Latin hypercube run (nil for plain sampling).
    var replicates: ReplicateErrors?
}

/// Slot base pointer shared with the summary workers; each writes only its own slot
/// (`@unchecked Sendable` for that reason).
struct SummarySlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<ColumnSummary>
}
