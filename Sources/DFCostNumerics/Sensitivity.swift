import Dispatch

/// How strongly the simulated total depends on one factor.
public struct SensitivityEntry: Sendable, Equatable {
    /// The factor id.
    public var factorID: String
    /// Standardized regression coefficient: the change of the total, in standard
    /// deviations, per standard deviation of the factor, the other factors held fixed.
    public var standardizedCoefficient: Double
    /// Spearman rank correlation between the factor and the total.
    public var spearman: Double

    public init(factorID: String, standardizedCoefficient: Double, spearman: Double) {
        self.factorID = factorID
        self.standardizedCoefficient = standardizedCoefficient
        self.spearman = spearman
    }
}

/// Global sensitivity from a Monte Carlo sample.
///
/// The regression is computed from cross-products accumulated block by block while the
/// trials stream (`SensitivityAccumulator`), not from a copy of the sample: for `n` sample
/// trials and `k` factors it costs one pass of `n k^2 / 2` multiply-adds (cblas_dsyrk) and
/// a `k x k` Cholesky solve, and keeps no `n x k` double matrix. The rank correlations need
/// the sample's values: they are kept at Float32 (`n k x 4` bytes) and each factor's column
/// is sorted once by an LSD radix sort on the float's bits (no comparison closure).
public enum Sensitivity {
    /// Standardized regression coefficients (SRC) and Spearman rank correlations.
    ///
    /// The response is regressed on all non-constant factors by least squares with an
    /// intercept, on standardized variables (zero mean, unit sample variance): the SRCs
    /// solve `R b = r`, with `R` the factors' sample correlation matrix and `r` their
    /// correlations with the response (the normal equations, solved by Cholesky). For a
    /// nearly linear model their squares sum to about R^2. Constant factors (all sample
    /// values equal) get SRC 0 and Spearman 0, and so does every factor when the response
    /// is constant.
    ///
    /// This is the same computation `MonteCarlo.run` makes on its leading
    /// `sensitivitySampleSize` trials, for a sample given as arrays.
    ///
    /// - Parameters:
    ///   - factorIDs: ids of the factors, aligned with `samples`.
    ///   - samples: `samples[j][r]` is factor j in sample row r; all rows equally long.
    ///   - response: the response (e.g. the horizon total) per sample row.
    /// - Returns: one entry per factor, sorted by |SRC| descending (ties by id).
    /// - Throws: `LinearAlgebraError` (`.rankDeficient` if non-constant factors are
    ///   collinear or there are not more rows than them; `.dimensionMismatch` on shapes).
    /// - Complexity: O(n k^2) for the cross-products plus O(k n) for the ranks.
    public static func standardizedRegression(factorIDs: [String], samples: [[Double]],
                                              response: [Double])
        throws(LinearAlgebraError) -> [SensitivityEntry]
    {
        let n = response.count
        guard samples.count == factorIDs.count, samples.allSatisfy({ $0.count == n }) else {
            throw .dimensionMismatch(operation: "standardizedRegression", leftRows: n,
                                     leftColumns: samples.count, rightRows: n, rightColumns: 1)
        }
        guard n > 0 else { throw .rankDeficient }
        let k = samples.count
        let accumulator = SensitivityAccumulator(factorIDs: factorIDs, size: n, workers: 1)
        let scratch = accumulator.makeScratch()
        defer { scratch.deallocate() }
        let rows = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(k * n, 1))
        defer { rows.deallocate() }
        for j in 0..<k { _ = UnsafeMutableBufferPointer(rebasing: rows[(j * n)..<((j + 1) * n)]).initialize(from: samples[j]) }
        response.withUnsafeBufferPointer { y in
            // The blocks MonteCarlo.run would use, so a sample gives the same figures there.
            var first = 0
            while first < n {
                let count = min(MonteCarlo.blockSize, n - first)
                accumulator.add(slot: 0, first: first, count: count,
                                factorRows: rows.baseAddress! + first, stride: n,
                                totals: y.baseAddress! + first, scratch: scratch)
                accumulator.merge(slot: 0)
                first += count
            }
        }
        return try accumulator.entries(factorIDs: factorIDs, threads: 1)
    }

    /// The standardized coefficients of the factors `varying` from the merged co-moment
    /// matrix `comoments` (row-major `order x order`, upper triangle; the response is the
    /// last row and column) of `count` trials.
    ///
    /// With `M` the co-moments, `R_ij = M_ij / sqrt(M_ii M_jj)` and `r_i = M_iy / sqrt(M_ii
    /// M_yy)`; `R b = r` is solved by Cholesky. Collinearity: with `R = U^T U`, `U_jj^2` is
    /// the share of factor j's variance that the factors before it do not explain. Forming
    /// `R` costs the accuracy the normal equations always cost (errors of order eps in `R`,
    /// hence of order `sqrt(eps)` in a small `U_jj`), so a pivot `U_jj <= sqrt(8 k eps)`
    /// (about 1.3e-7 for k = 1 000) is reported as rank deficiency rather than trusted.
    /// - Throws: `.rankDeficient` (collinear, or `count <= varying.count`).
    static func standardizedCoefficients(count: Int, varying: [Int], order: Int,
                                         comoments m: UnsafePointer<Double>)
        throws(LinearAlgebraError) -> [Double]
    {
        let v = varying.count, y = order - 1
        guard count > v else { throw .rankDeficient }
        var r = Matrix(rows: v, columns: v)
        var rhs = [Double](repeating: 0, count: v)
        let scale = varying.map { 1 / m[$0 * order + $0].squareRoot() }
        let responseScale = 1 / m[y * order + y].squareRoot()
        for (a, i) in varying.enumerated() {
            r[a, a] = 1
            for b in (a + 1)..<v {
                r[a, b] = m[i * order + varying[b]] * scale[a] * scale[b]
            }
            rhs[a] = m[i * order + y] * scale[a] * responseScale
        }
        let minimumPivot = (8 * Double(v) * Double.ulpOfOne).squareRoot()
        do {
            return try LinearAlgebra.solvePositiveDefinite(r, rhs, minimumPivot: minimumPivot)
        } catch .notPositiveDefinite {
            throw .rankDeficient
        }
    }

    /// Spearman's rank correlation of each factor in `factors` with the response: the
    /// Pearson correlation of their ranks, ties given their average rank.
    ///
    /// The response is ranked once (a sort of its doubles); twice its average ranks are
    /// integers. Each factor's Float32 column (`values[j * size ..< (j + 1) * size]`) is
    /// ranked by an LSD radix sort of `(key - min key) << 32 | 2 rank_y` on the factor's
    /// order-preserving key, in as few passes of at most 12 bits as the key range needs (two
    /// for a factor whose values span less than a factor of two: its keys differ in the low
    /// 23 bits); the walk over the sorted order then reads each trial's response rank from
    /// the sorted word itself, with no random access. Float32 keeps every value to a relative
    /// 6e-8: values closer than that tie and share their average rank, which moves the
    /// coefficient by far less than its Monte Carlo error (1/sqrt(n)). Factors are spread over
    /// `threads` threads; each factor's arithmetic is sequential, so the result does not
    /// depend on the thread count.
    /// - Complexity: O(n log n) once, then O(n) per factor (scratch: 2n UInt64 per thread).
    static func rankCorrelations(factors: [Int], values: UnsafeBufferPointer<Float>, size n: Int,
                                 response: UnsafeBufferPointer<Double>, threads: Int) -> [Double] {
        precondition(n < 1 << 31, "rank correlation: sample too large")
        // Twice the average ranks of the response (integers: i + j + 2 for a tie group i...j).
        let order = (0..<n).sorted { response[$0] < response[$1] }
        var doubled = [UInt32](repeating: 0, count: n)
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n && response[order[j + 1]] == response[order[i]] { j += 1 }
            for k in i...j { doubled[order[k]] = UInt32(i + j + 2) }
            i = j + 1
        }
        let meanRank = Double(n + 1) / 2
        let syy = doubled.reduce(0.0) { $0 + (Double($1) / 2 - meanRank) * (Double($1) / 2 - meanRank) }
        let out = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(factors.count, 1))
        defer { out.deallocate() }
        out.initialize(repeating: 0)
        let slots = ResultSlots(base: out.baseAddress!)
        let lanes = max(1, min(threads, factors.count))
        doubled.withUnsafeBufferPointer { ry in
            let ranks = SharedReadOnly(pointer: ry.baseAddress!)
            let columns = SharedReadOnly(pointer: values.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                let sorted = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * n)
                defer { sorted.deallocate() }
                var c = lane
                while c < factors.count {
                    let (sxy, sxx) = rankMoments(columns.pointer + factors[c] * n, n: n,
                                                 doubledResponseRanks: ranks.pointer,
                                                 meanRank: meanRank, scratch: sorted)
                    slots.base[c] = sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
                    c += lanes
                }
            }
        }
        return Array(out)
    }

    /// `(sum (rank_x - mean) (rank_y - mean), sum (rank_x - mean)^2)` over the column's
    /// average ranks, by the radix sort described at `rankCorrelations`.
    private static func rankMoments(_ x: UnsafePointer<Float>, n: Int,
                                    doubledResponseRanks ry: UnsafePointer<UInt32>, meanRank: Double,
                                    scratch: UnsafeMutablePointer<UInt64>) -> (Double, Double) {
        var low = UInt32.max, high = UInt32.min
        for r in 0..<n {
            let k = OrderStatistics.key(x[r])
            low = min(low, k); high = max(high, k)
        }
        if low == high { return (0, 0) }  // a constant column: every rank ties
        let bits = 32 - (high - low).leadingZeroBitCount
        let passes = (bits + 11) / 12, width = (bits + passes - 1) / passes
        let radix = 1 << width, mask = UInt64(radix - 1)
        var a = scratch, b = scratch + n
        var counts = [Int](repeating: 0, count: passes * radix)
        counts.withUnsafeMutableBufferPointer { h in
            for r in 0..<n {
                let key = UInt64(OrderStatistics.key(x[r]) - low)
                a[r] = key << 32 | UInt64(ry[r])
                for pass in 0..<passes { h[pass * radix + Int((key >> UInt64(pass * width)) & mask)] &+= 1 }
            }
            for pass in 0..<passes {
                let base = pass * radix, shift = UInt64(32 + pass * width)
                var total = 0
                for d in 0..<radix { let c = h[base + d]; h[base + d] = total; total += c }
                for r in 0..<n {
                    // The slot read once into a local: stored back after `b` is written, so
                    // the compiler need not reload it (b might alias h, as far as it knows).
                    let v = a[r], d = base + Int((v >> shift) & mask), slot = h[d]
                    b[slot] = v
                    h[d] = slot &+ 1
                }
                swap(&a, &b)
            }
        }
        var sxy = 0.0, sxx = 0.0
        var i = 0
        while i < n {
            let key = a[i] >> 32
            var doubledSum = a[i] & 0xFFFF_FFFF
            var j = i
            while j + 1 < n && a[j + 1] >> 32 == key {
                j += 1
                doubledSum += a[j] & 0xFFFF_FFFF
            }
            let count = Double(j - i + 1)
            let rank = Double(i + j) / 2 + 1 - meanRank
            sxy += rank * (Double(doubledSum) / 2 - count * meanRank)
            sxx += rank * rank * count
            i = j + 1
        }
        return (sxy, sxx)
    }

    /// Entries by |SRC| descending, ties by id (`CorrelationMatrix.idPrecedes`).
    static func sorted(_ entries: [SensitivityEntry]) -> [SensitivityEntry] {
        entries.sorted {
            abs($0.standardizedCoefficient) != abs($1.standardizedCoefficient)
                ? abs($0.standardizedCoefficient) > abs($1.standardizedCoefficient)
                : CorrelationMatrix.idPrecedes($0.factorID, $1.factorID)
        }
    }

    /// Ranks 1...n with ties given their average rank.
    public static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var ranks = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = average }
            i = j + 1
        }
        return ranks
    }

    /// Pearson correlation of two equally long samples (0 if either is constant).
    public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            let (da, db) = (a[i] - ma, b[i] - mb)
            sab += da * db; saa += da * da; sbb += db * db
        }
        return saa > 0 && sbb > 0 ? sab / (saa * sbb).squareRoot() : 0
    }
}

/// Per-factor result slots written by the rank workers, each its own index
/// (`@unchecked Sendable` for that reason).
private struct ResultSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

/// A buffer the rank workers only read (`@unchecked Sendable` for that reason).
private struct SharedReadOnly<Element>: @unchecked Sendable {
    let pointer: UnsafePointer<Element>
}
