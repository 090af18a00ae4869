import DFCostNumerics
import Testing

/// The change in the total's mean across an input's bins: deciles of a factor, states of an event.
@Suite struct MeanEffectTests {
    /// total = 10 × f + (event state 1 ? 6 : 0), f uniform on [0.9, 1.1], the event 50/50. The
    /// event's state means differ by 6 (± noise of the factor's sd 0.58 over 25 000 trials each);
    /// the factor's lowest and highest decile means are 10 × (0.91 and 1.09), 1.8 apart (± the
    /// event's sd 3 over 5 000 trials per decile, so within 0.3).
    @Test func eventsAndFactorsAreMeasuredByTheSpreadOfTheTotalsConditionalMeans() throws {
        let spec = SimulationSpec(
            outputs: ["y"], factors: [.init(id: "f", distribution: .uniform(low: 0.9, high: 1.1))],
            events: [.init(id: "e", probabilities: [0.5, 0.5])],
            terms: [.init(factors: [0], amounts: [10]), .init(factors: [], event: 0, amountsByState: [[0], [6]])])
        var options = SimulationOptions()
        options.sensitivitySampleSize = 50_000
        let result = try MonteCarlo.run(spec: spec, trials: 50_000, seed: 3, threads: 2, options: options)
        let factor = try #require(result.meanEffects.first { $0.input == .factor(0) })
        let event = try #require(result.meanEffects.first { $0.input == .event(0) })
        #expect(event.id == "e" && event.binMeans.count == 2)
        #expect(abs(event.spread - 6) < 0.1)
        #expect(factor.binMeans.count == 10 && factor.binCounts.reduce(0, +) == 50_000)
        #expect(abs(factor.spread - 1.8) < 0.3)
        // Thread count does not change the figures.
        let again = try MonteCarlo.run(spec: spec, trials: 50_000, seed: 3, threads: 1, options: options)
        #expect(again.meanEffects == result.meanEffects)
    }

    /// A scenario whose only uncertainty is an event still gets the event's effect.
    @Test func anEventAloneIsMeasured() throws {
        let spec = SimulationSpec(outputs: ["y"], factors: [], events: [.init(id: "e", probabilities: [0.25, 0.75])],
                                  terms: [.init(factors: [], event: 0, amountsByState: [[1], [5]])])
        var options = SimulationOptions()
        options.sensitivitySampleSize = 10_000
        let result = try MonteCarlo.run(spec: spec, trials: 10_000, seed: 1, threads: 1, options: options)
        let event = try #require(result.meanEffects.first)
        #expect(event.binMeans == [1, 5])
        #expect(event.spread == 4)
    }
}
