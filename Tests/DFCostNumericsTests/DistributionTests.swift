import Testing
@testable import DFCostNumerics

@Suite struct DistributionTests {
    /// Sample mean and variance of `n` draws `quantile(u)` with Philox uniforms.
    static func moments(_ d: FactorDistribution, n: Int) -> (mean: Double, variance: Double) {
        let p = Philox(seed: 2024), s = StreamKey(id: "moments")
        var sum = 0.0, sumSquares = 0.0
        let values = (0..<n).map { d.quantile(p.uniform(stream: s, trial: $0)) }
        for x in values { sum += x }
        let mean = sum / Double(n)
        for x in values { sumSquares += (x - mean) * (x - mean) }
        return (mean, sumSquares / Double(n - 1))
    }

    @Test(arguments: [FactorDistribution.triangular(low: 0.9, mode: 1.0, high: 1.3),
                      .triangular(low: 0, mode: 0, high: 2),
                      .pert(low: 0.9, mode: 1.0, high: 1.3), .pert(low: 2, mode: 2, high: 5),
                      .uniform(low: -1, high: 3), .lognormal(p10: 0.8, p90: 1.5)])
    func sampleMomentsMatchClosedForms(d: FactorDistribution) {
        let n = 200_000
        let (mean, variance) = Self.moments(d, n: n)
        // 5 standard errors: SE(mean) = sigma / sqrt n; SE(variance) = sigma^2 sqrt((kurt - 1) / n)
        // with kurtosis <= 5 for these shapes (the lognormal here has sigma ~0.24, kurtosis ~4.9;
        // triangular 2.4; the most skewed PERT, Beta(1, 5), 4.2).
        let sigma = d.variance.squareRoot()
        #expect(abs(mean - d.mean) < 5 * sigma / Double(n).squareRoot())
        #expect(abs(variance - d.variance) < 5 * d.variance * (4.0 / Double(n)).squareRoot())
    }

    @Test(arguments: [FactorDistribution.triangular(low: 0.9, mode: 1.0, high: 1.3),
                      .pert(low: 0.9, mode: 1.0, high: 1.3), .pert(low: 0, mode: 0, high: 1),
                      .uniform(low: 0, high: 1), .lognormal(p10: 1, p90: 2)])
    func quantileIsMonotone(d: FactorDistribution) {
        var previous = -Double.infinity
        for i in 1..<2000 {
            let q = d.quantile(Double(i) / 2000)
            #expect(q >= previous)
            previous = q
        }
    }

    @Test func symmetricMedianIsTheMode() {
        #expect(FactorDistribution.triangular(low: 0, mode: 1, high: 2).quantile(0.5) == 1)
        #expect(abs(FactorDistribution.pert(low: 0, mode: 1, high: 2).quantile(0.5) - 1) < 1e-12)
        #expect(abs(FactorDistribution.lognormal(p10: 1, p90: 4).quantile(0.5) - 2) < 1e-12)
    }

    @Test func lognormalHitsItsPercentiles() {
        let d = FactorDistribution.lognormal(p10: 0.8, p90: 1.5)
        #expect(abs(d.quantile(0.1) - 0.8) < 1e-12 && abs(d.quantile(0.9) - 1.5) < 1e-12)
    }

    /// Reference values from scipy.stats.beta.ppf.
    @Test(arguments: [(2.0, 5.0, 0.5, 0.26444998329566005), (1.0, 5.0, 0.01, 0.0020080483385741996),
                      (4.2, 1.8, 0.99, 0.9768654738077353), (3.0, 3.0, 1e-9, 0.0004642666601310034)])
    func betaQuantileMatchesReference(a: Double, b: Double, p: Double, expected: Double) {
        let beta = Beta(alpha: a, beta: b)
        #expect(abs(beta.quantile(p) - expected) < 1e-12 * expected)
        #expect(abs(beta.cdf(beta.quantile(p)) - p) < 1e-13)
    }

    @Test func incompleteBetaMatchesReference() {
        #expect(abs(Beta(alpha: 2, beta: 5).cdf(0.3) - 0.5798250000000003) < 1e-14)
    }

    @Test func invalidParametersAreRejected() {
        #expect(throws: DistributionError.badOrder(low: 1, mode: 0.5, high: 2)) {
            try FactorDistribution.triangular(low: 1, mode: 0.5, high: 2).validate()
        }
        #expect(throws: DistributionError.badOrder(low: 1, mode: 1, high: 1)) {
            try FactorDistribution.pert(low: 1, mode: 1, high: 1).validate()
        }
        #expect(throws: DistributionError.badPercentiles(p10: 0, p90: 1)) {
            try FactorDistribution.lognormal(p10: 0, p90: 1).validate()
        }
        #expect(throws: DistributionError.notFinite(parameter: "high")) {
            try FactorDistribution.uniform(low: 0, high: .infinity).validate()
        }
    }
}
