import DFCostModel
import DFCostScenario
import Foundation
import Testing

@Suite struct PayerScenarioTests {
    @Test func publishedPayerKeysAddUpExactlyAndRoundedToTheTotals() throws {
        let applied = try ScenarioLoader.load(path: Paths.example("payers-2024.toml")).apply()
        let totals = try applied.totals()
        let a = try applied.payerAllocation(totals)
        for year in totals.summedYears {
            let exact = try a.payers.map { a.exact[$0.id]![year]! }.exactSum()
            let rounded = try a.payers.map { a.rounded[$0.id]![year]! }.exactSum()
            #expect(exact == totals.totals[year])
            #expect(rounded == totals.roundedTotals[year])
        }
        // Hand-worked 2026: only helsenorge (12, RHF/kommuner 50/50) has an increase: 6 each.
        #expect(a.exact["rhf"]?[2026] == dec("6"))
        #expect(a.exact["kommuner"]?[2026] == dec("6"))
        // 2024 helsenettet 5.5 in thirds at 0.001: 1.834 + 1.833 + 1.833; 'andre' pays only helsenettet.
        #expect(a.exact["andre"]?[2024] == dec("1.833"))
        // kjernejournal 2025 = 9.5 at 55/45 (RHF 5.225), helsenorge 14 at 50/50 (7), helsenettet 8 in
        // thirds: 2.666 each with 0.002 left, equal remainders, so one thousandth each to the first two
        // payers in [payers] order (rhf, kommuner): 2.667; e-resept -10 at 45 % (-4.5).
        // RHF = 5.225 + 7 + 2.667 - 4.5 = 10.392; andre = 2.666.
        #expect(a.exact["rhf"]?[2025] == dec("10.392"))
        #expect(a.exact["andre"]?[2025] == dec("2.666"))
        #expect(a.assumptions.count == 3)
    }

    @Test func sharesThatDoNotSumToOneAreAnErrorNamingSolutionAndYears() throws {
        let dir = try TemporaryFolder()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("p.toml")
        try """
            version = 1
            extends = "\(Paths.published)"
            [payers]
            names = { rhf = "RHF", kommuner = "Kommuner" }
            [[payers.keys]]
            solution = "kjernejournal"
            years = "2024-2026"
            shares = { rhf = 0.6, kommuner = 0.45 }
            """.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try ScenarioLoader.load(path: file.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("\(file.path):8:"))
            #expect(error.description.contains("'kjernejournal' 2024-2026"))
            #expect(error.description.contains("not exactly 1"))
        }
    }

    @Test func askingForPayersWithoutKeysIsAnError() throws {
        let applied = try ScenarioLoader.load(path: Paths.published).apply()
        #expect(throws: ScenarioError.self) { try applied.payerAllocation(try applied.totals()) }
    }
}
