@testable import DFCostNumerics
import Testing

/// One definition of a distribution: its kind, its parameters as written, the way back from them,
/// and the kernel every distribution can fall back on.
@Suite struct DistributionDefinitionTests {
    static let samples: [FactorDistribution] = [
        .triangular(low: 0.9, mode: 1.0, high: 1.3), .pert(low: 0.9, mode: 1.0, high: 1.3),
        .uniform(low: 0.8, high: 1.2), .lognormal(p10: 0.8, p90: 1.4), .trigen(p10: 0.95, likely: 1.0, p90: 1.3),
    ]

    @Test func theSamplesCoverEveryKind() {
        #expect(Set(Self.samples.map(\.kind)) == Set(DistributionKind.allCases))
    }

    @Test(arguments: samples)
    func aDistributionIsRebuiltFromItsKindAndParameters(_ d: FactorDistribution) {
        #expect(d.parameters.count == d.kind.parameterNames.count)
        #expect(FactorDistribution(d.kind, parameters: d.parameters) == d)
        #expect(FactorDistribution(d.kind, parameters: d.parameters + [1]) == nil)
        #expect(d.map { $0 * 2 }.parameters == d.parameters.map { $0 * 2 })
    }

    @Test func theNamesAreTheScenarioFileWords() {
        #expect(DistributionKind.allCases.map(\.rawValue) == ["triangular", "pert", "uniform", "lognormal", "trigen"])
        #expect(DistributionKind.lognormal.parameterNames == ["p10", "p90"])
        #expect(DistributionKind.trigen.parameterNames == ["p10", "likely", "p90"])
    }

    /// The general kernel (a distribution's own quantile) agrees with each precomputed kernel,
    /// from uniforms and from copula normals.
    @Test(arguments: samples, [false, true])
    func theQuantileKernelAgreesWithThePrecomputedOne(_ d: FactorDistribution, normal: Bool) {
        let input: [Double] = normal ? [-2.5, -1, -0.1, 0, 0.3, 1.2, 2.9] : [0.001, 0.1, 0.35, 0.5, 0.77, 0.9, 0.999]
        var fast = [Double](repeating: 0, count: input.count), general = fast
        var node = [Int32](repeating: 0, count: input.count)
        input.withUnsafeBufferPointer { i in
            Kernels.applyQuantile(FactorKernel(d), inputIsNormal: normal, count: input.count, i.baseAddress!, &fast, node: &node)
            Kernels.applyQuantile(.quantile(d), inputIsNormal: normal, count: input.count, i.baseAddress!, &general, node: &node)
        }
        for (a, b) in zip(fast, general) { #expect(abs(a - b) < 1e-9, "\(d): \(a) vs \(b)") }
    }
}
