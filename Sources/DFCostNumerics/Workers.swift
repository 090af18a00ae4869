import Synchronization

/// A per-thread unit that evaluates whole blocks and records them in a `ColumnStore`.
protocol BlockWorker: AnyObject {
    /// Evaluates trials `first..<first+count` (block `block`) and records the outputs.
    func process(block: Int, first: Int, count: Int, store: ColumnStore)
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

/// Evaluates one spec; optionally keeps the leading trials for sensitivity analysis.
final class Worker: BlockWorker {
    let evaluator: BlockEvaluator
    private let sample: SensitivitySample
    private let scratch: UnsafeMutableBufferPointer<Double>

    init(model: CompiledModel, seed: UInt64, sample: SensitivitySample) {
        evaluator = BlockEvaluator(model: model, seed: seed, capacity: MonteCarlo.blockSize)
        self.sample = sample
        scratch = .allocate(capacity: MonteCarlo.blockSize)
        scratch.initialize(repeating: 0)
    }

    deinit { scratch.deallocate() }

    var exportedOutputs: UnsafeMutableBufferPointer<Double> { evaluator.outputs }

    func process(block: Int, first: Int, count: Int, store: ColumnStore) {
        evaluator.evaluate(first: first, count: count)
        store.record(block: block, first: first, count: count,
                     outputs: evaluator.outputs.baseAddress!, stride: evaluator.capacity,
                     scratch: scratch.baseAddress!)
        if first < sample.size { sample.copy(from: evaluator, first: first, count: count) }
    }
}

/// Evaluates two specs on the same draws and records `other - base`.
final class PairedWorker: BlockWorker {
    private let base: BlockEvaluator
    private let other: BlockEvaluator
    private let difference: UnsafeMutableBufferPointer<Double>
    private let scratch: UnsafeMutableBufferPointer<Double>
    var evaluator: BlockEvaluator { other }

    init(base: CompiledModel, other: CompiledModel, seed: UInt64) {
        let cap = MonteCarlo.blockSize
        self.base = BlockEvaluator(model: base, seed: seed, capacity: cap)
        self.other = BlockEvaluator(model: other, seed: seed, capacity: cap)
        difference = .allocate(capacity: base.outputCount * cap)
        difference.initialize(repeating: 0)
        scratch = .allocate(capacity: cap)
        scratch.initialize(repeating: 0)
    }

    deinit { difference.deallocate(); scratch.deallocate() }

    var exportedOutputs: UnsafeMutableBufferPointer<Double> { difference }

    func process(block: Int, first: Int, count: Int, store: ColumnStore) {
        base.evaluate(first: first, count: count)
        other.evaluate(first: first, count: count)
        let cap = base.capacity
        for y in 0..<base.model.outputCount {
            let d = difference.baseAddress! + y * cap
            let a = base.outputs.baseAddress! + y * cap, b = other.outputs.baseAddress! + y * cap
            for r in 0..<count { d[r] = b[r] - a[r] }
        }
        store.record(block: block, first: first, count: count, outputs: difference.baseAddress!,
                     stride: cap, scratch: scratch.baseAddress!)
    }
}

/// The leading `size` trials' factor values and totals, for `Sensitivity`.
///
/// `@unchecked Sendable`: workers write disjoint trial ranges; reads happen after the run.
final class SensitivitySample: @unchecked Sendable {
    let size: Int
    let factors: Int
    private let values: UnsafeMutableBufferPointer<Double>  // factor-major
    private let totals: UnsafeMutableBufferPointer<Double>

    init(factors: Int, size: Int) {
        self.size = size
        self.factors = factors
        values = .allocate(capacity: max(factors * size, 1))
        values.initialize(repeating: 0)
        totals = .allocate(capacity: max(size, 1))
        totals.initialize(repeating: 0)
    }

    deinit { values.deallocate(); totals.deallocate() }

    func copy(from evaluator: BlockEvaluator, first: Int, count: Int) {
        let n = min(count, size - first), cap = evaluator.capacity
        guard n > 0 else { return }
        for j in 0..<factors {
            let src = evaluator.values.baseAddress! + j * cap
            let dst = values.baseAddress! + j * size + first
            for r in 0..<n { dst[r] = src[r] }
        }
        let o = evaluator.outputs.baseAddress!
        for r in 0..<n {
            var total = o[r]
            for y in 1..<max(evaluator.model.outputCount, 1) { total += o[y * cap + r] }
            totals[first + r] = total
        }
    }

    func factorArrays() -> [[Double]] {
        (0..<factors).map { j in Array(values[(j * size)..<((j + 1) * size)]) }
    }

    func totalArray() -> [Double] { Array(totals[0..<size]) }
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
