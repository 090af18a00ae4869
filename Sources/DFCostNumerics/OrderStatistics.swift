/// Order statistics of large Float32 columns by radix histograms, without sorting,
/// copying or reordering.
///
/// A Float32 is determined by its 32 bits, and `key` maps them to an unsigned integer in the
/// same order. Level 1 counts the top 16 bits of every key (`histogram`, which
/// `ColumnStore` builds while it records the column); prefix sums locate the bucket holding
/// each wanted rank and its rank inside the bucket. One more pass over the column copies out
/// the keys in those buckets (typically a tenth of the column), and the next 8 bits are counted
/// in the copies; the copies with a wanted 24-bit prefix are copied out again and their last
/// 8 bits counted, and that count gives the full key, hence the value, of each wanted rank.
/// Exact: the result equals selection on the full column (except that -0 sorts below +0,
/// which compare equal anyway).
///
/// The refining passes are branch-free: every key is written to the copies and the end moves
/// only past a wanted one, so no branch depends on the data (a data-dependent branch
/// mispredicts on 10-30 % of the values), and no pass counts a key it does not want (one
/// table counting all of those would make every increment wait on the previous store). All
/// tables are 256 counts per prefix, in L1 (16-bit tables for the refinement would spill to
/// L3 when several buckets are wanted, at a cache miss per value).
enum OrderStatistics {
    /// Buckets of level 1 (and of level 2): 16 bits each.
    static let buckets = 1 << 16

    /// Monotone map from Float to UInt32: flip all bits of negatives, the sign bit of
    /// non-negatives.
    @inline(__always)
    static func key(_ x: Float) -> UInt32 {
        let bits = x.bitPattern
        return bits & 0x8000_0000 != 0 ? ~bits : bits | 0x8000_0000
    }

    /// The Float whose key is `k` (the inverse of `key`).
    @inline(__always)
    static func value(key k: UInt32) -> Float {
        Float(bitPattern: k & 0x8000_0000 != 0 ? k & 0x7FFF_FFFF : ~k)
    }

    /// Adds the level-1 counts of `x[0..<n]` to `histogram` (`buckets` entries).
    @inline(__always)
    static func count(_ x: UnsafePointer<Float>, _ n: Int, into histogram: UnsafeMutablePointer<Int>) {
        for r in 0..<n { histogram[Int(key(x[r]) >> 16)] &+= 1 }
    }

    /// The values at the zero-based `ranks` of the ascending order of `column`.
    /// - Parameter histogram: the level-1 counts of the column (`count(_:_:into:)`), or nil
    ///   to count them here.
    /// - Complexity: one pass over the column (two without `histogram`), one over the keys in
    ///   the wanted buckets, plus O(65536) per wanted bucket; memory 4 bytes per key in them.
    static func values(_ column: UnsafeBufferPointer<Float>, ranks: [Int],
                       histogram given: UnsafePointer<Int>? = nil) -> [Int: Double] {
        let n = column.count
        let wanted = Array(Set(ranks)).sorted()
        precondition(wanted.allSatisfy { (0..<n).contains($0) }, "rank out of range")
        var counted: [Int] = []
        if given == nil {
            counted = [Int](repeating: 0, count: buckets)
            counted.withUnsafeMutableBufferPointer { count(column.baseAddress!, n, into: $0.baseAddress!) }
        }
        // Exclusive prefix sums: start[b] = number of values in buckets < b.
        var start = [Int](repeating: 0, count: buckets + 1)
        counted.withUnsafeBufferPointer { own in
            let h = given ?? own.baseAddress!
            for b in 0..<buckets { start[b + 1] = start[b] + h[b] }
        }
        var slotOfBucket = [Int32](repeating: -1, count: buckets)
        var chosen: [Int] = []  // bucket per slot
        var bucketOfRank: [Int: Int] = [:]
        for r in wanted {
            // The bucket b with start[b] <= r < start[b + 1] (binary search).
            var lo = 0, hi = buckets
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if start[mid] <= r { lo = mid } else { hi = mid }
            }
            bucketOfRank[r] = lo
            if slotOfBucket[lo] < 0 {
                slotOfBucket[lo] = Int32(chosen.count)
                chosen.append(lo)
            }
        }
        // Level 2: the keys in the chosen buckets copied out (branch-free: every key is
        // written, the end moves only past a chosen one), then bits 8-15 of the copies
        // counted. Counting in the copies rather than in the pass over the column keeps that
        // pass free of histogram increments: most keys fall in no chosen bucket, and counting
        // them in one spare table made each increment wait on the previous one's store.
        let inChosen = chosen.reduce(0) { total, b in
            counted.withUnsafeBufferPointer { total + (given ?? $0.baseAddress!)[b] }
        }
        let kept = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: inChosen + 1)
        defer { kept.deallocate() }
        var middle = [Int](repeating: 0, count: chosen.count * 256)
        slotOfBucket.withUnsafeBufferPointer { slots in
            var end = 0
            for x in column {
                let k = key(x)
                kept[end] = k
                end &+= 1 &+ Int(slots[Int(k >> 16)] >> 31)  // 1 for a chosen bucket, 0 for none (slot -1)
            }
            precondition(end == inChosen, "OrderStatistics: histogram does not match the column")
        }
        middle.withUnsafeMutableBufferPointer { m in
            slotOfBucket.withUnsafeBufferPointer { slots in
                for k in kept[0..<inChosen] {
                    m[Int(slots[Int(k >> 16)]) << 8 | Int((k >> 8) & 0xFF)] &+= 1
                }
            }
        }
        // Each wanted rank's 24-bit prefix and its rank among the keys below that prefix.
        var prefixSlot = [Int32](repeating: -1, count: chosen.count * 256)
        var prefixes: [(prefix: UInt32, below: Int)] = []
        var rankPrefix: [Int: Int] = [:]  // wanted rank -> index in prefixes
        for r in wanted {
            let lo = bucketOfRank[r]!, slot = Int(slotOfBucket[lo])
            var below = start[lo], d = 0
            while below + middle[slot << 8 | d] <= r { below += middle[slot << 8 | d]; d += 1 }
            if prefixSlot[slot << 8 | d] < 0 {
                prefixSlot[slot << 8 | d] = Int32(prefixes.count)
                prefixes.append((UInt32(lo) << 8 | UInt32(d), below))
            }
            rankPrefix[r] = Int(prefixSlot[slot << 8 | d])
        }
        // Level 3: bits 0-7 of the kept keys with a chosen 24-bit prefix, again copied out
        // first (in place: the write position never passes the read position) and counted
        // in the copies.
        var last = [Int](repeating: 0, count: prefixes.count * 256)
        var inPrefix = 0
        slotOfBucket.withUnsafeBufferPointer { slots in
            prefixSlot.withUnsafeBufferPointer { sub in
                for i in 0..<inChosen {
                    let k = kept[i]
                    kept[inPrefix] = k
                    let s = Int(slots[Int(k >> 16)])
                    inPrefix &+= 1 &+ Int(sub[s << 8 | Int((k >> 8) & 0xFF)] >> 31)
                }
            }
        }
        last.withUnsafeMutableBufferPointer { l in
            slotOfBucket.withUnsafeBufferPointer { slots in
                prefixSlot.withUnsafeBufferPointer { sub in
                    for k in kept[0..<inPrefix] {
                        let s = Int(slots[Int(k >> 16)])
                        l[Int(sub[s << 8 | Int((k >> 8) & 0xFF)]) << 8 | Int(k & 0xFF)] &+= 1
                    }
                }
            }
        }
        var result: [Int: Double] = [:]
        for r in wanted {
            let p = rankPrefix[r]!
            var below = prefixes[p].below, d = 0
            while below + last[p << 8 | d] <= r { below += last[p << 8 | d]; d += 1 }
            result[r] = Double(value(key: prefixes[p].prefix << 8 | UInt32(d)))
        }
        return result
    }
}
