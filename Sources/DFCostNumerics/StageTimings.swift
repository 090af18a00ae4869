import Dispatch

/// Where a simulation's time goes: the engine's own kernels timed one stage at a time, on
/// the calling thread, in nanoseconds per draw (per trial for the stages that work on whole
/// trials). The kernels are the ones `MonteCarlo.run` calls, on the buffers and chunk
/// length it uses, so the figures sum to roughly a one-thread run's time per trial.
///
/// Each stage runs over `draws` values in chunks of `BlockEvaluator.chunk`, `repeats`
/// times; the fastest repeat counts (the one least disturbed by the rest of the machine).
public enum StageTimings {
    /// One stage's cost.
    public struct Stage: Sendable, Equatable {
        /// What is timed, in the words of Benchmarks/README.md.
        public var name: String
        /// `"draw"` (one factor in one trial) or `"trial"`.
        public var unit: String
        /// Nanoseconds per unit.
        public var nanoseconds: Double
    }

    /// Times every stage over `draws` draws (at least one chunk), each stage `repeats` times.
    /// `components`: the size of the correlated group whose Cholesky rows are timed (the
    /// standard workload's largest group has 6 lines).
    public static func measure(draws: Int = 1 << 21, repeats: Int = 5, components m: Int = 6) -> [Stage] {
        let chunk = BlockEvaluator.chunk
        let chunks = max(1, draws / chunk), n = chunks * chunk
        let philox = Philox(seed: 1)
        let buffer = UnsafeMutablePointer<Double>.allocate(capacity: (m + 2) * chunk)
        defer { buffer.deallocate() }
        let index = UnsafeMutablePointer<Int32>.allocate(capacity: chunk)
        defer { index.deallocate() }
        let tailValues = UnsafeMutablePointer<Double>.allocate(capacity: chunk)
        defer { tailValues.deallocate() }
        let tails = Kernels.TailScratch(index: index, value: tailValues)
        let u = buffer, e = buffer + chunk, z = buffer + (m + 1) * chunk
        let stream = StreamKey.factor("timing").rawValue
        var sink = 0.0

        /// The fastest of `repeats` passes of `body(chunk index)` over every chunk, per unit.
        func time(_ units: Int, prepare: (Int) -> Void = { _ in }, _ body: (Int) -> Void) -> Double {
            var best = UInt64.max
            for _ in 0..<max(repeats, 1) {
                var elapsed: UInt64 = 0
                for c in 0..<chunks {
                    prepare(c)
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    body(c)
                    elapsed += DispatchTime.now().uptimeNanoseconds - t0
                    sink += u[c % chunk] + z[c % chunk]
                }
                best = min(best, elapsed)
            }
            return Double(best) / Double(units)
        }
        func fill(_ c: Int) { Kernels.fillUniforms(philox, stream: stream, first: c * chunk, count: chunk, u) }

        var stages: [Stage] = []
        stages.append(Stage(name: "random numbers (Philox4x32-10)", unit: "draw", nanoseconds: time(n) { c in
            Kernels.fillUniforms(philox, stream: stream, first: c * chunk, count: chunk, u)
        }))
        let cube = LatinHypercube(trials: n, seed: 1)
        stages.append(Stage(name: "Latin hypercube stratum (lhs only)", unit: "draw",
                            nanoseconds: time(n, prepare: fill) { c in
            cube.stratify(u, stream: stream, first: c * chunk, count: chunk)
        }))
        stages.append(Stage(name: "normal quantile (AS 241)", unit: "draw", nanoseconds: time(n, prepare: fill) { _ in
            Kernels.uniformsToNormals(u, count: chunk, tails)
        }))
        // Cholesky rows of a component of m members: rows 1..<m, row a summing a + 1 products.
        let lower = (0..<(m * m)).map { k in k / m == k % m ? 1.0 : (k % m < k / m ? 0.6 / Double(m) : 0) }
        let prepareNormals: (Int) -> Void = { c in
            for a in 0..<m {
                Kernels.fillUniforms(philox, stream: stream &+ UInt64(a), first: c * chunk, count: chunk, e + a * chunk)
                Kernels.uniformsToNormals(e + a * chunk, count: chunk, tails)
            }
        }
        stages.append(Stage(name: "Cholesky row", unit: "draw", nanoseconds: time(n * (m - 1), prepare: prepareNormals) { _ in
            lower.withUnsafeBufferPointer { l in
                for a in 1..<m {
                    let l0 = l[a * m]
                    for r in 0..<chunk { z[r] = l0 * e[r] }
                    for b in 1...a {
                        let lb = l[a * m + b], eb = e + b * chunk
                        for r in 0..<chunk { z[r] += lb * eb[r] }
                    }
                }
            }
        }))
        let table = UnsafePointer(NormalTable.table)
        stages.append(Stage(name: "Φ (normal CDF, table)", unit: "draw", nanoseconds: time(n, prepare: prepareNormals) { _ in
            var miss: UInt64 = 0
            for i in 0..<chunk {
                let (k, sum, m) = NormalTable.taylor(e[i])
                z[i] = sum
                index[i] = Int32(truncatingIfNeeded: k)
                miss |= m
            }
            for i in 0..<chunk { z[i] = NormalTable.combine(Int(index[i]), z[i], table) }
            sink += Double(miss & 1)
        }))
        let triangular = FactorKernel(.triangular(low: 0.9, mode: 1.0, high: 1.3))
        stages.append(Stage(name: "triangular quantile", unit: "draw", nanoseconds: time(n, prepare: fill) { _ in
            Kernels.applyQuantile(triangular, inputIsNormal: false, count: chunk, u, z, node: index)
        }))
        // A trial's storage: three outputs (the standard workload's years) into a store of
        // five columns (outputs, cumulative levels, total): Float32 values, histograms, moments.
        let outputs = UnsafeMutablePointer<Double>.allocate(capacity: 3 * chunk)
        defer { outputs.deallocate() }
        for y in 0..<3 {
            Kernels.fillUniforms(philox, stream: stream &+ 100 &+ UInt64(y), first: 0, count: chunk, outputs + y * chunk)
        }
        var best = UInt64.max, store: ColumnStore?
        for _ in 0..<max(repeats, 1) {
            let fresh = ColumnStore(trials: n, blockSize: chunk, outputCount: 3, thresholds: [[], [], [], [], []], lanes: 1)
            var elapsed: UInt64 = 0
            for c in 0..<chunks {
                let t0 = DispatchTime.now().uptimeNanoseconds
                fresh.record(block: c, lane: 0, first: c * chunk, count: chunk, outputs: outputs, stride: chunk)
                elapsed += DispatchTime.now().uptimeNanoseconds - t0
            }
            best = min(best, elapsed)
            store = fresh
        }
        stages.append(Stage(name: "accumulation (store, histogram, moments; 3 years)", unit: "trial",
                            nanoseconds: Double(best) / Double(n)))
        best = .max
        for _ in 0..<max(repeats, 1) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            for column in 0..<store!.storedCount {
                sink += store!.percentiles(of: column, probabilities: [0.1, 0.5, 0.85, 0.9])[0].value
            }
            best = min(best, DispatchTime.now().uptimeNanoseconds - t0)
        }
        stages.append(Stage(name: "percentiles (P10, P50, P85, P90 of 5 columns)", unit: "trial",
                            nanoseconds: Double(best) / Double(n)))
        if sink.isNaN { stages.append(Stage(name: "", unit: "", nanoseconds: sink)) }
        return stages
    }
}
