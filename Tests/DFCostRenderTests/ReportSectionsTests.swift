import DFCostModel
import DFCostRender
import DFCostScenario
import Testing

/// A section the report's builder adds shows in every format of the report, from that one place.
@Suite struct ReportSectionsTests {
    @Test(arguments: [OutputFormat.text, .markdown, .csv, .html])
    func whoPaysAndEachInitiativeShowInEveryFormatOfTheReport(format: OutputFormat) throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/payers-2024.toml")
        let report = Report(applied: applied, totals: totals, payers: try applied.payerAllocation(totals),
                            initiatives: try InitiativeSubtotals(table: applied.table, totals: totals))
        let out = ReportRenderer(locale: .en, csvDialect: .rfc4180).render(report, format: format)
        let sections = ReportBuilder(language: .en).document(report).sections.filter { $0.level == .section }
        #expect(sections.compactMap(\.title) == ["Allocation to payers (MNOK)", "Sum per initiative (MNOK)"])
        for title in sections.compactMap(\.title) { #expect(out.contains(title), "\(format) lacks \(title)") }
        #expect(out.contains("Rounded parts add up to the rounded total (largest-remainder method)."), "\(format)")
    }

    @Test func theTableLayoutCSVOfTotalsByPayerKeysThePayersRowsForTheImporter() throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/payers-2024.toml")
        let csv = TotalsRenderer(locale: .en, csvDialect: .rfc4180).render(applied, totals: totals, format: .csv, payers: try applied.payerAllocation(totals))
        let kinds = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? "" }
        #expect(kinds.filter { $0 == "payer" }.count == kinds.filter { $0 == "payer_rounded" }.count)
        #expect(kinds.filter { $0 == "payer_cumulative" }.count == kinds.filter { $0 == "payer" }.count)
        #expect(kinds.firstIndex(of: "meta")! < kinds.firstIndex(of: "payer")!, "the meta rows close the table before the payers' rows")
    }
}
