/// Per-worker scratch and the evaluation of one block of trials for one compiled model.
///
/// Buffers are factor-major (`values[j * capacity + r]`), so every kernel streams through
/// contiguous memory. One evaluator is owned by one worker at a time.
///
/// An evaluator may hold a second compilation of the same spec, `full`, that evaluates every
/// factor and event (for the sensitivity sample) where `model` evaluates only those that move
/// an output. The draws are keyed by stream and trial, so the factors both evaluate get the
/// same values, and the outputs are the same bits, whichever is used.
final class BlockEvaluator {
    let model: CompiledModel
    /// `model` compiled with every factor and event evaluated, when the caller needs that for
    /// some blocks (`evaluate(first:count:everything:)`).
    let full: CompiledModel?
    let philox: Philox
    /// The Latin hypercube that stratifies every draw, or nil for plain Monte Carlo.
    let hypercube: LatinHypercube?
    let capacity: Int
    /// Factor values, `factorCount x capacity`.
    let values: UnsafeMutableBufferPointer<Double>
    /// Event states, `eventCount x capacity`.
    let states: UnsafeMutableBufferPointer<Int32>
    /// Outputs, `outputCount x capacity`.
    let outputs: UnsafeMutableBufferPointer<Double>
    private let normals: UnsafeMutableBufferPointer<Double>
    private let correlated: UnsafeMutableBufferPointer<Double>
    private let product: UnsafeMutableBufferPointer<Double>
    private let firstUniforms: UnsafeMutableBufferPointer<Double>
    private let tailIndex: UnsafeMutableBufferPointer<Int32>
    private let tailValue: UnsafeMutableBufferPointer<Double>

    init(model: CompiledModel, full: CompiledModel? = nil, seed: UInt64, capacity: Int,
         hypercube: LatinHypercube? = nil) {
        self.model = model
        self.full = full
        self.philox = Philox(seed: seed)
        self.hypercube = hypercube
        self.capacity = capacity
        func make<T>(_ n: Int, _ zero: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(n, 1))
            b.initialize(repeating: zero)
            return b
        }
        values = make(model.factorCount * capacity, 0.0)
        states = make(model.eventCount * capacity, Int32(0))
        outputs = make(model.outputCount * capacity, 0.0)
        let components = max(model.maxComponentSize, full?.maxComponentSize ?? 0)
        normals = make(components * capacity, 0.0)
        correlated = make(components * capacity, 0.0)
        product = make(capacity, 0.0)
        firstUniforms = make(capacity, 0.0)
        tailIndex = make(capacity, Int32(0))
        tailValue = make(capacity, 0.0)
    }

    deinit {
        values.deallocate(); states.deallocate(); outputs.deallocate()
        normals.deallocate(); correlated.deallocate(); product.deallocate()
        firstUniforms.deallocate(); tailIndex.deallocate(); tailValue.deallocate()
    }

    /// Trials per pass through the model: the block is evaluated in chunks this long so
    /// that a chunk's factor rows are still in cache when the outputs read them back (a
    /// 200-line model's full block of values is 6.5 MB). Even, so a chunk after the first
    /// starts a Philox pair; every per-trial operation is the same, so the results are
    /// bit-identical to one pass over the whole block.
    static let chunk = 512

    /// Evaluates trials `first..<first+count` (count <= capacity): factor values, event
    /// states and outputs land in the buffers' first `count` entries per row.
    /// `everything`: use `full` (every factor and event), when there is one.
    func evaluate(first: Int, count n: Int, everything: Bool = false) {
        let model = everything ? full ?? self.model : self.model
        var offset = 0
        while offset < n {
            let c = min(Self.chunk, n - offset)
            evaluate(model, first: first + offset, count: c, offset: offset)
            offset += c
        }
    }

    /// The uniforms of trials `first..<first+n` of `stream` to `out[0..<n]`: Philox's, then
    /// stratified when the run samples by Latin hypercube.
    @inline(__always)
    private func draw(stream: UInt64, first: Int, count n: Int, _ out: UnsafeMutablePointer<Double>) {
        Kernels.fillUniforms(philox, stream: stream, first: first, count: n, out)
        hypercube?.stratify(out, stream: stream, first: first, count: n)
    }

    /// Trials `first..<first+n` of `model`, stored at `offset` in the value, state and
    /// output rows; the scratch rows are used from their start.
    private func evaluate(_ model: CompiledModel, first: Int, count n: Int, offset: Int) {
        let cap = capacity
        let v = values.baseAddress! + offset
        // Uncorrelated factors: the uniform goes straight into the quantile.
        for j in model.singles {
            let row = v + j * cap
            draw(stream: model.factorStreams[j], first: first, count: n, row)
            Kernels.applyQuantile(model.kernels[j], inputIsNormal: false, count: n, row, row,
                                  node: tailIndex.baseAddress!)
        }
        // Correlated components: E (m x n) of independent normals, Z = L E, u = Phi(Z).
        // The first member (in id order) has z = e exactly (L[0][0] = 1), so its own
        // uniform feeds the quantile directly, skipping the Phi(Phi^-1(u)) round trip.
        let e = normals.baseAddress!, z = correlated.baseAddress!, u0 = firstUniforms.baseAddress!
        let tails = Kernels.TailScratch(index: tailIndex.baseAddress!, value: tailValue.baseAddress!)
        for component in model.components {
            let m = component.members.count
            for (a, j) in component.members.enumerated() {
                let row = e + a * cap
                draw(stream: model.factorStreams[j], first: first, count: n, row)
                if a == 0 { u0.update(from: row, count: n) }
                Kernels.uniformsToNormals(row, count: n, tails)
            }
            // Z = L E for the rows that are used (L is lower triangular: row a sums
            // L[a][b] e_b over b <= a, in increasing b, as a dense gemm would).
            component.lower.withUnsafeBufferPointer { l in
                for (a, j) in component.members.enumerated()
                where model.needed[j] && (a > 0 || model.kernels[j].isLognormal) {
                    let za = z + a * cap
                    let l0 = l[a * m]
                    for r in 0..<n { za[r] = l0 * e[r] }
                    if a > 0 {
                        for b in 1...a {
                            let lb = l[a * m + b], eb = e + b * cap
                            for r in 0..<n { za[r] += lb * eb[r] }
                        }
                    }
                }
            }
            for (a, j) in component.members.enumerated() where model.needed[j] {
                if a == 0, !model.kernels[j].isLognormal {
                    Kernels.applyQuantile(model.kernels[j], inputIsNormal: false, count: n, u0,
                                          v + j * cap, node: tailIndex.baseAddress!)
                } else {
                    Kernels.applyQuantile(model.kernels[j], inputIsNormal: true, count: n, z + a * cap,
                                          v + j * cap, node: tailIndex.baseAddress!)
                }
            }
        }
        // Events: the uniform picks the first state whose cumulative probability exceeds it.
        let s = states.baseAddress! + offset, u = product.baseAddress!
        for ev in 0..<model.eventCount where model.eventNeeded[ev] {
            draw(stream: model.eventStreams[ev], first: first, count: n, u)
            let cumulative = model.eventCumulative[ev]
            let row = s + ev * cap
            cumulative.withUnsafeBufferPointer { c in
                let last = c.count - 1
                for r in 0..<n {
                    var state = 0
                    while state < last && u[r] >= c[state] { state += 1 }
                    row[r] = Int32(state)
                }
            }
        }
        // Outputs.
        let o = outputs.baseAddress! + offset
        let ny = model.outputCount
        for y in 0..<ny {
            let row = o + y * cap, c = model.constant[y]
            for r in 0..<n { row[r] = c }
        }
        for (j, amounts) in model.linear {
            let f = v + j * cap
            for y in 0..<ny where amounts[y] != 0 {
                let row = o + y * cap, a = amounts[y]
                for r in 0..<n { row[r] += a * f[r] }
            }
        }
        let p = product.baseAddress!
        for term in model.general {
            for r in 0..<n { p[r] = 1 }
            for j in term.factors {
                let f = v + j * cap
                for r in 0..<n { p[r] *= f[r] }
            }
            term.amounts.withUnsafeBufferPointer { amounts in
                if let ev = term.event {
                    let st = s + ev * cap
                    for y in 0..<ny {
                        let row = o + y * cap
                        for r in 0..<n { row[r] += p[r] * amounts[Int(st[r]) * ny + y] }
                    }
                } else {
                    for y in 0..<ny where amounts[y] != 0 {
                        let row = o + y * cap, a = amounts[y]
                        for r in 0..<n { row[r] += p[r] * a }
                    }
                }
            }
        }
    }
}
