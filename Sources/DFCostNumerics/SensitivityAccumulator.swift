import Dispatch
import Synchronization

/// The sensitivity analysis of a run, gathered while the leading trials stream past: what
/// the regression needs (means and the cross-product matrix of the factors and the total),
/// and the sample itself at Float32 precision for the rank correlations.
///
/// Each block of the sample (`0..<size`) is reduced by the worker that evaluated it to its
/// count, means, minima, maxima and co-moment matrix
/// `M_b = (A_b - m_b 1^T)(A_b - m_b 1^T)^T`, where `A_b` holds the block's factor values
/// and totals as `factors + 1` rows (cblas_dsyrk on centred chunks of `chunk` trials). The
/// driver merges the block summaries in block order (`merge(slot:)`, Chan, Golub and
/// LeVeque's pairwise update), so the result does not depend on the thread count. Centring
/// per block keeps the cross-products free of the cancellation that raw sums of squares
/// suffer when a factor's mean is large against its spread.
///
/// Memory: `size x factors x 4` bytes for the Float32 sample, `size x 8` for the totals,
/// and `(slots + 1) x (factors + 1)^2 x 8` for the block summaries and the merged one.
///
/// `@unchecked Sendable`: a worker writes only its own block's slot and the sample's
/// trial range of that block (disjoint by construction); the driver reads a slot only
/// after the wave that wrote it has finished (`concurrentPerform` orders the writes first).
final class SensitivityAccumulator: @unchecked Sendable {
    /// Leading trials in the sample.
    let size: Int
    /// Factor count `k`.
    let factors: Int
    /// Block summaries one wave can hold: the driver keeps waves in the sample this short.
    let slots: Int
    /// `k + 1`: the factors and the total.
    private let order: Int
    /// Per slot: count, then `order` means, minima and maxima, then the `order x order`
    /// co-moment matrix (upper triangle filled).
    private let slotData: UnsafeMutableBufferPointer<Double>
    private let slotStride: Int
    /// The merged summary of the blocks so far, in the slot layout.
    private let merged: UnsafeMutableBufferPointer<Double>
    /// Scratch for a merge: the difference of means.
    private let delta: UnsafeMutableBufferPointer<Double>
    /// The sample's factor values, factor-major (`values[j * size + trial]`), for the ranks.
    let values: UnsafeMutableBufferPointer<Float>
    /// The sample's totals (the response), for the ranks.
    let totals: UnsafeMutableBufferPointer<Double>

    /// The sample's event states, event-major (`states[e * size + trial]`), for the mean effects.
    let states: UnsafeMutableBufferPointer<Int32>

    /// The factors' ids, in spec order.
    let factorIDs: [String]
    /// What the mean effects bin by: each factor's decile edges, each event's id and state count.
    let effectBins: EffectBins
    /// The figures, once `finishOnce` has run.
    private(set) var outcome: Result<[SensitivityEntry], LinearAlgebraError>?
    /// The change in the total's mean across each factor's deciles and each event's states,
    /// once `finishOnce` has run.
    private(set) var meanEffects: [MeanEffect] = []

    /// The bins of the mean effects (``MeanEffect``).
    struct EffectBins {
        var edges: [[Double]] = []
        var eventIDs: [String] = []
        var stateCounts: [Int] = []
    }
    private let claimed = Atomic<Bool>(false)

    /// Trials per dsyrk call: a centred chunk of `(k + 1) x chunk` doubles stays in cache
    /// (4 MB at k = 1000) and one call still has enough work to run at the BLAS's speed.
    static let chunk = 512

    /// Memory the block summaries of one wave may take.
    static let slotBudgetBytes = 64 << 20

    /// - Parameters:
    ///   - factorIDs: the factors' ids (their count is `k`).
    ///   - size: leading trials to analyse.
    ///   - workers: worker count (a wave in the sample holds at least one block per worker).
    init(factorIDs: [String], size: Int, workers: Int, effectBins: EffectBins = EffectBins()) {
        self.factorIDs = factorIDs
        self.effectBins = effectBins
        states = .allocate(capacity: max(effectBins.stateCounts.count * size, 1))
        states.initialize(repeating: 0)
        let factors = factorIDs.count
        self.factors = factors
        self.size = size
        order = factors + 1
        slotStride = 1 + 3 * order + order * order
        slots = max(workers, min(64, Self.slotBudgetBytes / (slotStride * 8)), 1)
        slotData = .allocate(capacity: slots * slotStride)
        slotData.initialize(repeating: 0)
        merged = .allocate(capacity: slotStride)
        merged.initialize(repeating: 0)
        delta = .allocate(capacity: order)
        delta.initialize(repeating: 0)
        values = .allocate(capacity: max(factors * size, 1))
        values.initialize(repeating: 0)
        totals = .allocate(capacity: max(size, 1))
        totals.initialize(repeating: 0)
        _ = LinearAlgebra.providerThreadsOff
    }

    deinit {
        slotData.deallocate(); merged.deallocate(); delta.deallocate()
        values.deallocate(); totals.deallocate(); states.deallocate()
    }

    /// Scratch one worker needs for `add`: a centred chunk.
    func makeScratch() -> UnsafeMutableBufferPointer<Double> {
        let s = UnsafeMutableBufferPointer<Double>.allocate(capacity: order * Self.chunk)
        s.initialize(repeating: 0)
        return s
    }

    /// Summarizes the sample trials among `first..<first+count` into slot `slot`, and keeps
    /// their values for the ranks. Row `j` of the factors is `factorRows + j * stride`, the
    /// totals are `totals[0..<count]`; trial `first + r` is entry `r` of each.
    /// - Precondition: `first < size`.
    func add(slot: Int, first: Int, count: Int, factorRows: UnsafePointer<Double>, stride: Int,
             totals rowTotals: UnsafePointer<Double>, scratch: UnsafeMutableBufferPointer<Double>,
             stateRows: UnsafePointer<Int32>? = nil) {
        let n = min(count, size - first)
        if let stateRows {
            for e in 0..<effectBins.stateCounts.count {
                (states.baseAddress! + e * size + first).update(from: stateRows + e * stride, count: n)
            }
        }
        precondition(n > 0 && slot < slots, "sensitivity: block outside the sample")
        let s = slotData.baseAddress! + slot * slotStride
        func row(_ i: Int) -> UnsafePointer<Double> {
            i < factors ? factorRows + i * stride : rowTotals
        }
        s[0] = Double(n)
        for i in 0..<order {
            let x = row(i)
            var sum = 0.0, low = x[0], high = x[0]
            for r in 0..<n {
                sum += x[r]
                low = min(low, x[r]); high = max(high, x[r])
            }
            s[1 + i] = sum / Double(n)
            s[1 + order + i] = low
            s[1 + 2 * order + i] = high
        }
        for j in 0..<factors {
            let x = row(j), out = values.baseAddress! + j * size + first
            for r in 0..<n { out[r] = Float(x[r]) }
        }
        (totals.baseAddress! + first).update(from: rowTotals, count: n)
        let m = s + 1 + 3 * order, c = scratch.baseAddress!
        var offset = 0
        while offset < n {
            let len = min(Self.chunk, n - offset)
            for i in 0..<order {
                let x = row(i) + offset, mean = s[1 + i], out = c + i * Self.chunk
                for r in 0..<len { out[r] = x[r] - mean }
            }
            LinearAlgebra.symmetricRankKUpdate(n: order, k: len, alpha: 1, a: c, lda: Self.chunk,
                                               beta: offset == 0 ? 0 : 1, c: m, ldc: order)
            offset += len
        }
    }

    /// Merges slot `slot` into the running summary. Call for the sample's blocks in block
    /// order, after the wave that filled them.
    func merge(slot: Int) {
        let s = slotData.baseAddress! + slot * slotStride, t = merged.baseAddress!
        let nb = s[0], na = t[0]
        if na == 0 {
            t.update(from: s, count: slotStride)
            return
        }
        let n = na + nb
        let d = delta.baseAddress!
        for i in 0..<order { d[i] = s[1 + i] - t[1 + i] }
        for i in 0..<order {
            t[1 + i] += d[i] * (nb / n)
            t[1 + order + i] = min(t[1 + order + i], s[1 + order + i])
            t[1 + 2 * order + i] = max(t[1 + 2 * order + i], s[1 + 2 * order + i])
        }
        let tm = t + 1 + 3 * order, sm = s + 1 + 3 * order
        for i in 0..<order {
            for j in i..<order { tm[i * order + j] += sm[i * order + j] }
        }
        LinearAlgebra.symmetricRankOneUpdate(n: order, alpha: na * nb / n, x: d, c: tm, ldc: order)
        t[0] = n
    }

    /// Computes `entries` into `outcome`, once: the first caller does the work, later callers
    /// return at once. The driver lets the first worker free after the sample's last wave do
    /// it, while the others go on with blocks, so the analysis overlaps the simulation.
    /// - Precondition: every block of the sample has been merged.
    func finishOnce(threads: Int) {
        guard claimed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        else { return }
        do { outcome = .success(try entries(factorIDs: factorIDs, threads: threads)) }
        catch { outcome = .failure(error) }
        if !effectBins.edges.isEmpty || !effectBins.stateCounts.isEmpty {
            meanEffects = MeanEffect.compute(
                ids: (factorIDs, effectBins.eventIDs), edges: effectBins.edges,
                values: UnsafeBufferPointer(values), states: effectBins.stateCounts,
                stateRows: UnsafeBufferPointer(states), totals: UnsafeBufferPointer(rebasing: totals[0..<size]),
                size: size, threads: threads)
        }
    }

    /// The sensitivity of the total to every factor, from the merged summary and the
    /// sample (see `Sensitivity`).
    /// - Parameter threads: threads for the rank correlations (the result does not depend on it).
    /// - Throws: `LinearAlgebraError.rankDeficient` when varying factors are collinear or
    ///   the sample is not larger than their count.
    func entries(factorIDs: [String], threads: Int) throws(LinearAlgebraError) -> [SensitivityEntry] {
        let t = merged.baseAddress!
        let n = Int(t[0])
        precondition(n == size, "sensitivity: \(n) of \(size) sample trials merged")
        let varying = (0..<factors).filter { t[1 + order + $0] < t[1 + 2 * order + $0] }
        let responseVaries = t[1 + order + factors] < t[1 + 2 * order + factors]
        var src = [Double](repeating: 0, count: factors)
        var rho = [Double](repeating: 0, count: factors)
        if responseVaries, !varying.isEmpty {
            let m = t + 1 + 3 * order
            let coefficients = try Sensitivity.standardizedCoefficients(
                count: n, varying: varying, order: order, comoments: m)
            for (c, j) in varying.enumerated() { src[j] = coefficients[c] }
            let ranks = Sensitivity.rankCorrelations(
                factors: varying, values: UnsafeBufferPointer(values), size: n,
                response: UnsafeBufferPointer(rebasing: totals[0..<n]), threads: threads)
            for (c, j) in varying.enumerated() { rho[j] = ranks[c] }
        }
        return Sensitivity.sorted((0..<factors).map {
            SensitivityEntry(factorID: factorIDs[$0], standardizedCoefficient: src[$0], spearman: rho[$0])
        })
    }
}
