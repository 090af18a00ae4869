import Foundation

/// Per-trial result columns and per-block moments, written concurrently by the workers.
///
/// Stored columns: the `n` outputs, the cumulative levels `1...n-2`, and the total (level
/// `n-1`); level 0 is output 0. Values are kept as Float32 (`2n - 1` columns x 4 bytes per
/// trial: 200 MB for 3 outputs at 1e7 trials); moments and exceedance counts are taken
/// from the double values per block and combined in block order, so every statistic is
/// independent of the thread count.
///
/// `@unchecked Sendable`: the buffers are written only at the trial range or block slot a
/// worker owns (disjoint by construction) and read after `concurrentPerform` returns,
/// which orders the writes before the reads.
final class ColumnStore: @unchecked Sendable {
    let trials: Int
    let blockSize: Int
    let blockCount: Int
    let outputCount: Int
    let storedCount: Int
    /// Thresholds per stored column.
    let thresholds: [[Double]]
    private let thresholdOffset: [Int]
    private let thresholdTotal: Int
    /// `storedCount x trials` Float32 values.
    let data: UnsafeMutableBufferPointer<Float>
    /// `blockCount x storedCount x 2`: block mean and sum of squared deviations.
    private let moments: UnsafeMutableBufferPointer<Double>
    /// `blockCount x thresholdTotal` exceedance counts.
    private let counts: UnsafeMutableBufferPointer<Int>

    init(trials: Int, blockSize: Int, outputCount: Int, thresholds: [[Double]]) {
        self.trials = trials
        self.blockSize = blockSize
        self.blockCount = (trials + blockSize - 1) / blockSize
        self.outputCount = outputCount
        self.storedCount = outputCount == 1 ? 1 : 2 * outputCount - 1
        self.thresholds = thresholds
        var offsets: [Int] = [], total = 0
        for t in thresholds { offsets.append(total); total += t.count }
        thresholdOffset = offsets
        thresholdTotal = total
        data = .allocate(capacity: storedCount * trials)
        moments = .allocate(capacity: blockCount * storedCount * 2)
        moments.initialize(repeating: 0)
        counts = .allocate(capacity: max(blockCount * total, 1))
        counts.initialize(repeating: 0)
    }

    deinit {
        data.deallocate(); moments.deallocate(); counts.deallocate()
    }

    /// Stored column index of cumulative level `i` (sum of outputs `0...i`).
    func storedIndex(cumulative i: Int) -> Int {
        if i == 0 { return 0 }
        if i == outputCount - 1 { return storedCount - 1 }
        return outputCount + i - 1
    }

    /// Records block `block` (trials `first..<first+n`) from `outputs` (`outputCount` rows
    /// of stride `stride`), using `scratch` (>= n doubles) for the running sums.
    func record(block: Int, first: Int, count n: Int, outputs: UnsafePointer<Double>, stride: Int,
                scratch: UnsafeMutablePointer<Double>) {
        for y in 0..<outputCount { store(column: y, block: block, first: first, n, outputs + y * stride) }
        guard outputCount > 1 else { return }
        for r in 0..<n { scratch[r] = outputs[r] }
        for i in 1..<outputCount {
            let row = outputs + i * stride
            for r in 0..<n { scratch[r] += row[r] }
            store(column: storedIndex(cumulative: i), block: block, first: first, n, scratch)
        }
    }

    private func store(column c: Int, block: Int, first: Int, _ n: Int, _ x: UnsafePointer<Double>) {
        let out = data.baseAddress! + c * trials + first
        var sum = 0.0
        for r in 0..<n { out[r] = Float(x[r]); sum += x[r] }
        let mean = sum / Double(n)
        var ss = 0.0
        for r in 0..<n { let d = x[r] - mean; ss += d * d }
        moments[(block * storedCount + c) * 2] = mean
        moments[(block * storedCount + c) * 2 + 1] = ss
        for (k, t) in thresholds[c].enumerated() {
            var above = 0
            for r in 0..<n where x[r] > t { above += 1 }
            counts[block * thresholdTotal + thresholdOffset[c] + k] = above
        }
    }

    /// Mean, sample sd and exceedance counts of stored column `c`, combining block
    /// moments in block order (Chan et al.'s pairwise update).
    func moments(of c: Int) -> (mean: Double, sd: Double, above: [Int]) {
        var n = 0.0, mean = 0.0, m2 = 0.0
        var above = [Int](repeating: 0, count: thresholds[c].count)
        for b in 0..<blockCount {
            let nb = Double(min(blockSize, trials - b * blockSize))
            let mb = moments[(b * storedCount + c) * 2], sb = moments[(b * storedCount + c) * 2 + 1]
            let total = n + nb
            let delta = mb - mean
            mean += delta * nb / total
            m2 += sb + delta * delta * n * nb / total
            n = total
            for k in above.indices { above[k] += counts[b * thresholdTotal + thresholdOffset[c] + k] }
        }
        return (mean, trials > 1 ? (m2 / (n - 1)).squareRoot() : 0, above)
    }

    /// Type 7 percentiles of stored column `c` with density-based standard errors
    /// (read-only; call after all blocks are recorded).
    func percentiles(of c: Int, probabilities: [Double]) -> [PercentileEstimate] {
        let n = trials
        let column = UnsafeBufferPointer(rebasing: data[(c * n)..<((c + 1) * n)])
        let h = Int(Double(n).squareRoot().rounded(.up))
        var ranks: [Int] = []
        let plan = probabilities.map { p -> (Int, Int, Double, Int, Int) in
            let (k, k1, w) = Quantile.type7Ranks(count: n, p: p)
            let lo = max(k - h, 0), hi = min(k + h, n - 1)
            ranks += [k, k1, lo, hi]
            return (k, k1, w, lo, hi)
        }
        let values = OrderStatistics.values(column, ranks: ranks)
        return zip(probabilities, plan).map { p, r in
            let (k, k1, w, lo, hi) = r
            let value = Quantile.interpolate(values[k]!, values[k1]!, w)
            let spread = values[hi]! - values[lo]!
            // f(x_p) ~ ((hi - lo) / n) / spread, so SE = sqrt(p(1-p)/n) * spread * n / (hi - lo).
            let se = hi > lo ? (p * (1 - p) / Double(n)).squareRoot() * spread * Double(n)
                / Double(hi - lo) : 0
            return PercentileEstimate(probability: p, value: value, standardError: se)
        }
    }
}
