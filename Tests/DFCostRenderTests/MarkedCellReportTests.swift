import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation
import Testing

/// The report shows what the engine computed for a marked cell a scenario adds: set aside under
/// `none`, in the sums and the list of excluded cells alike.
@Suite struct MarkedCellReportTests {
    @Test func aMarkedAddedCellSetAsideByItsConditionIsLeftOutOfTheReportSums() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("nytt.toml")
        try Data("""
            version = 1
            extends = "\(RenderSupport.published)"
            [conditions.fm-phaseout]
            state = "none"
            [[operations]]
            add = { id = "nytt", solution = "helsenorge", initiative = "Nytt tiltak", cells = { 2025 = "-5*", 2026 = 3 } }
            """.utf8).write(to: path)
        let applied = try ScenarioLoader.load(path: path.path).apply()
        let totals = try applied.totals()
        let csv = ReportRenderer(locale: .en).render(Report(applied: applied, totals: totals), format: .csv)
        let markdown = ReportRenderer(locale: .en).render(Report(applied: applied, totals: totals), format: .markdown)
        // 2025 = 33.5 (published under none); 2026 = 12 + 3.
        #expect(totals.totals[2025] == ExactDecimal("33.5"))
        #expect(markdown.contains("33.5"))
        #expect(!markdown.contains("28.5"))
        #expect(csv.contains("nytt"))
    }
}
