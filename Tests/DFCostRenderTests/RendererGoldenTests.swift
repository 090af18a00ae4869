import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation
import Testing

/// Every renderer against its golden file in Goldens/RendererGoldenTests/ (DFCOST_RECORD=1
/// re-records them; read the diff before committing).
@Suite struct RendererGoldenTests {
    static let published = "Scenarios/published/ehelseportefolje-2023-10.toml"

    @Test(arguments: [
        (OutputFormat.text, CSVDialect.excel, "totals.txt"), (.markdown, .excel, "totals.md"),
        (.csv, .excel, "totals-excel.csv"), (.csv, .rfc4180, "totals-rfc4180.csv"), (.json, .excel, "totals.json"),
    ])
    func totalsRenderMatchTheirGoldenFiles(format: OutputFormat, dialect: CSVDialect, file: String) throws {
        let (_, applied, totals) = try RenderSupport.applied(Self.published)
        let text = TotalsRenderer(locale: .nb, csvDialect: dialect).render(applied, totals: totals, format: format)
        try RenderSupport.assertSnapshot(text, named: file)
    }

    @Test func englishTotalsUseDecimalPointsAndHyphenMinus() throws {
        let (_, applied, totals) = try RenderSupport.applied(Self.published)
        try RenderSupport.assertSnapshot(TotalsRenderer(locale: .en).render(applied, totals: totals, format: .text), named: "totals-en.txt")
    }

    @Test func totalsReportAsHTMLMatchesItsGoldenFile() throws {
        let (_, applied, totals) = try RenderSupport.applied(Self.published)
        let html = ReportRenderer(locale: .nb).render(Report(applied: applied, totals: totals), format: .html)
        try RenderSupport.assertSnapshot(html, named: "report-totals.html")
        #expect(html.contains("<html lang=\"nb\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("21,5"))
        #expect(html.contains("\u{2212}10"))
    }

    @Test(arguments: [(OutputFormat.text, "comparison.txt"), (.markdown, "comparison.md"), (.csv, "comparison.csv"), (.json, "comparison.json")])
    func comparisonRendersMatchTheirGoldenFiles(format: OutputFormat, file: String) throws {
        let (_, base, _) = try RenderSupport.applied(Self.published)
        let (_, other, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let comparison = try ScenarioComparison(base: base, other: other)
        try RenderSupport.assertSnapshot(ComparisonRenderer().render([comparison], format: format), named: file)
    }

    @Test(arguments: [(OutputFormat.text, "explanation-2025.txt"), (.json, "explanation-2025.json")])
    func explanationRendersMatchTheirGoldenFiles(format: OutputFormat, file: String) throws {
        let (_, applied, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let explanation = try Explanation(applied, year: 2025)
        try RenderSupport.assertSnapshot(ExplanationRenderer().render(explanation, scenario: applied.name, format: format), named: file)
    }

    /// Every summed year in one document, in each format: one JSON object, one CSV table, a
    /// markdown section per year (not the text layout).
    @Test(arguments: [(OutputFormat.text, "explanation-all.txt"), (.markdown, "explanation-all.md"),
                      (.csv, "explanation-all.csv"), (.json, "explanation-all.json")])
    func explanationOfEveryYearIsOneDocumentInEachFormat(format: OutputFormat, file: String) throws {
        let (_, applied, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let explanations = try applied.table.summedYears.map { try Explanation(applied, year: $0) }
        try RenderSupport.assertSnapshot(ExplanationRenderer().render(explanations, scenario: applied.name, format: format), named: file)
    }

    /// The standard workload, 2 000 trials, seed 1, one thread: byte-stable.
    static func simulation() throws -> ReportSimulation {
        let model = try SimulationModel(scenario: try ScenarioLoader.load(path: RenderSupport.workload))
        let options = SimulationOptions(percentiles: ReportSimulation.curvePercentiles, sensitivitySampleSize: 2_000)
        let result = try MonteCarlo.run(spec: model.spec, trials: 2_000, seed: 1, threads: 1, options: options)
        return ReportSimulation(result: result, model: model)
    }

    @Test(arguments: [(OutputFormat.text, "simulation.txt"), (.markdown, "simulation.md"), (.html, "simulation.html"), (.csv, "simulation.csv"),
                      (.json, "simulation.json")])
    func simulationRendersMatchTheirGoldenFiles(format: OutputFormat, file: String) throws {
        let sim = try Self.simulation()
        // Figures to 1e-12: the BLAS providers round the Cholesky factor differently (Snapshot.equalWithin).
        try RenderSupport.assertSnapshot(SimulationRenderer().render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: format,
                                                                     analysis: sim.analysis),
                                         named: file, relativeTolerance: 1e-12)
    }

    @Test(arguments: [(OutputFormat.html, "report-full.html"), (.text, "report-full.txt"), (.markdown, "report-full.md"),
                      (.csv, "report-full.csv"), (.json, "report-full.json")])
    func fullReportMatchesItsGoldenFiles(format: OutputFormat, file: String) throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/bench/standard-workload.toml")
        let (_, other, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let report = Report(applied: applied, totals: totals, comparisons: [try ScenarioComparison(base: applied, other: other)],
                            simulation: try Self.simulation())
        try RenderSupport.assertSnapshot(ReportRenderer().render(report, format: format), named: file, relativeTolerance: 1e-12)
    }
}

/// Renderers show the KS2 breakdown computed on the result; they compute none of it themselves.
@Suite struct TornadoFromTheResultTests {
    @Test func everyFormatShowsTheTornadoOfTheResultNotOneItComputes() throws {
        var sim = try RendererGoldenTests.simulation()
        // Factor ids the model does not have: only a renderer that reads the value can print them.
        var bar = try #require(sim.tornado.entries.first)
        bar.factorID = "planted-factor"
        sim.tornado = Tornado(entries: [bar], noEffect: ["planted-inert"])
        let renderer = SimulationRenderer(locale: .en)
        for format in [OutputFormat.text, .markdown, .json] {
            let out = renderer.render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: format)
            #expect(out.contains("planted-factor") && out.contains("planted-inert"), "\(format)")
            for e in sim.result.sensitivity { #expect(!out.contains(e.factorID), "\(format) shows \(e.factorID)") }
        }
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/bench/standard-workload.toml")
        let report = Report(applied: applied, totals: totals, simulation: sim)
        for format in [OutputFormat.html, .csv] {
            let out = ReportRenderer(locale: .en, csvDialect: .rfc4180).render(report, format: format)
            #expect(out.contains("planted-factor") && out.contains("planted-inert"), "\(format)")
        }
        let blocks = SimulationBuilder(language: .en).reportSections(sim).flatMap(\.blocks)
        let cells = blocks.flatMap { block -> [Table.Cell] in if case .table(let t) = block { t.rows.flatMap(\.cells) } else { [] } }
        #expect(cells.contains(.text("planted-factor")))
        let notes = blocks.flatMap { block -> [String] in if case .paragraph(let p) = block { [p] } else { [] } }
        #expect(notes.contains { $0.contains("planted-inert") })
    }
}

@Suite struct KS2FromTheResultTests {
    @Test func everyFormatShowsTheReserveOfTheResultNotOneItComputes() throws {
        var sim = try RendererGoldenTests.simulation()
        var ks2 = try #require(sim.ks2)
        // A reserve no percentile gives: only a renderer that reads the value can print it.
        ks2.contingencyReserve = try ExactDecimal.parse("4321.5")
        sim.ks2 = ks2
        let renderer = SimulationRenderer(locale: .en)
        for format in [OutputFormat.text, .markdown] {
            #expect(renderer.render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: format).contains("4,321.50"), "\(format)")
        }
        #expect(renderer.render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: .json).contains("4321.5"))
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/bench/standard-workload.toml")
        let report = Report(applied: applied, totals: totals, simulation: sim)
        #expect(ReportRenderer(locale: .en).render(report, format: .html).contains("4,321.5"))
        #expect(ReportRenderer(locale: .en, csvDialect: .rfc4180).render(report, format: .csv).contains("4321.50"))
    }
}
