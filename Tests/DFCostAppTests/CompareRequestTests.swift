import DFCostApp
import DFCostModel
import DFCostNotation
import DFCostScenario
import DFCostTestSupport
import Testing

/// `compare` as a library call: files in, each comparison and the layout out.
@Suite struct CompareRequestTests {
    @Test func twoScenariosOfOneTableAreComparedInDetail() throws {
        let result = try CompareRequest(base: Paths.published, others: [Paths.example("fm-delayed-1y.toml")]).run()
        #expect(result.layout == .detailed)
        #expect(result.rounds == nil)
        #expect(result.others.map(\.file) == [Paths.example("fm-delayed-1y.toml")])
        #expect(result.hasChanges)
        #expect(result.inputs.contains(Paths.published))
    }

    @Test func twoOthersOrAnotherRoundGoSideBySideUnlessDetailIsAskedFor() throws {
        let others = [Paths.example("fm-delayed-1y.toml"), Paths.example("overrun-20.toml")]
        let two = try CompareRequest(base: Paths.published, others: others).run()
        #expect(two.layout == .sideBySide)
        #expect(two.rounds?.columns.count == 3)
        let round = try CompareRequest(base: Paths.published, others: [Paths.example("examples/illustrativ-runde-2.toml")]).run()
        #expect(round.layout == .sideBySide)
        let asked = try CompareRequest(base: Paths.published, others: others, preference: .init(detailed: true)).run()
        #expect(asked.layout == .detailed && asked.rounds == nil)
    }

    @Test func theLayoutIsOneDecisionForCompareAndReport() throws {
        let base = try ScenarioLoader.load(path: Paths.published)
        let round = try ScenarioLoader.load(path: Paths.example("examples/illustrativ-runde-2.toml"))
        let report = try ReportRequest(scenario: base, comparedWith: [round]).run()
        #expect(ComparisonLayout.choose(base: base, others: [round]) == .sideBySide)
        #expect(report.rounds != nil)
        let derived = try ScenarioLoader.load(path: Paths.example("overrun-20.toml"))
        #expect(ComparisonLayout.choose(base: base, others: [derived]) == .detailed)
        #expect(try ReportRequest(scenario: base, comparedWith: [derived]).run().rounds == nil)
    }

    @Test func aFailureNamesItsFileAndKeepsWhatWasComparedBefore() throws {
        let missing = Paths.example("no-such-file.toml")
        let failure = try #require(throws: CompareFailure.self) {
            try CompareRequest(base: Paths.published, others: [Paths.example("overrun-20.toml"), missing]).run()
        }
        #expect(failure.file == missing)
        #expect(failure.underlying as? ScenarioError == .fileNotFound(missing))
        #expect(failure.completed.others.count == 1)
        #expect(failure.exitStatus == .noInput)
    }

    @Test func aPayerBreakdownGivesEachOthersDeltas() throws {
        let result = try CompareRequest(base: Paths.example("payers-2024.toml"), others: [Paths.example("payers-uncertain.toml")],
                                        byPayer: true).run()
        #expect(result.payerDeltas.count == 1)
    }
}
