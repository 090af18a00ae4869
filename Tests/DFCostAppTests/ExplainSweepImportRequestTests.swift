import DFCostApp
import DFCostModel
import DFCostNotation
import DFCostScenario
import DFCostTestSupport
import Testing

/// `explain` as a library call.
@Suite struct ExplainRequestTests {
    @Test func withoutAYearEverySummedYearIsExplained() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let result = try ExplainRequest(scenario: scenario).run()
        #expect(result.explanations.map(\.year) == result.applied.table.summedYears)
        let totals = try result.applied.totals()
        for e in result.explanations { #expect(e.total == totals.totals[e.year]) }
    }

    @Test func aYearOutsideTheTableIsAnInputError() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let error = try #require(throws: ScenarioError.self) { try ExplainRequest(scenario: scenario, year: 1950).run() }
        #expect(error.exitStatus == .usage)
    }
}

/// `sweep` as a library call.
@Suite struct SweepRequestTests {
    @Test func theSweepHasACombinationPerValue() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let sweep = try SweepRequest(scenario: scenario, parameters: [try SweepParameter.parse("shift:tag:dokumentdeling=0..1")]).run()
        #expect(sweep.combinations == 2)
        #expect(sweep.years == scenario.base.summedYears)
    }

    @Test func aCombinationThatMovesACellPastTheTableIsAnError() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let parameter = try SweepParameter.parse("shift:tag:dokumentdeling=0..2")
        #expect(throws: ScenarioError.self) { try SweepRequest(scenario: scenario, parameters: [parameter]).run() }
    }
}

/// `import` as a library call.
@Suite struct ImportRequestTests {
    @Test func dfcostsOwnCSVReadsBackToTheSameTotals() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = try folder.write("t.csv", """
            kind,id,solution,initiative,part,2024,2024_internal,2024_conditions,2025,2025_internal,2025_conditions
            solution,e-resept,E-resept,,,,,,,,
            line,a,e-resept,Tiltak A,,5,false,,-2,false,
            sum,,,,,5,,,-2,,

            """)
        let result = try ImportRequest(file: csv).run()
        #expect(result.scenarioText.contains("[published_sums]"))
        let toml = try folder.write("t.toml", result.scenarioText)
        #expect(try ScenarioLoader.load(path: toml).apply().totals().totals[2025] == ExactDecimal(-2))
    }

    @Test func aSheetNamedForTextIsAUsageError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = try folder.write("t.csv", "a;b\n")
        let error = try #require(throws: ImportError.self) { try ImportRequest(file: csv, sheet: "Ark1").run() }
        #expect(error == .sheetOfText(csv))
        #expect(error.exitStatus == .usage)
    }

    @Test func theFormatIsToldFromTheBytesOrTheName() {
        #expect(ImportRequest.isWorkbook([0x50, 0x4B, 0x03, 0x04], file: "table.csv"))
        #expect(ImportRequest.isWorkbook(Array("a;b".utf8), file: "Table.XLSX"))
        #expect(!ImportRequest.isWorkbook(Array("a;b".utf8), file: "table.csv"))
    }

    @Test func aMissingFileIsMissingInput() throws {
        let error = try #require(throws: ScenarioError.self) { try ImportRequest(file: "no-such-table.csv").run() }
        #expect(error.exitStatus == .noInput)
    }
}
