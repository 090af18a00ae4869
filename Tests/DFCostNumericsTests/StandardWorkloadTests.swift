import Testing
@testable import DFCostNumerics

/// The standard workload of shared/bench/WORKLOAD.md, against the NumPy peer.
@Suite struct StandardWorkloadTests {
    /// The 14 lines of mc_reference.py: summed amounts for 2024, 2025, 2026 and the group.
    static let lines: [([Double], String)] = [
        ([55.0, 0.0, 0.0], "PLL"), ([-2.0, -12.0, 0.0], "PLL"), ([0.0, 2.0, 0.0], "PLL"),
        ([0.0, 0.0, 0.0], "DBEP"), ([8.0, 9.5, 0.0], "PDS"), ([17.0, 0.0, 0.0], "PDS"),
        ([0.5, 0.5, 0.0], "PDS"), ([0.0, 0.0, 0.0], "DBEP"), ([3.0, 0.0, 0.0], "PDS"),
        ([10.0, 13.5, 12.0], "HN"), ([-4.0, 0.0, 0.0], "HN"), ([2.5, 2.0, 0.0], "PDS"),
        ([3.0, 6.0, 0.0], "PDS"), ([0.0, 0.0, 0.0], "MF"),
    ]

    static func spec() throws -> SimulationSpec {
        let factors = lines.indices.map {
            SimulationSpec.Factor(id: "line\($0 + 10)",
                                  distribution: .triangular(low: 0.9, mode: 1.0, high: 1.3))
        }
        let groups = ["PLL", "DBEP", "PDS", "HN", "MF"].map { g in
            CorrelationMatrix.Group(members: lines.indices.filter { lines[$0].1 == g }, coefficient: 0.6)
        }
        return SimulationSpec(
            outputs: ["2024", "2025", "2026"], factors: factors,
            correlation: try CorrelationMatrix(names: factors.map(\.id), groups: groups),
            terms: lines.indices.map { .init(factors: [$0], amounts: lines[$0].0) })
    }

    @Test func horizonTotalMatchesNumPyPeer() throws {
        // Peer: `mc_reference.py --trials 1e7` (seed 42). The total has sd ~6.3, so at
        // n = 1e6 trials SE(mean) ~0.0063 and SE(P90) = sqrt(0.09/n)/f(x) with
        // f ~ phi(1.28)/6.3 = 0.028 gives ~0.011; the peer's own error at 1e7 is ~3x
        // smaller. The 0.1 % tolerance (0.13-0.14) is therefore > 9 combined SE.
        let result = try MonteCarlo.run(spec: Self.spec(), trials: 1_000_000, seed: 42)
        let total = result.total
        #expect(abs(total.mean - 134.93493309940158) < 1e-3 * 134.93)
        let reference: [(Double, Double)] = [
            (0.10, 127.00989434060125), (0.50, 134.6437256714431),
            (0.85, 141.5918640756709), (0.90, 143.2634102687054),
        ]
        for (p, expected) in reference {
            let value: Double = total.percentile(p)!.value
            #expect(abs(value - expected) < 1e-3 * expected, "P\(Int(p * 100))")
        }
        #expect(abs(result.column("2024")!.mean - 99.20064112595865) < 1e-3 * 99.2)
        #expect(abs(result.column("2026")!.percentile(0.9)!.value - 14.285655509766732) < 1e-3 * 14.29)
    }
}
