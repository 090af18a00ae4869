import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// `--by initiative`: subtotals per initiative add up exactly to the totals.
@Suite struct InitiativeSubtotalTests {
    static let examples = ["published/ehelseportefolje-2023-10.toml", "fm-delayed-1y.toml", "fm-not-phased-out.toml",
                           "dbep-unfunded.toml", "tillitsrammeverk-delay.toml", "overrun-20.toml", "nominal-kroner.toml",
                           "payers-2024.toml"]

    @Test(arguments: examples)
    func subtotalsAddUpExactlyToTheTotals(_ file: String) throws {
        let applied = try ScenarioLoader.load(path: Paths.example(file)).apply()
        let totals = try applied.totals()
        let subtotals = try InitiativeSubtotals(table: applied.table, totals: totals)
        for year in totals.summedYears {
            #expect(try subtotals.rows.map { $0.amounts[year] ?? .zero }.exactSum() == totals.totals[year])
        }
    }

    @Test func partsOfAnInitiativeAreSummedAcrossSolutions() throws {
        let applied = try published()
        let subtotals = try InitiativeSubtotals(table: applied.table, totals: try applied.totals())
        let pds = try #require(subtotals.rows.first { $0.initiative == "Program digital samhandling" })
        // 2024: 8 + 17 (kjernejournal) + 0.5 + 3 (helsenorge) + 2.5 + 3 (helsenettet) = 34.
        #expect(pds.amounts[2024] == dec("34"))
        #expect(pds.solutions == ["kjernejournal", "helsenorge", "helsenettet"])
        #expect(subtotals.rows.first?.initiative == "Program Pasientens legemiddelliste")
    }
}
