import DFCostNumerics
import Testing

/// A triple estimate (P10, most likely, P90) stands for the triangular whose own P10 and P90 are
/// the inputs, and its draws come back with those percentiles.
@Suite struct TrigenFitTests {
    static let triples: [(Double, Double, Double)] = [
        (0.95, 1.0, 1.3), (0.9, 1.0, 1.1), (0.8, 0.8, 1.5), (0.8, 1.5, 1.5), (1.0, 1.0001, 3.0),
        (0.5, 2.9999, 3.0), (100, 120, 400), (0.999999, 1.0, 1.000001),
    ]

    @Test(arguments: triples)
    func theFittedTriangularHasTheGivenPercentilesAndMode(_ t: (Double, Double, Double)) throws {
        let (p10, likely, p90) = t
        let fit = TrigenFit(p10: p10, likely: likely, p90: p90)
        #expect(fit.mode == likely)
        #expect(fit.low <= min(p10, likely) && fit.high >= max(p90, likely))
        let d = fit.triangular
        let scale = max(1, abs(p90))
        #expect(abs(d.quantile(0.1) - p10) <= 1e-9 * scale)
        #expect(abs(d.quantile(0.9) - p90) <= 1e-9 * scale)
        // The distribution a scenario declares draws from that triangular.
        let trigen = FactorDistribution.trigen(p10: p10, likely: likely, p90: p90)
        #expect(abs(trigen.quantile(0.1) - p10) <= 1e-9 * scale)
        #expect(abs(trigen.quantile(0.9) - p90) <= 1e-9 * scale)
        #expect(abs(trigen.mean - d.mean) <= 1e-12 * scale)
    }

    @Test func tripleEstimatesWithoutATriangularAreRejected() {
        #expect(throws: DistributionError.badTriple(p10: 1.0, likely: 1.5, p90: 1.3)) {
            try FactorDistribution.trigen(p10: 1.0, likely: 1.5, p90: 1.3).validate()
        }
        #expect(throws: DistributionError.badTriple(p10: 1.0, likely: 0.9, p90: 1.3)) {
            try FactorDistribution.trigen(p10: 1.0, likely: 0.9, p90: 1.3).validate()
        }
        #expect(throws: DistributionError.badTriple(p10: 1.0, likely: 1.0, p90: 1.0)) {
            try FactorDistribution.trigen(p10: 1.0, likely: 1.0, p90: 1.0).validate()
        }
        #expect(throws: DistributionError.notFinite(parameter: "p90")) {
            try FactorDistribution.trigen(p10: 1.0, likely: 1.0, p90: .infinity).validate()
        }
        // P10 0.1 with a long right tail needs a minimum below zero: no factor can be negative.
        let fit = TrigenFit(p10: 0.1, likely: 0.1, p90: 3)
        #expect(fit.low < 0)
        #expect(throws: DistributionError.negative(low: fit.low)) {
            try FactorDistribution.trigen(p10: 0.1, likely: 0.1, p90: 3).validate()
        }
    }

    /// A factor given as P10 0.95, most likely 1.0, P90 1.3 on an amount of 1: the simulated total's
    /// P10 and P90 are within four of their own standard errors of 0.95 and 1.3.
    @Test func simulatedPercentilesOfATripleEstimateComeBackWithinMonteCarloError() throws {
        let spec = SimulationSpec(outputs: ["y"], factors: [.init(id: "f", distribution: .trigen(p10: 0.95, likely: 1.0, p90: 1.3))],
                                  terms: [.init(factors: [0], amounts: [1])])
        let result = try MonteCarlo.run(spec: spec, trials: 200_000, seed: 11, threads: 1)
        let p10 = try #require(result.total.percentile(0.10)), p90 = try #require(result.total.percentile(0.90))
        #expect(p10.standardError > 0 && p90.standardError > 0)
        #expect(abs(p10.value - 0.95) <= 4 * p10.standardError)
        #expect(abs(p90.value - 1.3) <= 4 * p90.standardError)
    }
}
