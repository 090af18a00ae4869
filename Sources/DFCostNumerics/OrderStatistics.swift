/// Order statistics of large Float32 columns by a radix histogram, without sorting or
/// reordering: two linear passes instead of repeated partitioning.
///
/// Pass 1 histograms the top 16 bits of an order-preserving integer key of each value;
/// prefix sums locate the bucket holding each wanted rank. Pass 2 copies only the values
/// of those buckets (a few thousand of 1e7 for smooth data); multiple quickselect on the
/// copies finishes the job. Exact: the result equals selection on the full column
/// (except that -0 sorts below +0, which compare equal anyway).
enum OrderStatistics {
    /// Monotone map from Float to UInt32: flip all bits of negatives, the sign bit of
    /// non-negatives.
    @inline(__always)
    static func key(_ x: Float) -> UInt32 {
        let bits = x.bitPattern
        return bits & 0x8000_0000 != 0 ? ~bits : bits | 0x8000_0000
    }

    /// The values at the zero-based `ranks` of the ascending order of `column`.
    /// - Complexity: O(n + 65536) plus selection within the wanted buckets.
    static func values(_ column: UnsafeBufferPointer<Float>, ranks: [Int]) -> [Int: Double] {
        let n = column.count
        let wanted = Array(Set(ranks)).sorted()
        precondition(wanted.allSatisfy { (0..<n).contains($0) }, "rank out of range")
        let buckets = 1 << 16
        var histogram = [Int](repeating: 0, count: buckets + 1)
        histogram.withUnsafeMutableBufferPointer { h in
            for x in column { h[Int(key(x) >> 16)] &+= 1 }
        }
        // Exclusive prefix sums: start[b] = number of values in buckets < b.
        var start = [Int](repeating: 0, count: buckets + 1)
        for b in 0..<buckets { start[b + 1] = start[b] + histogram[b] }
        var slotOfBucket = [Int32](repeating: -1, count: buckets)
        var chosen: [Int] = []  // bucket per slot
        for r in wanted {
            // The bucket b with start[b] <= r < start[b + 1] (binary search).
            var lo = 0, hi = buckets
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if start[mid] <= r { lo = mid } else { hi = mid }
            }
            if slotOfBucket[lo] < 0 {
                slotOfBucket[lo] = Int32(chosen.count)
                chosen.append(lo)
            }
        }
        var gathered = chosen.map { b -> [Float] in
            var a: [Float] = []
            a.reserveCapacity(histogram[b])
            return a
        }
        slotOfBucket.withUnsafeBufferPointer { slots in
            for x in column {
                let s = slots[Int(key(x) >> 16)]
                if s >= 0 { gathered[Int(s)].append(x) }
            }
        }
        var result: [Int: Double] = [:]
        for (slot, b) in chosen.enumerated() {
            let local = wanted.filter { start[b] <= $0 && $0 < start[b + 1] }
            let found = gathered[slot].withUnsafeMutableBufferPointer {
                Quantile.orderStatistics($0, ranks: local.map { $0 - start[b] })
            }
            for r in local { result[r] = found[r - start[b]]! }
        }
        return result
    }
}
