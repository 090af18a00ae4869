import DFCostModel
import DFCostNotation
@testable import DFCostScenario
import Testing

@Suite struct SweepTests {
    /// The sweep's lookup tables must give, for every combination, exactly the totals the scenario
    /// engine gives when the same what-ifs are applied directly.
    @Test func everyCombinationEqualsApplyingTheScenarioDirectly() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let parameters = [
            try SweepParameter.parse("condition:fm-phaseout=delayed:0..2"),
            try SweepParameter.parse("scale:solution:e-resept=0.8..1.2:0.2"),
            try SweepParameter.parse("shift:tag:dokumentdeling=0|1"),
        ]
        let sweep = try Sweep(scenario: scenario, parameters: parameters)
        #expect(sweep.combinations == 3 * 3 * 2)
        var seen = 0
        var mismatches: [String] = []
        try sweep.forEachCombination { digits, totals in
            var options = ApplyOptions()
            for (j, p) in parameters.enumerated() { Sweep.add(p, value: digits[j], to: &options) }
            do {
                let expected = try scenario.apply(options).totals()
                for (k, year) in sweep.years.enumerated() {
                    let got = try ExactDecimal(significand: totals[k], scale: sweep.scale)
                    if got != expected.totals[year] { mismatches.append("\(Array(digits)) \(year): \(got) vs \(expected.totals[year]!)") }
                }
                let horizon = try ExactDecimal(significand: totals[sweep.years.count], scale: sweep.scale)
                if horizon != expected.horizonTotal { mismatches.append("\(Array(digits)) total") }
            } catch {
                mismatches.append("\(error)")
            }
            seen += 1
            return true
        }
        #expect(seen == 18)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func firstParameterVariesSlowestAndHandWorkedRowsMatch() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let sweep = try Sweep(scenario: scenario, parameters: [
            try SweepParameter.parse("condition:fm-phaseout=delayed:0..1"),
            try SweepParameter.parse("scale:solution:e-resept=0.8|1"),
        ])
        var rows: [[Int64]] = []
        try sweep.forEachCombination { _, totals in rows.append(Array(totals)); return true }
        // delayed:1, e-resept ×0.8: 2024 = 40 + 0.8 × 53 = 82.4; 2025 = 31.5 + 1.6 = 33.1; 2026 = 12 − 9.6 = 2.4.
        let scale = sweep.scale
        func units(_ text: String) -> Int64 { dec(text).integerUnits(atScale: scale)! }
        #expect(rows.count == 4)
        #expect(rows[0] == [units("82.4"), units("23.5"), units("12"), units("117.9")])
        #expect(rows[2] == [units("82.4"), units("33.1"), units("2.4"), units("117.9")])
        #expect(rows[3] == [units("93"), units("33.5"), units("0"), units("126.5")])
    }

    @Test(arguments: ["fm-phaseout=none", "condition:fm-phaseout=later", "scale:solution:e-resept=1.5..0.8", "bogus:x=1", "shift:tag:x=a"])
    func rejectsMalformedVary(_ text: String) {
        #expect(throws: ScenarioError.self) { try SweepParameter.parse(text) }
    }

    @Test func rejectsAnUnknownConditionWithASuggestion() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        do {
            _ = try Sweep(scenario: scenario, parameters: [try SweepParameter.parse("condition:fm-phaseot=none|full")])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("did you mean 'fm-phaseout'"))
        }
    }
}
