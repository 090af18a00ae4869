import DFCostModel
import DFCostNumerics
@testable import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation
import Testing

/// The engine's reasons, worded in the output's language.
@Suite struct ReasonFootnoteTests {
    @Test func excludedNotesUnderTheTableAreNorwegian() throws {
        let (_, applied, _) = try RenderSupport.applied("Scenarios/fm-not-phased-out.toml")
        let notes = Footnotes.lines(applied: applied, locale: .nb)
        #expect(notes.contains("Holdt utenfor summene: Program Pasientens legemiddelliste / FM (E-resept) 2025 −12 (betingelse fm-phaseout: ikke oppfylt)"))
        #expect(!notes.joined().contains("condition"))
    }
}

/// two scenarios of one name are told apart by the what-ifs applied to them.
@Suite struct ComparisonHeaderTests {
    static let published = "Scenarios/published/ehelseportefolje-2023-10.toml"

    func selfComparison() throws -> (ScenarioComparison, ApplyOptions) {
        let (scenario, base, _) = try RenderSupport.applied(Self.published)
        let options = ApplyOptions(conditionOverrides: [("fm-phaseout", .none)])
        return (try ScenarioComparison(base: base, other: try scenario.apply(options)), options)
    }

    /// The header row of the first table of a text comparison, split on runs of two spaces.
    func header(_ text: String) -> [String] {
        let line = text.split(separator: "\n")[1]
        return line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func aScenarioComparedWithItselfUnderAWhatIfNamesTheWhatIfInItsHeader() throws {
        let (comparison, options) = try selfComparison()
        let sources = ComparisonSources(base: ScenarioSource(path: Self.published), other: ScenarioSource(path: Self.published, options: options))
        let text = ComparisonRenderer(sources: [sources]).render([comparison], format: .text)
        #expect(header(text) == ["År", "ehelseportefolje-2023-10", "ehelseportefolje-2023-10 (fm-phaseout=none)", "endring", "%"])
        #expect(text.hasPrefix("ehelseportefolje-2023-10 → ehelseportefolje-2023-10 (fm-phaseout=none)\n"))
    }

    @Test func withoutSourcesTheDifferingConditionStatesTellTheColumnsApart() throws {
        let (comparison, _) = try selfComparison()
        for format in [OutputFormat.text, .markdown, .csv] {
            let text = ComparisonRenderer().render([comparison], format: format)
            #expect(text.contains("ehelseportefolje-2023-10 (fm-phaseout=full)"), "\(format)")
            #expect(text.contains("ehelseportefolje-2023-10 (fm-phaseout=none)"), "\(format)")
        }
    }

    @Test func twoEqualNamesWithEqualWhatIfsGetTheirPathsThenTheirSides() throws {
        let (_, base, _) = try RenderSupport.applied(Self.published)
        let comparison = try ScenarioComparison(base: base, other: base)
        let paths = ComparisonSources(base: ScenarioSource(path: "a/x.toml"), other: ScenarioSource(path: "b/x.toml"))
        #expect(header(ComparisonRenderer(sources: [paths]).render([comparison], format: .text)).dropFirst().prefix(2)
                == ["ehelseportefolje-2023-10 (a/x.toml)", "ehelseportefolje-2023-10 (b/x.toml)"])
        let same = ComparisonSources(base: ScenarioSource(path: "x.toml"), other: ScenarioSource(path: "x.toml"))
        #expect(header(ComparisonRenderer(sources: [same]).render([comparison], format: .text)).dropFirst().prefix(2)
                == ["ehelseportefolje-2023-10 (grunnlag)", "ehelseportefolje-2023-10 (sammenlignet)"])
    }

    @Test func theHTMLReportNamesTheWhatIfsOfAComparisonToo() throws {
        let (comparison, options) = try selfComparison()
        let (_, applied, totals) = try RenderSupport.applied(Self.published)
        let sources = ComparisonSources(base: ScenarioSource(path: Self.published), other: ScenarioSource(path: Self.published, options: options))
        let html = ReportRenderer().render(Report(applied: applied, totals: totals, comparisons: [comparison], comparisonSources: [sources]), format: .html)
        #expect(html.contains("<h3>ehelseportefolje-2023-10 → ehelseportefolje-2023-10 (fm-phaseout=none)</h3>"))
    }
}

/// Markdown tables right-align their number columns.
@Suite struct MarkdownAlignmentTests {
    @Test func comparisonMarkdownRightAlignsNumberColumnsAndLeftAlignsText() throws {
        let (_, base, _) = try RenderSupport.applied("Scenarios/published/ehelseportefolje-2023-10.toml")
        let (_, other, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let md = ComparisonRenderer().render([try ScenarioComparison(base: base, other: other)], format: .markdown)
        let rules = md.split(separator: "\n").filter { $0.hasPrefix("|---") }
        #expect(rules.first == "|---|---:|---:|---:|---:|")
        #expect(rules.contains("|---|---:|---:|---:|---|---|"))  // line, year, base, other, change, why
    }

    @Test func simulationMarkdownIsMarkdownWithRightAlignedNumbers() throws {
        let sim = try RendererGoldenTests.simulation()
        let md = SimulationRenderer().render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: .markdown)
        let text = SimulationRenderer().render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: .text)
        #expect(md != text)
        #expect(md.contains("|  | forventningsverdi | standardavvik | P10 | P50 | P85 | P90 |\n|---|---:|---:|---:|---:|---:|---:|\n"))
        #expect(md.contains("### Usikkerhetsanalyse etter statens prosjektmodell (KS2), sum 2024–2026"))
        #expect(md.contains("| Kostnadsramme (P85) | "))
        #expect(!md.contains("-----"))
    }
}

/// verify speaks the locale's language, with its decimal comma.
@Suite struct VerificationLocaleTests {
    @Test func verificationIsNorwegianWithDecimalCommaByDefaultAndEnglishOnRequest() throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/published/ehelseportefolje-2023-10.toml")
        let v = try #require(try Verification(table: applied.table, totals: totals))
        let nb = VerificationRenderer.text(file: "f.toml", v)
        #expect(nb.hasPrefix("f.toml: OK: summer avrundet til hele MNOK, halvt bort fra null\n"))
        #expect(nb.contains("år    beregnet  avrundet  publisert\n"))
        #expect(nb.contains("2025      21,5        22         22  ok\n"))
        let en = VerificationRenderer.text(file: "f.toml", v, locale: .en)
        #expect(en.contains("year  computed  rounded  published\n"))
        #expect(en.contains("2025      21.5       22         22  ok\n"))
    }
}

/// the tornado shows the factors that move the total, and the fan chart's band is visible.
@Suite struct SensitivityAndFanChartTests {
    /// The standard workload's DBEP lines are internal and MF feeds no summed year: no effect.
    static let inert = ["dbep-kjernejournal", "dbep-helsenorge", "mf-helse"]
    /// Their names, as the tables and notes show them.
    static let inertNames = "Digital behandlings- og egenbehandlingsplan (Kjernejournal), Digital behandlings- og egenbehandlingsplan (Helsenorge), MF Helse (Helsenettet)"

    @Test func tornadoLeavesOutFactorsWithoutEffectAndNamesThemInANote() throws {
        let sim = try RendererGoldenTests.simulation()
        #expect(Set(sim.result.sensitivity.map(\.factorID)).isSuperset(of: Self.inert))
        let text = SimulationRenderer().render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: .text)
        let factorRows = text.split(separator: "\n").drop { !$0.hasPrefix("Usikkerhet") }.dropFirst(2).prefix { !$0.hasPrefix("Uten virkning") }
        #expect(!factorRows.isEmpty)
        for name in Self.inertNames.components(separatedBy: ", ") { #expect(!factorRows.contains { $0.hasPrefix(name + " ") }, "\(name) has a bar") }
        #expect(factorRows.contains { $0.hasPrefix("Program Pasientens legemiddelliste / SFM (E-resept) ") }, "the tornado names its lines")
        #expect(text.contains("Uten virkning (linjene deres gir ikke noe til de summerte årene): \(Self.inertNames)\n"))

        let json = try JSONSerialization.jsonObject(with: Data(SimulationRenderer().render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: .json).utf8))
        let object = try #require(json as? [String: Any])
        #expect((object["no_effect"] as? [String]) == Self.inert)
        let factors = try #require(object["sensitivity"] as? [[String: Any]]).compactMap { $0["factor"] as? String }
        #expect(Set(factors).isDisjoint(with: Self.inert))

        let (_, applied, totals) = try RenderSupport.applied("Scenarios/bench/standard-workload.toml")
        let html = ReportRenderer().render(Report(applied: applied, totals: totals, simulation: sim), format: .html)
        let tornado = try #require(html.components(separatedBy: "id=\"fig-tornado\"").last?.components(separatedBy: "</figure>").first)
        for name in Self.inertNames.components(separatedBy: ", ") { #expect(!tornado.contains(name), "\(name) in the tornado") }
        #expect(html.contains("<li>Uten virkning (linjene deres gir ikke noe til de summerte årene): \(Self.inertNames)</li>"))
    }

    /// The fan chart's SVG.
    func fan() throws -> String {
        let sim = try RendererGoldenTests.simulation()
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/bench/standard-workload.toml")
        let html = ReportRenderer().render(Report(applied: applied, totals: totals, simulation: sim), format: .html)
        return try #require(html.components(separatedBy: "<svg").first { $0.contains("id=\"svg-fan-title\"") })
    }

    @Test func fanChartShowsTheRisingCumulativeLevelOnAnAxisFromZero() throws {
        // The cumulative level's P10-P90 runs from about 93 (2024) to about 143 (2026): the axis
        // starts at zero and ends at the next round step above, so nothing reads as a fall.
        let svg = try fan()
        let ticks = try svg.matches(of: Regex(##"text-anchor="end" font-size="11.0" fill="#555">([0-9]+)</text>"##))
            .compactMap { Int(String($0.output[1].substring ?? "")) }
        #expect(ticks.min() == 0, "ticks \(ticks)")
        #expect((ticks.max() ?? 0) >= 143 && (ticks.max() ?? 0) <= 150, "ticks \(ticks)")
        // The P50 line rises year over year (SVG y grows downwards).
        let line = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<polyline class=\"mark\"") && $0.contains("stroke=\"#1f5f8b\"") })
        let ys = line.split(separator: "points=\"").last?.split(separator: "\"").first?.split(separator: " ").compactMap { Double($0.split(separator: ",")[1]) } ?? []
        #expect(ys.count == 3 && zip(ys, ys.dropFirst()).allSatisfy { $0 > $1 }, "\(ys)")
    }

    @Test func fanChartBandIsDrawnWithContrastAndARangeBarPerYear() throws {
        let svg = try fan()
        let band = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<polygon class=\"mark\"") })
        let opacity = try #require(band.firstMatch(of: try Regex(#"fill-opacity="([0-9.]+)""#)).flatMap { Double(String($0.output[1].substring ?? "")) })
        #expect(opacity >= 0.5)
        // One bar and two caps per summed year.
        #expect(svg.components(separatedBy: "<line class=\"mark\"").count - 1 == 3 * 3)
    }
}

/// `report --format csv` is the sheet a person opens, with every figure of the page.
@Suite struct ReportCSVTests {
    func csv(_ dialect: CSVDialect = .excel) throws -> [String] {
        let sim = try RendererGoldenTests.simulation()
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/bench/standard-workload.toml")
        let (_, other, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let report = Report(applied: applied, totals: totals, comparisons: [try ScenarioComparison(base: applied, other: other)], simulation: sim)
        let text = ReportRenderer(csvDialect: dialect).render(report, format: .csv)
        #expect(text.hasPrefix("\u{FEFF}") == (dialect == .excel))
        #expect(text.components(separatedBy: "\u{FEFF}").count <= 2, "one byte-order mark at most")
        return text.components(separatedBy: "\r\n")
    }

    @Test func reportCSVLaysTheTableOutAsPublishedUnderSectionHeadings() throws {
        let rows = try csv()
        #expect(!rows.contains { $0.hasPrefix("kind;id;solution") }, "no machine layout")
        let table = try #require(rows.firstIndex(of: "Tabellen"))
        #expect(rows[table - 1] == "")
        #expect(rows[table + 1] == "Løsning / tiltak / del;2022;2023;2024;2025;2026")
        #expect(rows[table + 2] == "E-resept")
        #expect(rows.contains("  Program Pasientens legemiddelliste / SFM;(14)*;(24)*;55;;"))
        #expect(rows.contains("Sum;;;93;21,5;12"))
        #expect(rows.contains("Sum, avrundet;;;93;22;12"))
        #expect(rows.contains("* Er avhengig av full utfasing av FM."))
        for heading in ["Årlig økning per løsning", "Kumulativt nivå", "Sammenligning av scenarier", "Usikkerhet (Monte Carlo)",
                        "Kumulativt nivå med usikkerhet", "S-kurve for summen over perioden", "Tornado: følsomhet"] {
            #expect(rows.contains(heading), "\(heading)")
        }
    }

    @Test func reportCSVHasTheKS2BreakdownAndTheSensitivityFigures() throws {
        let rows = try csv()
        let sim = try RendererGoldenTests.simulation()
        let p85 = try #require(sim.result.total.percentile(0.85)).value, p50 = try #require(sim.result.total.percentile(0.5)).value
        func comma(_ v: Double) -> String { NumberStyle.machine.format(v, decimals: 2).replacingOccurrences(of: ".", with: ",") }
        // The reserve is the difference of P85 and P50 as printed, read back from the text.
        func printed(_ text: String) throws -> ExactDecimal { try ExactDecimal.parse(text.replacingOccurrences(of: ",", with: ".")) }
        let reserve = try printed(comma(p85)).subtracting(try printed(comma(p50)))
        let words = Language.nb.ks2
        #expect(rows.contains("Usikkerhetsanalyse etter statens prosjektmodell (KS2), sum 2024–2026"))
        #expect(rows.contains("\(words.baseCost);126,50"))
        #expect(rows.contains("\(words.managementFrame);\(comma(p50))"))
        #expect(rows.contains("\(words.costFrame);\(comma(p85))"))
        #expect(rows.contains("\(words.contingencyReserve);\(NumberStyle.machine.format(reserve, decimals: 2).replacingOccurrences(of: ".", with: ","))"))
        let tornado = try #require(rows.firstIndex(of: "Tornado: følsomhet"))
        #expect(rows[tornado + 1] == "Usikkerhet;Type;Utslag;SRC;ρ")
        let first = try #require(sim.tornado.rows.first)
        func decimals(_ v: Double?, _ n: Int) -> String { NumberStyle.machine.format(v ?? .nan, decimals: n).replacingOccurrences(of: ".", with: ",") }
        #expect(rows[tornado + 2] == "\(FactorNames(sim.model.deterministic.table)(first.id));faktor;\(decimals(first.meanChange, 2));\(decimals(first.standardizedCoefficient, 3));"
                + decimals(first.spearman, 3))
        #expect(rows.contains { $0.hasPrefix("Uten virkning") })
        let fan = try #require(rows.firstIndex(of: "Kumulativt nivå med usikkerhet"))
        #expect(rows[fan + 1] == "År;P10;P50;P90;Deterministisk")
        #expect(rows[fan + 2].hasPrefix("2024;"))
        // The cumulative level: the deterministic column is the table's cumulative level 93, 114.5, 126.5.
        #expect(rows[fan + 2].hasSuffix(";93") && rows[fan + 3].hasSuffix(";114,5") && rows[fan + 4].hasSuffix(";126,5"))
    }

    @Test func reportCSVInTheRFC4180DialectKeepsTheLayoutWithCommasAndPoints() throws {
        let rows = try csv(.rfc4180)
        #expect(rows.contains("Sum,,,93,21.5,12"))
        #expect(rows.contains("\"\(Language.nb.ks2.baseCost)\",126.50"))
    }
}
