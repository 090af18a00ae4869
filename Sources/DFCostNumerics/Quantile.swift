/// Sample quantiles, Hyndman-Fan type 7 (NumPy's and R's default).
///
/// For probability `p` and `n` values sorted ascending `x[0...n-1]`: `h = (n - 1) p`,
/// `k = floor(h)`, `Q(p) = x[k] + (h - k) (x[k+1] - x[k])` (with `x[n]` read as `x[n-1]`).
public enum Quantile {
    /// The zero-based order statistics `(k, k + 1)` and the weight `h - k` that type 7
    /// interpolates between, for `n` values and probability `p` in [0, 1].
    public static func type7Ranks(count n: Int, p: Double) -> (lower: Int, upper: Int, weight: Double) {
        precondition(n > 0, "Quantile of an empty sample")
        let h = Double(n - 1) * min(max(p, 0), 1)
        let k = min(Int(h.rounded(.down)), n - 1)
        return (k, min(k + 1, n - 1), h - Double(k))
    }

    /// Type 7 quantile of an ascending sorted sample.
    /// - Precondition: `sorted` is non-empty and ascending.
    public static func type7(sorted: [Double], p: Double) -> Double {
        let (k, k1, w) = type7Ranks(count: sorted.count, p: p)
        return interpolate(sorted[k], sorted[k1], w)
    }

    /// `a + w (b - a)`, exactly `a` when `w == 0` (as NumPy).
    @inlinable
    static func interpolate(_ a: Double, _ b: Double, _ w: Double) -> Double {
        w == 0 ? a : a + w * (b - a)
    }

    /// Type 7 quantiles of an unsorted sample by selection: `values` is reordered in place
    /// (not sorted) and the quantiles at `probabilities` are returned in the given order.
    /// - Complexity: expected O(n log m) for m probabilities (multiple quickselect).
    public static func type7(selecting values: inout [Double], probabilities: [Double]) -> [Double] {
        values.withUnsafeMutableBufferPointer { type7(selecting: $0, probabilities: probabilities) }
    }

    /// Type 7 quantiles of an unsorted buffer (reordered in place) by multiple selection.
    public static func type7<T: BinaryFloatingPoint>(
        selecting buffer: UnsafeMutableBufferPointer<T>, probabilities: [Double]
    ) -> [Double] {
        let ranks = probabilities.map { type7Ranks(count: buffer.count, p: $0) }
        let values = orderStatistics(buffer, ranks: ranks.flatMap { [$0.lower, $0.upper] })
        return ranks.map { interpolate(values[$0.lower]!, values[$0.upper]!, $0.weight) }
    }

    /// The values at the given zero-based ranks of the ascending order of `buffer`, found
    /// by multiple quickselect (3-way partitions around a median-of-three pivot, recursing
    /// only into parts that hold a wanted rank). The buffer is reordered in place.
    /// - Complexity: expected O(n log m) for m distinct ranks.
    public static func orderStatistics<T: BinaryFloatingPoint>(
        _ buffer: UnsafeMutableBufferPointer<T>, ranks: [Int]
    ) -> [Int: Double] {
        let wanted = Array(Set(ranks)).sorted()
        precondition(wanted.allSatisfy { (0..<buffer.count).contains($0) }, "rank out of range")
        var result: [Int: Double] = [:]
        select(buffer, 0, buffer.count, wanted[...], &result)
        return result
    }

    private static func select<T: BinaryFloatingPoint>(
        _ a: UnsafeMutableBufferPointer<T>, _ lo: Int, _ hi: Int, _ ranks: ArraySlice<Int>,
        _ result: inout [Int: Double]
    ) {
        var lo = lo, hi = hi, ranks = ranks
        while !ranks.isEmpty {
            if hi - lo <= 32 {
                insertionSort(a, lo, hi)
                for r in ranks { result[r] = Double(a[r]) }
                return
            }
            // Median of three (first, middle, last) as pivot.
            let x = a[lo], y = a[lo + (hi - lo) / 2], z = a[hi - 1]
            let pivot = max(min(x, y), min(max(x, y), z))
            // Dutch national flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi) > pivot.
            var lt = lo, i = lo, gt = hi - 1
            while i <= gt {
                let v = a[i]
                if v < pivot {
                    a.swapAt(lt, i); lt += 1; i += 1
                } else if v > pivot {
                    a.swapAt(i, gt); gt -= 1
                } else {
                    i += 1
                }
            }
            let below = ranks.prefix { $0 < lt }
            let equal = ranks.dropFirst(below.count).prefix { $0 <= gt }
            let above = ranks.dropFirst(below.count + equal.count)
            for r in equal { result[r] = Double(pivot) }
            // Recurse into the smaller side, loop on the larger (bounded stack).
            if lt - lo < hi - (gt + 1) {
                select(a, lo, lt, below, &result)
                lo = gt + 1; ranks = above
            } else {
                select(a, gt + 1, hi, above, &result)
                hi = lt; ranks = below
            }
        }
    }

    private static func insertionSort<T: BinaryFloatingPoint>(
        _ a: UnsafeMutableBufferPointer<T>, _ lo: Int, _ hi: Int
    ) {
        guard hi - lo > 1 else { return }
        for i in (lo + 1)..<hi {
            let v = a[i]
            var j = i - 1
            while j >= lo && a[j] > v { a[j + 1] = a[j]; j -= 1 }
            a[j + 1] = v
        }
    }
}
