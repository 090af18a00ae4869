import DFCostApp
import DFCostModel
import DFCostRender
import DFCostScenario
import DFCostSimulation
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

    /// A compared scenario with another analysis model is named beside the simulation in every
    /// format and both languages, so its P50 and P85 are not read off the scenario's.
    @Test(arguments: [OutputFormat.text, .markdown, .csv, .html])
    func aComparedScenarioWithAnotherAnalysisModelIsNamedBesideTheSimulation(format: OutputFormat) throws {
        let scenario = try ScenarioLoader.load(path: RenderSupport.workload)
        let published = try ScenarioLoader.load(path: RenderSupport.published)
        let result = try ReportRequest(scenario: scenario, comparedWith: [published],
                                       simulation: ReportRequest.Simulation(trials: 200, seed: 7, threads: 1)).run()
        let report = Report(result)
        let nb = ReportRenderer(locale: .nb, csvDialect: .rfc4180).render(report, format: format)
        #expect(nb.contains("\(published.name) har ingen usikkerhet i sin analysemodell (P50 = P85 = basiskostnaden) og er ikke simulert"), "\(format)")
        let en = ReportRenderer(locale: .en, csvDialect: .rfc4180).render(report, format: format)
        #expect(en.contains("\(published.name) has nothing uncertain in its analysis model"), "\(format)")
        let same = try ReportRequest(scenario: scenario, comparedWith: [scenario],
                                     simulation: ReportRequest.Simulation(trials: 200, seed: 7, threads: 1)).run()
        #expect(!ReportRenderer(locale: .nb, csvDialect: .rfc4180).render(Report(same), format: format).contains("Merk: Usikkerhetsanalysen"))
    }
}

/// `simulate --by payer` ends in a Sum row, as the payer tables of totals and report do: the
/// percentiles of the payers' sum drawn in the same trials, which are the year's own P50 and P85.
@Suite struct PayerSimulationSumTests {
    @Test func thePayerTableEndsInASumRowOfTheYearsPercentiles() throws {
        let scenario = try ScenarioLoader.load(path: RenderSupport.path("Scenarios/payers-uncertain.toml"))
        let outcome = try SimulationRequest(scenario: scenario, trials: 2_000, seed: 3, threads: 1, sensitivitySample: 0, byPayer: true).run()
        let payers = try #require(outcome.payers)
        let simulation = PayerSimulation(payers: payers.keys.payers, years: outcome.model.years, result: payers.result)
        for language in [Language.nb, .en] {
            let text = SimulationRenderer(locale: language).render(outcome, format: .text, payers: simulation)
            let sumLine = try #require(text.split(separator: "\n").last { $0.hasPrefix("Sum ") }, "\(language)")
            let expected = try outcome.model.years.flatMap { year -> [String] in
                let column = try #require(outcome.result.columns.first { $0.name == "\(year)" })
                return try [0.5, 0.85].map { try #require(column.percentile($0)).value }.map { language.numbers.format($0, decimals: 2) }
            }
            #expect(sumLine.split(separator: " ").dropFirst().map(String.init) == expected, "\(sumLine)")
            #expect(text.contains(language.labels.payers.simulationSumNote))
        }
    }
}
