import Foundation

/// Per-trial result columns and per-block moments, written concurrently by the workers.
///
/// Stored columns: the `n` outputs, the cumulative levels `1...n-2`, and the total (level
/// `n-1`); level 0 is output 0. Values are kept as Float32 (`2n - 1` columns x 4 bytes per
/// trial: 200 MB for 3 outputs at 1e7 trials); moments and exceedance counts are taken
/// from the double values per block and combined in block order, so every statistic is
/// independent of the thread count.
///
/// Each worker also counts the top 16 bits of every stored value's order key in a histogram
/// of its own lane (`OrderStatistics`, level 1): integer counts, summed over lanes when the
/// percentiles are taken, so they too are independent of the thread count, and the
/// percentiles need one pass over each column instead of two.
///
/// `@unchecked Sendable`: the buffers are written only at the trial range or block slot a
/// worker owns, or in the worker's own histogram lane (disjoint by construction), and read
/// after `concurrentPerform` returns, which orders the writes before the reads.
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
    /// Histogram lanes (one per worker).
    let lanes: Int
    /// `lanes x storedCount x OrderStatistics.buckets` level-1 counts.
    private let histograms: UnsafeMutableBufferPointer<Int>
    /// Rows of running sums per lane: `outputCount - 1` (at least 1).
    private let levelRows: Int
    /// `lanes x levelRows x blockSize` running sums (cumulative levels).
    private let sums: UnsafeMutableBufferPointer<Double>

    /// - Parameter lanes: workers that record (each passes its lane to `record`); 0 for a
    ///   store that only answers `storedIndex` and `storedCount`.
    init(trials: Int, blockSize: Int, outputCount: Int, thresholds: [[Double]], lanes: Int) {
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
        self.lanes = lanes
        histograms = .allocate(capacity: max(lanes * storedCount * OrderStatistics.buckets, 1))
        histograms.initialize(repeating: 0)
        levelRows = max(outputCount - 1, 1)
        sums = .allocate(capacity: max(lanes * levelRows * blockSize, 1))
        sums.initialize(repeating: 0)
    }

    deinit {
        data.deallocate(); moments.deallocate(); counts.deallocate(); histograms.deallocate()
        sums.deallocate()
    }

    /// Stored column index of cumulative level `i` (sum of outputs `0...i`).
    func storedIndex(cumulative i: Int) -> Int {
        if i == 0 { return 0 }
        if i == outputCount - 1 { return storedCount - 1 }
        return outputCount + i - 1
    }

    /// Records block `block` (trials `first..<first+n`) from `outputs` (`outputCount` rows
    /// of stride `stride`); lane `lane` (< `lanes`) provides the scratch for the running sums
    /// and the histograms that count the values.
    func record(block: Int, lane: Int, first: Int, count n: Int, outputs: UnsafePointer<Double>,
                stride: Int) {
        precondition(lane < lanes && n <= blockSize, "ColumnStore: lane \(lane) of \(lanes)")
        // The stored columns' rows: the outputs, then the running sums (levels 1...ny-1,
        // each formed as before: level i = level i-1 + output i, trial by trial).
        let levels = sums.baseAddress! + lane * levelRows * blockSize
        var rows = [UnsafePointer<Double>](repeating: outputs, count: storedCount)
        for y in 0..<outputCount { rows[y] = outputs + y * stride }
        if outputCount > 1 {
            var previous = outputs
            for i in 1..<outputCount {
                let level = levels + (i - 1) * blockSize, row = outputs + i * stride
                for r in 0..<n { level[r] = previous[r] + row[r] }
                rows[storedIndex(cumulative: i)] = UnsafePointer(level)
                previous = UnsafePointer(level)
            }
        }
        let histogram = histograms.baseAddress! + lane * storedCount * OrderStatistics.buckets
        for (c, x) in rows.enumerated() {
            let out = data.baseAddress! + c * trials + first
            for r in 0..<n { out[r] = Float(x[r]) }
            OrderStatistics.count(out, n, into: histogram + c * OrderStatistics.buckets)
        }
        // Block moments, four columns at a time: each column's sum runs over the trials in
        // order, as a dependent chain of additions; four independent chains in one loop keep
        // the adder busy where one chain would wait on each addition's latency. The same
        // additions in the same order per column, so the same bits.
        var c = 0
        while c < storedCount {
            let p = (0..<4).map { rows[min(c + $0, storedCount - 1)] }
            var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
            for r in 0..<n { s0 += p[0][r]; s1 += p[1][r]; s2 += p[2][r]; s3 += p[3][r] }
            let m = [s0, s1, s2, s3].map { $0 / Double(n) }
            var q0 = 0.0, q1 = 0.0, q2 = 0.0, q3 = 0.0
            for r in 0..<n {
                let d0 = p[0][r] - m[0], d1 = p[1][r] - m[1], d2 = p[2][r] - m[2], d3 = p[3][r] - m[3]
                q0 += d0 * d0; q1 += d1 * d1; q2 += d2 * d2; q3 += d3 * d3
            }
            let q = [q0, q1, q2, q3]
            for k in 0..<min(4, storedCount - c) {
                moments[(block * storedCount + c + k) * 2] = m[k]
                moments[(block * storedCount + c + k) * 2 + 1] = q[k]
            }
            c += 4
        }
        for (c, x) in rows.enumerated() {
            for (k, t) in thresholds[c].enumerated() {
                var above = 0
                for r in 0..<n where x[r] > t { above += 1 }
                counts[block * thresholdTotal + thresholdOffset[c] + k] = above
            }
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
        let buckets = OrderStatistics.buckets
        var histogram = [Int](repeating: 0, count: buckets)
        for lane in 0..<lanes {
            let h = histograms.baseAddress! + (lane * storedCount + c) * buckets
            for b in 0..<buckets { histogram[b] &+= h[b] }
        }
        let values = histogram.withUnsafeBufferPointer {
            OrderStatistics.values(column, ranks: ranks, histogram: $0.baseAddress!)
        }
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
