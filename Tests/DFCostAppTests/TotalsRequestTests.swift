import DFCostApp
import DFCostModel
import DFCostNotation
import DFCostScenario
import Testing

/// `totals` as a library call: a request value in, a result value out.
@Suite struct TotalsRequestTests {
    @Test func aRequestWithoutBreakdownGivesTheTotalsOfTheAppliedScenario() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let result = try TotalsRequest(scenario: scenario).run()
        #expect(result.totals == (try scenario.apply().totals()))
        #expect(result.payers == nil && result.initiatives == nil)
    }

    @Test func theInitiativeBreakdownIsComputedOnTheResult() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let result = try TotalsRequest(scenario: scenario, breakdown: .initiative).run()
        let expected = try InitiativeSubtotals(table: result.applied.table, totals: result.totals)
        #expect(result.initiatives == expected)
        #expect(result.payers == nil)
    }

    @Test func thePayerBreakdownIsComputedOnTheResult() throws {
        let scenario = try ScenarioLoader.load(path: Paths.example("payers-2024.toml"))
        let result = try TotalsRequest(scenario: scenario, breakdown: .payer).run()
        #expect(result.payers == (try result.applied.payerAllocation(result.totals)))
    }

    @Test func aPayerBreakdownWithoutPayerKeysIsATypedErrorThatNamesNoFlag() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        #expect(throws: TotalsRequestError.noPayerKeys(scenario: scenario.name)) {
            try TotalsRequest(scenario: scenario, breakdown: .payer).run()
        }
        #expect(!TotalsRequestError.noPayerKeys(scenario: "x").description.contains("--"))
    }

    @Test func theWhatIfsAreAppliedAndTheirWarningsKept() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let options = ApplyOptions(operations: [try WhatIf.scale("tag:no-such-tag=2")])
        let result = try TotalsRequest(scenario: scenario, whatIfs: options).run()
        #expect(result.warnings.count == 1)
        #expect(result.warnings == result.applied.warnings)
    }
}
