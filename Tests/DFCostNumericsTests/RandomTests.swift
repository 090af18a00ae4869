import Testing
@testable import DFCostNumerics

@Suite struct RandomTests {
    /// Known-answer vectors of Random123 (kat_vectors, philox4x32 with 10 rounds).
    @Test(arguments: [
        ((0, 0, 0, 0), UInt64(0), (0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8)),
        ((0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff), UInt64.max,
         (0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd)),
        ((0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344), UInt64(0x299f_31d0_a409_3822),
         (0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1)),
    ] as [((UInt32, UInt32, UInt32, UInt32), UInt64, (UInt32, UInt32, UInt32, UInt32))])
    func philoxMatchesRandom123KnownAnswers(
        counter: (UInt32, UInt32, UInt32, UInt32), key: UInt64,
        expected: (UInt32, UInt32, UInt32, UInt32)
    ) {
        let out = Philox.block(key: key, counter: counter)
        #expect(out == expected)
    }

    @Test func fnv1aMatchesPublishedValues() {
        #expect(StreamKey.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(StreamKey.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StreamKey.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func uniformsStayInOpenInterval() {
        #expect(Philox.openUniform(0) == 0x1p-54)
        #expect(Philox.openUniform(.max) == 1 - 0x1p-54)
        let p = Philox(seed: 7)
        for t in 0..<10_000 {
            let u = p.uniform(stream: StreamKey(id: "x"), trial: t)
            #expect(u > 0 && u < 1)
        }
    }

    @Test func drawDependsOnlyOnCoordinates() {
        let p = Philox(seed: 99), s = StreamKey(id: "s")
        var block = [Double](repeating: 0, count: 7)
        block.withUnsafeMutableBufferPointer { b in
            Kernels.fillUniforms(p, stream: s.rawValue, first: 13, count: 7, b.baseAddress!)
        }
        #expect(block == (13..<20).map { p.uniform(stream: s, trial: $0) })
        #expect(p.uniform(stream: s, trial: 5) != p.uniform(stream: StreamKey(id: "t"), trial: 5))
        #expect(p.uniform(stream: s, trial: 5) != Philox(seed: 100).uniform(stream: s, trial: 5))
    }

    /// Reference values from scipy.stats.norm (ppf and cdf).
    @Test(arguments: [(0.975, 1.959963984540054), (1e-10, -6.361340902404056),
                      (0.3, -0.5244005127080409), (1 - 1e-15, 7.941444487415979)])
    func normalQuantileMatchesReference(p: Double, expected: Double) {
        let q = Normal.quantile(p)
        #expect(abs(q - expected) <= 1e-12 * abs(expected))
        if p < 0.99 { #expect(abs(Normal.cdf(q) - p) <= 1e-14 * p) }
    }

    @Test func normalCDFIsAccurateInTheTail() {
        #expect(abs(Normal.cdf(-7.5) / 3.1908916729108844e-14 - 1) < 1e-12)
        #expect(Normal.cdf(0) == 0.5)
        #expect(Normal.quantile(0) == -.infinity && Normal.quantile(1) == .infinity)
    }
}

@Suite struct KernelTests {
    @Test func blockNormalsEqualScalarQuantileBitForBit() {
        let n = 10_000
        var values = (0..<n).map { Philox(seed: 3).uniform(stream: StreamKey(id: "k"), trial: $0) }
        values += [1e-300, 0x1p-54, 1 - 0x1p-54, 0.075, 0.925]  // tails and branch edges
        let expected = values.map(Normal.quantile)
        let index = UnsafeMutablePointer<Int32>.allocate(capacity: values.count)
        let tail = UnsafeMutablePointer<Double>.allocate(capacity: values.count)
        defer { index.deallocate(); tail.deallocate() }
        values.withUnsafeMutableBufferPointer { b in
            Kernels.uniformsToNormals(b.baseAddress!, count: b.count, .init(index: index, value: tail))
        }
        #expect(values == expected)
    }

    @Test func tabulatedNormalCDFMatchesErfc() {
        // Documented accuracy: a few ulps absolute in the body; 1e-12 relative in the tails.
        let table = UnsafePointer(NormalTable.table)
        var z = -8.5
        while z <= 8.5 {
            let exact = Normal.cdf(z), fast = NormalTable.cdf(z, table)
            #expect(abs(fast - exact) <= 4e-16 && abs(fast - exact) <= 1e-12 * exact)
            z += 0.000_731
        }
        #expect(NormalTable.cdf(-20, table) == Normal.cdf(-20))
    }
}
