import DFCostNumerics
import DFCostSimulation
import Testing

/// The warning of too few trials for the digits printed names the figure it means.
@Suite struct StandardErrorFigureTests {
    /// Two years: 2024 a narrow factor, 2025 the same plus −12 when the event's first state
    /// (probability 0.5) is drawn, so 2025's P50 falls between the two states' outcomes.
    static let spec = SimulationSpec(
        outputs: ["2024", "2025"], factors: [.init(id: "f", distribution: .uniform(low: 0.9, high: 1.1))],
        events: [.init(id: "fm-phaseout", probabilities: [0.5, 0.5])],
        terms: [.init(factors: [0], amounts: [10, 10]), .init(factors: [], event: 0, amountsByState: [[0, -12], [0, 0]])])

    @Test func theWarningNamesThePercentileTheYearTheScenarioAndTheConditionThatSplitsIt() throws {
        let result = try MonteCarlo.run(spec: Self.spec, trials: 2_000, seed: 1, threads: 1)
        let warnings = SimulationWarning.trialWarnings(result, percentiles: [0.1, 0.5, 0.85, 0.9], scenario: "risiko",
                                                       years: [2024, 2025], spec: Self.spec)
        guard case .tooFewTrialsForDigits(2_000, _, 0.01, _, let figure) = try #require(warnings.first?.kind) else {
            Issue.record("\(warnings)")
            return
        }
        #expect(figure == SimulationWarning.Figure(scenario: "risiko", statistic: .percentile(0.5), span: .year(2025), splitBy: ["fm-phaseout"]))
        #expect(warnings.first?.message.contains("(of P50 of 2025 in the scenario 'risiko', split by the condition fm-phaseout)") == true)
    }

    /// Without an event the figure is named but nothing splits it; the last cumulative level is
    /// named as the tables name it, the total of the summed years.
    @Test func aFigureNoConditionSplitsIsNamedWithoutOne() throws {
        let spec = SimulationSpec(outputs: ["2024", "2025"], factors: [.init(id: "f", distribution: .uniform(low: 0, high: 2))],
                                  terms: [.init(factors: [0], amounts: [10, 10])])
        let result = try MonteCarlo.run(spec: spec, trials: 2_000, seed: 1, threads: 1)
        let warnings = SimulationWarning.trialWarnings(result, percentiles: [0.5], scenario: "s", years: [2024, 2025], spec: spec)
        guard case .tooFewTrialsForDigits(_, _, _, _, let figure) = try #require(warnings.first?.kind) else {
            Issue.record("\(warnings)")
            return
        }
        let named = try #require(figure)
        #expect(named.splitBy.isEmpty)
        #expect(named.span == .total(first: 2024, last: 2025))
        #expect(named.scenario == "s")
    }
}
