import Testing
@testable import DFCostNumerics

@Suite struct QuantileTests {
    @Test func type7MatchesNumPyOnSmallSample() {
        // numpy.quantile([1, 2, 3, 4, 10], [0.1, 0.5, 0.85, 0.9]) = [1.4, 3.0, 7.6, 7.6... ]:
        // h = 4p: 0.4 -> 1.4; 2 -> 3; 3.4 -> 4 + 0.4 * 6 = 6.4; 3.6 -> 4 + 0.6 * 6 = 7.6.
        let x: [Double] = [1, 2, 3, 4, 10]
        let expected = [1.4, 3.0, 6.4, 7.6]
        for (p, e) in zip([0.1, 0.5, 0.85, 0.9], expected) {
            #expect(abs(Quantile.type7(sorted: x, p: p) - e) < 1e-12)
        }
        #expect(Quantile.type7(sorted: x, p: 0) == 1 && Quantile.type7(sorted: x, p: 1) == 10)
    }

    @Test func selectionAgreesWithSorting() {
        let p = Philox(seed: 5), s = StreamKey(id: "q")
        var values = (0..<10_001).map { Normal.quantile(p.uniform(stream: s, trial: $0 % 7000)) }
        let sorted = values.sorted()
        let probabilities = [0.0, 0.001, 0.1, 0.5, 0.85, 0.9, 0.999, 1.0]
        let selected = Quantile.type7(selecting: &values, probabilities: probabilities)
        #expect(selected == probabilities.map { Quantile.type7(sorted: sorted, p: $0) })
    }

    @Test func selectionHandlesConstantAndTinySamples() {
        var constant = [Double](repeating: 3, count: 1000)
        #expect(Quantile.type7(selecting: &constant, probabilities: [0.1, 0.9]) == [3, 3])
        var one: [Double] = [42]
        #expect(Quantile.type7(selecting: &one, probabilities: [0, 0.5, 1]) == [42, 42, 42])
    }
}
