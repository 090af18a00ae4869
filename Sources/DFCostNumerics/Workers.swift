import Synchronization

/// A per-thread unit that evaluates whole blocks and records them in a `ColumnStore`.
protocol BlockWorker: AnyObject {
    /// Evaluates trials `first..<first+count` (block `block`, the `slot`-th block of its
    /// wave) and records the outputs.
    func process(block: Int, slot: Int, first: Int, count: Int, store: ColumnStore)
    /// The evaluator whose buffers hold the last block's samples.
    var evaluator: BlockEvaluator { get }
    /// The last block's outputs as exported to a sample sink (output-major, stride
    /// `evaluator.capacity`): the outputs, or for a paired run their differences.
    var exportedOutputs: UnsafeMutableBufferPointer<Double> { get }
}

extension BlockWorker {
    /// The compiled model behind the samples (for sizing sample buffers).
    var sampleModel: CompiledModel { evaluator.model }
}

/// Evaluates one spec; for the blocks of the sensitivity sample it evaluates every factor
/// and hands the block to the `SensitivityAccumulator`.
final class Worker: BlockWorker {
    let evaluator: BlockEvaluator
    /// This worker's histogram lane in the `ColumnStore`.
    private let lane: Int
    private let sensitivity: SensitivityAccumulator?
    /// The block's totals (sum of the outputs per trial), for the sensitivity.
    private let totals: UnsafeMutableBufferPointer<Double>
    private let centred: UnsafeMutableBufferPointer<Double>

    /// - Parameters:
    ///   - model: the spec compiled for the outputs (only factors that move them).
    ///   - full: the spec compiled with every factor, for the sensitivity sample's blocks.
    ///   - sensitivity: receives the sample's blocks (nil: no sensitivity).
    ///   - hypercube: the Latin hypercube that stratifies the draws (nil: plain sampling).
    init(lane: Int, model: CompiledModel, full: CompiledModel?, seed: UInt64,
         sensitivity: SensitivityAccumulator?, hypercube: LatinHypercube? = nil) {
        let cap = MonteCarlo.blockSize
        self.lane = lane
        evaluator = BlockEvaluator(model: model, full: full, seed: seed, capacity: cap, hypercube: hypercube)
        self.sensitivity = sensitivity
        totals = .allocate(capacity: sensitivity == nil ? 1 : cap)
        totals.initialize(repeating: 0)
        centred = sensitivity?.makeScratch() ?? .allocate(capacity: 1)
    }

    deinit { totals.deallocate(); centred.deallocate() }

    var exportedOutputs: UnsafeMutableBufferPointer<Double> { evaluator.outputs }

    func process(block: Int, slot: Int, first: Int, count: Int, store: ColumnStore) {
        let sampled = sensitivity.map { first < $0.size } ?? false
        evaluator.evaluate(first: first, count: count, everything: sampled)
        store.record(block: block, lane: lane, first: first, count: count,
                     outputs: evaluator.outputs.baseAddress!, stride: evaluator.capacity)
        guard sampled, let sensitivity else { return }
        // The total per trial, summed over the outputs in order (as the total column).
        let cap = evaluator.capacity, o = evaluator.outputs.baseAddress!, t = totals.baseAddress!
        t.update(from: o, count: count)
        for y in 1..<max(evaluator.model.outputCount, 1) {
            let row = o + y * cap
            for r in 0..<count { t[r] += row[r] }
        }
        sensitivity.add(slot: slot, first: first, count: count,
                        factorRows: evaluator.values.baseAddress!, stride: cap,
                        totals: t, scratch: centred, stateRows: evaluator.states.baseAddress!)
    }
}

/// Evaluates two specs on the same draws and records `other - base`.
final class PairedWorker: BlockWorker {
    private let base: BlockEvaluator
    private let other: BlockEvaluator
    private let difference: UnsafeMutableBufferPointer<Double>
    private let lane: Int
    var evaluator: BlockEvaluator { other }

    init(lane: Int, base: CompiledModel, other: CompiledModel, seed: UInt64, hypercube: LatinHypercube? = nil) {
        let cap = MonteCarlo.blockSize
        self.lane = lane
        self.base = BlockEvaluator(model: base, seed: seed, capacity: cap, hypercube: hypercube)
        self.other = BlockEvaluator(model: other, seed: seed, capacity: cap, hypercube: hypercube)
        difference = .allocate(capacity: base.outputCount * cap)
        difference.initialize(repeating: 0)
    }

    deinit { difference.deallocate() }

    var exportedOutputs: UnsafeMutableBufferPointer<Double> { difference }

    func process(block: Int, slot: Int, first: Int, count: Int, store: ColumnStore) {
        base.evaluate(first: first, count: count)
        other.evaluate(first: first, count: count)
        let cap = base.capacity
        for y in 0..<base.model.outputCount {
            let d = difference.baseAddress! + y * cap
            let a = base.outputs.baseAddress! + y * cap, b = other.outputs.baseAddress! + y * cap
            for r in 0..<count { d[r] = b[r] - a[r] }
        }
        store.record(block: block, lane: lane, first: first, count: count,
                     outputs: difference.baseAddress!, stride: cap)
    }
}

/// Per-wave copies of each block's samples, handed to the sink in trial order.
///
/// `@unchecked Sendable`: each worker writes only the slot of the block it processes.
final class SampleRows: @unchecked Sendable {
    let factors: Int, events: Int, outputs: Int, capacity: Int
    private let values: UnsafeMutableBufferPointer<Double>
    private let states: UnsafeMutableBufferPointer<Int32>
    private let outputValues: UnsafeMutableBufferPointer<Double>

    init(blocks: Int, model: CompiledModel) {
        factors = model.factorCount
        events = model.eventCount
        outputs = model.outputCount
        capacity = MonteCarlo.blockSize
        values = .allocate(capacity: max(blocks * factors * capacity, 1))
        values.initialize(repeating: 0)
        states = .allocate(capacity: max(blocks * events * capacity, 1))
        states.initialize(repeating: 0)
        outputValues = .allocate(capacity: max(blocks * outputs * capacity, 1))
        outputValues.initialize(repeating: 0)
    }

    deinit { values.deallocate(); states.deallocate(); outputValues.deallocate() }

    func copy(from worker: any BlockWorker, slot: Int, count: Int) {
        let e = worker.evaluator, cap = capacity
        for j in 0..<factors {
            (values.baseAddress! + (slot * factors + j) * cap)
                .update(from: e.values.baseAddress! + j * cap, count: count)
        }
        for k in 0..<events {
            (states.baseAddress! + (slot * events + k) * cap)
                .update(from: e.states.baseAddress! + k * cap, count: count)
        }
        let exported = worker.exportedOutputs
        for y in 0..<outputs {
            (outputValues.baseAddress! + (slot * outputs + y) * cap)
                .update(from: exported.baseAddress! + y * cap, count: count)
        }
    }

    func block(slot: Int, firstTrial: Int, count: Int, factorIDs: [String],
               outputNames: [String]) -> SampleBlock {
        func gather<T>(_ buffer: UnsafeMutableBufferPointer<T>, _ rows: Int) -> [T] {
            var out: [T] = []
            out.reserveCapacity(rows * count)
            for i in 0..<rows {
                let start = (slot * rows + i) * capacity
                out.append(contentsOf: buffer[start..<(start + count)])
            }
            return out
        }
        return SampleBlock(firstTrial: firstTrial, count: count, factorIDs: factorIDs,
                           outputNames: outputNames, factorValues: gather(values, factors),
                           states: gather(states, events), outputValues: gather(outputValues, outputs))
    }
}

/// A shared block counter for one wave (a class so closures can capture it).
final class BlockCounter: Sendable {
    private let next: Atomic<Int>
    init(_ start: Int) { next = Atomic(start) }
    /// The next unclaimed block index.
    func claim() -> Int { next.add(1, ordering: .relaxed).oldValue }
}
