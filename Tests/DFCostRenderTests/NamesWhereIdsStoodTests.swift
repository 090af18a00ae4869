import DFCostApp
import DFCostModel
import DFCostNumerics
@testable import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation
import Testing

/// Output names what a file knows by id wherever a name exists: conditions as the event register
/// names them, lines by their display name (and solution), solutions by their name.
@Suite struct NamesWhereIdsStoodTests {
    static let risk = "Scenarios/examples/fm-phaseout-risk.toml"
    static let published = "Scenarios/published/ehelseportefolje-2023-10.toml"

    /// The risk example (an uncertain condition beside the line factors), 2 000 trials.
    static func riskSimulation() throws -> (ReportSimulation, AppliedScenario, Totals) {
        let (scenario, applied, totals) = try RenderSupport.applied(risk)
        let model = try SimulationModel(scenario: scenario)
        let options = SimulationOptions(percentiles: ReportSimulation.curvePercentiles, sensitivitySampleSize: 2_000)
        let result = try MonteCarlo.run(spec: model.spec, trials: 2_000, seed: 1, threads: 1, options: options)
        return (ReportSimulation(result: result, model: model), applied, totals)
    }

    /// The first column of a table's rows.
    static func firstColumn(_ table: Table) -> [String] {
        table.rows.compactMap { if case .text(let t) = $0.cells.first { t } else { nil } }
    }

    @Test(arguments: [DFCostRender.Language.nb, .en])
    func theTornadoNamesAnUncertainConditionAsTheEventRegisterDoes(language: DFCostRender.Language) throws {
        let (sim, applied, totals) = try Self.riskSimulation()
        let register = try #require(AnalysisModelBuilder(language: language).events(sim.analysis).blocks.compactMap {
            if case .table(let t) = $0 { t } else { nil }
        }.first)
        let name = try #require(Self.firstColumn(register).first)
        #expect(name == "fm-phaseout: Er avhengig av full utfasing av FM")
        #expect(sim.tornado.rows.contains { $0.kind == .event && $0.id == "fm-phaseout" })

        // The sheets' tornado (CSV, workbook).
        let sections = SimulationBuilder(language: language).reportSections(sim)
        let tornado = try #require(sections.first { $0.anchor == "tornado" }?.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }.first)
        #expect(Self.firstColumn(tornado).contains(name))
        #expect(!Self.firstColumn(tornado).contains("fm-phaseout"))
        // Text and markdown (the simulate document), and the HTML page's chart and its table.
        let report = Report(applied: applied, totals: totals, simulation: sim)
        let markdown = ReportRenderer(locale: language).render(report, format: .markdown)
        #expect(markdown.contains("| \(name) | \(language.word(Tornado.Kind.event)) |"))
        #expect(!markdown.contains("| fm-phaseout |"))
        let html = ReportRenderer(locale: language).render(report, format: .html)
        let figure = try #require(html.components(separatedBy: "id=\"fig-tornado\"").last?.components(separatedBy: "</figure>").first)
        #expect(figure.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression).contains(name))
        #expect(!figure.contains(">fm-phaseout<"))
    }

    @Test func aCellMovedBeyondTheHorizonOrSetAsideIsNotedByItsLinesName() throws {
        let scenario = try ScenarioLoader.load(path: RenderSupport.inRoot(Self.published))
        let delayed = try scenario.apply(ApplyOptions(conditionOverrides: [("fm-phaseout", .delayed(2))]))
        let nb = Footnotes.lines(applied: delayed, locale: .nb), en = Footnotes.lines(applied: delayed, locale: .en)
        #expect(nb.contains("Flyttet utenfor tidshorisonten: Program Pasientens legemiddelliste / FM (E-resept) 2027 −12 (betingelse fm-phaseout: utsatt 2 år)"))
        #expect(en.contains("Moved beyond the horizon: Program Pasientens legemiddelliste / FM (E-resept) 2027 -12 (condition fm-phaseout: delayed 2 years)"))
        // A removed line is no longer in the applied table; its note still names it.
        let (_, removed, _) = try RenderSupport.applied("Scenarios/dbep-unfunded.toml")
        let notes = Footnotes.lines(applied: removed, locale: .nb).filter { $0.hasPrefix("Holdt utenfor summene") }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { $0.contains("Digital behandlings- og egenbehandlingsplan (") && !$0.contains("dbep-") }, "\(notes)")
    }

    /// Three rounds: the renamed line continues a line named, not an id; a line only the third
    /// round has is named in the report too.
    @Test func compareNamesTheContinuedLineAndTheReportNamesLinesOnlyAComparedRoundHas() throws {
        let scenario = try ScenarioLoader.load(path: RenderSupport.inRoot(Self.published))
        let delayed = try ScenarioLoader.load(path: RenderSupport.inRoot("Scenarios/fm-delayed-1y.toml"))
        let round2 = try ScenarioLoader.load(path: RenderSupport.inRoot("Scenarios/examples/illustrativ-runde-2.toml"))
        let result = try ReportRequest(scenario: scenario, comparedWith: [delayed, round2]).run()
        for language in [DFCostRender.Language.nb, .en] {
            let markdown = ReportRenderer(locale: language).render(Report(result), format: .markdown)
            let continues = language == .nb ? "fortsetter Program digital samhandling / Deling av journaldokumenter"
                                             : "continues Program digital samhandling / Deling av journaldokumenter"
            #expect(markdown.contains(continues))
            // Matched by its key, the line's former name is its own: the words name no line.
            #expect(markdown.contains(language == .nb ? "| MF Helse | Helsenettet | 0 | 0 | 0 | 0 | 0 | illustrativ-runde-2: ny id, samme løsning, tiltak og del; uendret |"
                                                      : "| MF Helse | Helsenettet | 0 | 0 | 0 | 0 | 0 | illustrativ-runde-2: new id, same solution, initiative and part; unchanged |"))
            #expect(markdown.contains("| Helsenorge / Timebestilling | Helsenorge |"))
            for id in ["pds-deling-kjernejournal", "pds-dokumentdeling-kjernejournal", "helsenorge-timebestilling", "mf-helse"] {
                #expect(!markdown.contains(id), "\(id) in the \(language) report")
            }
        }
    }

    /// A moved solution is named by the solution's name.
    @Test func aLineThatChangedSolutionNamesTheFormerSolution() {
        let builder = ComparisonBuilder(language: .nb, lineNames: LineNames([CostTable(
            metadata: TableMetadata(title: "t"), solutions: [Solution(id: "kj", name: "Kjernejournal")],
            years: [2024], summedYears: [2024], lines: [])]))
        let words = builder.movement(Comparison.Movement(kinds: [.solutionChanged, .unchanged], previousSolution: "kj"))
        #expect(words == "løsning endret fra Kjernejournal; uendret")
    }

    @Test func theHTMLReportShowsTheStatisticsWithTheirStandardErrorsAsMarkdownDoes() throws {
        let (sim, applied, totals) = try Self.riskSimulation()
        let report = Report(applied: applied, totals: totals, simulation: sim)
        for language in [DFCostRender.Language.nb, .en] {
            let markdown = ReportRenderer(locale: language).render(report, format: .markdown)
            let html = ReportRenderer(locale: language).render(report, format: .html)
            let estimates = markdown.split(separator: "\n").filter { $0.contains("±") && $0.hasPrefix("| ") }
            #expect(estimates.count == 5, "\(estimates)")
            let page = try #require(html.components(separatedBy: "id=\"simulation\"").last)
            for row in estimates {
                let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                for cell in cells { #expect(page.contains(">\(cell)<"), "\(cell) of \(row) not in the HTML page") }
            }
        }
    }

    @Test func theTornadoShowsTheChangeInMeanToTwoDecimalsInHTMLAsElsewhere() throws {
        let (sim, applied, totals) = try Self.riskSimulation()
        let report = Report(applied: applied, totals: totals, simulation: sim)
        let html = ReportRenderer(locale: .nb).render(report, format: .html)
        let figure = try #require(html.components(separatedBy: "id=\"fig-tornado\"").last?.components(separatedBy: "</figure>").first)
        let table = try #require(figure.components(separatedBy: "<table").last)
        // Each row: the input, then its change in mean, SRC and ρ.
        let rows = table.components(separatedBy: "<tr>").dropFirst(2).map { row in
            row.components(separatedBy: "<td").dropFirst().map { $0.replacingOccurrences(of: #"<[^>]+>|^[^>]*>"#, with: "", options: .regularExpression) }
        }
        #expect(rows.count == sim.tornado.rows.count)
        for row in rows {
            let change = try #require(row.first)
            #expect(change.wholeMatch(of: /−?[0-9]+,[0-9]{2}/) != nil, "\(row)")
        }
        let markdown = ReportRenderer(locale: .nb).render(report, format: .markdown)
        for r in sim.tornado.rows {
            let shown = NumberStyle.norwegian.format(r.meanChange!, decimals: 2)
            #expect(markdown.contains("| \(shown) |"))
            #expect(rows.contains { $0.first?.replacingOccurrences(of: "−", with: "") == shown })
        }
    }
}

/// `explain` names a cell that does not count by its line's id and name, as it names a counted one.
@Suite struct ExplainNotCountedNameTests {
    @Test func aCellThatDoesNotCountIsNamedAsACountedOneIs() throws {
        let (_, applied, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let explanation = try Explanation(applied, year: 2025)
        let text = ExplanationRenderer(locale: .nb).render([explanation], scenario: "fm-delayed-1y", format: .text)
        #expect(text.contains("pll-fm (Program Pasientens legemiddelliste / FM) 2026: flyttet til 2026 av betingelse fm-phaseout: utsatt 1 år"), "\(text)")
        #expect(text.contains("pll-pll (Program Pasientens legemiddelliste / PLL)"))
    }
}
