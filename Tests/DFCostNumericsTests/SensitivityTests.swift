import Testing
@testable import DFCostNumerics

@Suite struct SensitivityTests {
    @Test func regressionRanksFactorsByStandardizedCoefficient() throws {
        // y = 3 a + b with independent uniforms: SRC_a = 3/sqrt(10) = 0.949, SRC_b = 0.316;
        // the model is exactly linear, so the SRCs are exact up to sample sd fluctuations
        // (relative ~ 1/sqrt(2n) ~ 0.5 % at n = 2e4); c has zero amounts and SRC ~ 0.
        let factors = ["c", "b", "a"].map { SimulationSpec.Factor(id: $0, distribution: .uniform(low: 0, high: 1)) }
        let spec = SimulationSpec(outputs: ["y"], factors: factors,
                                  terms: [.init(factors: [2], amounts: [3]), .init(factors: [1], amounts: [1]),
                                          .init(factors: [0], amounts: [0])])
        let result = try MonteCarlo.run(spec: spec, trials: 50_000, seed: 9,
                                        options: SimulationOptions(sensitivitySampleSize: 20_000))
        let s = result.sensitivity
        #expect(s.map(\.factorID) == ["a", "b", "c"])
        #expect(abs(s[0].standardizedCoefficient - 3 / 10.0.squareRoot()) < 0.01)
        #expect(abs(s[1].standardizedCoefficient - 1 / 10.0.squareRoot()) < 0.01)
        #expect(abs(s[2].standardizedCoefficient) < 0.01)
        #expect(s[0].spearman > s[1].spearman && abs(s[2].spearman) < 0.03)
    }

    @Test func ranksAverageTies() {
        #expect(Sensitivity.ranks([10, 20, 10, 30]) == [1.5, 3, 1.5, 4])
    }
}
