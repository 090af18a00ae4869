import DFCostApp
import DFCostModel
import DFCostScenario
import DFCostTestSupport
import Foundation
import Testing

/// The total D&F level: baseline (indexed as the table is) + cumulative increase, exact.
@Suite struct TotalLevelTests {
    func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }
    func y(_ a: String, _ b: String, _ c: String) -> [Int: ExactDecimal] { [2024: d(a), 2025: d(b), 2026: d(c)] }

    @Test func theLevelIsTheBaselinePlusTheCumulativeIncreaseExactly() throws {
        let result = try TotalsRequest(scenario: try ScenarioLoader.load(path: Paths.example("examples/illustrativ-driftsgrunnlag.toml"))).run()
        let level = try #require(result.level)
        // Worked by hand in the example's header: the published increases 53/−10/0, 25/9.5/0, 9.5/14/12.
        #expect(level.rows.map(\.solution) == ["e-resept", "kjernejournal", "helsenorge"])
        #expect(level.rows[0].cumulativeIncrease == y("53", "43", "43"))
        #expect(level.rows[0].level == y("173", "163", "163"))
        #expect(level.rows[1].level == y("105", "114.5", "114.5"))
        #expect(level.rows[2].level == y("159.5", "173.5", "185.5"))
        #expect(level.sum.baseline == y("350", "350", "350"))
        #expect(level.sum.cumulativeIncrease == y("87.5", "101", "113"))
        #expect(level.sum.level == y("437.5", "451", "463"))
        #expect(level.withoutBaseline == ["helsenettet"])
        #expect(level.indexFactors.isEmpty)
    }

    @Test func eachPayersLevelSplitsBaselineAndIncreaseByTheKeysAndAddsUpToTheSum() throws {
        let result = try TotalsRequest(scenario: try ScenarioLoader.load(path: Paths.example("examples/illustrativ-driftsgrunnlag.toml"))).run()
        let level = try #require(result.level)
        let payers = try #require(level.payers)
        for year in level.years {
            #expect(try payers.compactMap { $0.level[year] }.exactSum() == level.sum.level[year])
        }
        // RHF 2026: e-resept 45 % of 163 = 73.35; kjernejournal 50 % of 80 = 40 plus 55 % of 25 and
        // of 9.5 (2024–2025 key) = 18.975; helsenorge 50 % of 185.5 = 92.75: 225.075.
        #expect(payers.first { $0.payer.id == "rhf" }?.level[2026] == d("225.075"))
        #expect(payers.first { $0.payer.id == "andre" }?.level == y("0", "0", "0"))
    }

    @Test func theBaselineIsIndexedAsTheTableIsAndRoundedAtTheScenariosPrecision() throws {
        let dir = try TemporaryFolder()
        defer { dir.remove() }
        let path = dir.url.appendingPathComponent("n.toml").path
        try """
            version = 1
            extends = "\(Paths.example("nominal-kroner.toml"))"
            [baseline]
            source = "a note"
            e-resept = { 2024 = 100, 2025 = 100, 2026 = 100 }
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try TotalsRequest(scenario: try ScenarioLoader.load(path: path)).run()
        let level = try #require(result.level)
        // KPI 3.1 %, 2.7 %, 2.5 % from 2023: factors 1.031, 1.058837, 1.085307925.
        #expect(level.indexFactors["e-resept"] == y("1.031", "1.058837", "1.085307925"))
        #expect(level.rows[0].baseline == y("103.1", "105.884", "108.531"))
        let increase = try #require(result.totals.bySolution["e-resept"])
        #expect(level.rows[0].level[2024] == (try d("103.1").adding(increase[2024]!)))
    }

    @Test func noBaselineOrAnEmptyOneGivesNoLevel() throws {
        #expect(try TotalsRequest(scenario: try ScenarioLoader.load(path: Paths.published)).run().level == nil)
        let dir = try TemporaryFolder()
        defer { dir.remove() }
        let path = dir.url.appendingPathComponent("e.toml").path
        try "version = 1\nextends = \"\(Paths.published)\"\n[baseline]\nsource = \"a note\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try TotalsRequest(scenario: try ScenarioLoader.load(path: path)).run().level == nil)
    }

    @Test func theReportCarriesTheSameLevel() throws {
        let scenario = try ScenarioLoader.load(path: Paths.example("examples/illustrativ-driftsgrunnlag.toml"))
        #expect(try ReportRequest(scenario: scenario).run().level == (try TotalsRequest(scenario: scenario).run().level))
    }
}
