import Testing
@testable import DFCostNumerics

@Suite struct OrderStatisticsTests {
    /// 40 000 Float32 values with heavy ties, negatives, both zeros, tiny and huge
    /// magnitudes, and a dense cluster (as a simulated total has) that puts many wanted ranks
    /// in one top-16-bit bucket.
    static func column() -> [Float] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        return (0..<40_000).map { i -> Float in
            let u = Double(next()) * 0x1.0p-53
            switch i % 7 {
            case 0: return Float(Int(u * 9) - 4)               // small integers: ties
            case 1: return i % 2 == 0 ? -0.0 : 0.0
            case 2: return Float(134.5 + (u - 0.5) * 0.001)    // dense cluster
            case 3: return Float(-1e30 * u)
            case 4: return Float(1e-40 * u)                    // subnormal
            default: return Float(134.5 + (u - 0.5) * 40)
            }
        }
    }

    @Test func radixOrderStatisticsEqualSortedValues() {
        let values = Self.column()
        let sorted = values.sorted()
        let n = values.count
        let ranks = [0, 1, n / 10, n / 2 - 1, n / 2, n / 2 + 1, 17_141, 34_000, n - 2, n - 1]
            + (0..<20).map { ($0 * 7919) % n }
        var histogram = [Int](repeating: 0, count: OrderStatistics.buckets)
        values.withUnsafeBufferPointer { column in
            histogram.withUnsafeMutableBufferPointer {
                OrderStatistics.count(column.baseAddress!, n, into: $0.baseAddress!)
            }
            let counted = OrderStatistics.values(column, ranks: ranks)
            let given = histogram.withUnsafeBufferPointer {
                OrderStatistics.values(column, ranks: ranks, histogram: $0.baseAddress!)
            }
            for r in ranks {
                #expect(counted[r] == Double(sorted[r]), "rank \(r)")
                #expect(given[r] == Double(sorted[r]), "rank \(r)")
            }
        }
    }

    @Test(arguments: [Float(-3.5), -0.0, 0.0, .leastNonzeroMagnitude, 1, 134.64767, .greatestFiniteMagnitude, -.infinity])
    func orderKeyRoundTripsAndKeepsOrder(_ x: Float) {
        #expect(OrderStatistics.value(key: OrderStatistics.key(x)).bitPattern == x.bitPattern)
        #expect(OrderStatistics.key(x) < OrderStatistics.key(x.nextUp))
    }
}
