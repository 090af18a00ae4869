import DFCostApp
import DFCostModel
import DFCostNumerics
import DFCostNotation
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation
import Testing

/// The words of ``Labels/english`` that must never appear in Norwegian output, and a checker.
enum EnglishWords {
    /// Every string held by a labels value, through its nested groups.
    static func strings(of value: Any) -> [String] {
        Mirror(reflecting: value).children.flatMap { child -> [String] in
            if let s = child.value as? String { return [s] }
            return strings(of: child.value)
        }
    }

    /// The words of a text: runs of letters, lower-cased, without `{placeholders}` but with the
    /// nouns of a count's `{count|one|other}`.
    static func words(_ text: String) -> Set<String> {
        var plain = ""
        var placeholder: String?
        for c in text {
            if c == "{" {
                placeholder = ""
            } else if c == "}", let name = placeholder {
                plain += " " + name.split(separator: "|").dropFirst().joined(separator: " ") + " "
                placeholder = nil
            } else if placeholder != nil {
                placeholder?.append(c)
            } else {
                plain.append(c)
            }
        }
        return Set(plain.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count > 1 })
    }

    /// The English word tables' words (``Language/allWords``: the labels, explain's, the
    /// initiatives', the operations' and condition states'), minus those the Norwegian tables use
    /// as well ("sum", "scenario", "reserve", "monte", "carlo", "mnok", "ok", ...).
    static let forbidden: Set<String> = {
        let english = Language.en.allWords.reduce(into: Set<String>()) { $0.formUnion(words($1)) }
        let norwegian = Language.nb.allWords.reduce(into: Set<String>()) { $0.formUnion(words($1)) }
        // Condition states (`full`, `none`) are file syntax, printed as written in either language;
        // the English help uses "none" as a word too.
        return english.subtracting(norwegian).subtracting(["none", "full"])
    }()

    /// The forbidden words in `output`. HTML loses its style sheet and tags first. Tokens with
    /// digits or the characters of ids, paths and selectors (`-/=.:@[]×`) are ids, not words;
    /// snake-case CSV keys are split into their words.
    /// Text from the scenario files (`data`, such as a payer key's assumption) is the files'
    /// own and is removed first.
    /// A warning names its operation as the engine wrote it (`index from 2023 [all]`, file
    /// syntax); ``found(in:allowing:data:operationsAsWritten:)`` leaves those out when asked.
    static let fileSyntax = [#"(scale|shift|set|remove|index from \d+) ?\S* \[[^\]]*\]"#]

    static func found(in output: String, allowing allowed: Set<String> = [], data: [String] = [],
                      operationsAsWritten: Bool = false) throws -> [String] {
        var text = output
        if let style = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(style.lowerBound..<end.upperBound) }
        text = try text.replacing(Regex("<[^>]*>"), with: " ")
        for (entity, c) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacingOccurrences(of: entity, with: c)
        }
        for d in data where !d.isEmpty { text = text.replacingOccurrences(of: d, with: " ") }
        if operationsAsWritten { for pattern in fileSyntax { text = try text.replacing(Regex(pattern), with: " ") } }
        var hits: [String] = []
        for chunk in text.split(whereSeparator: { $0.isWhitespace || ";|,()\"*'«»".contains($0) }) {
            let token = chunk.trimmingCharacters(in: CharacterSet(charactersIn: ".:!?"))
            guard !token.isEmpty, !token.contains(where: { $0.isNumber || "-/=.:@[]×".contains($0) }) else { continue }
            for part in token.split(separator: "_") where forbidden.contains(part.lowercased()) && !allowed.contains(part.lowercased()) {
                hits.append(String(part))
            }
        }
        return hits
    }
}

/// The Norwegian default prints no English label, in any command or format.
@Suite struct NorwegianOutputTests {
    static let published = "Scenarios/published/ehelseportefolje-2023-10.toml"

    /// The header and row kinds of the totals CSV are the documented machine layout that
    /// `dfcost import` reads (file syntax), in either dialect.
    static let importLayoutKeys: Set<String> = ["kind", "id", "solution", "initiative", "part", "internal", "conditions",
                                                "line", "subtotal", "sum", "rounded", "cumulative", "true", "false", "payer"]

    @Test func theEnglishWordListIsBuiltFromTheEnglishLabels() {
        for word in ["delta", "total", "solution", "why", "change", "line", "mean", "frame", "excluded", "computed", "condition"] {
            #expect(EnglishWords.forbidden.contains(word), "\(word)")
        }
        // Words the two languages share are not forbidden.
        #expect(!EnglishWords.forbidden.contains("sum"))
        #expect(!EnglishWords.forbidden.contains("monte"))
        #expect(!EnglishWords.forbidden.contains("scenario"))
    }

    @Test func theCheckerFindsEnglishAndPassesIdsAndFileSyntax() throws {
        #expect(try EnglishWords.found(in: "År  delta\ntotal 12") == ["delta", "total"])
        #expect(try EnglishWords.found(in: "betingelse fm-phaseout: ikke oppfylt (Scenarios/published/x.toml:3:1) fjernet [merke dbep]").isEmpty)
        #expect(try EnglishWords.found(in: "flyttet til 2027 av tidshorisont 2024–2026, summert 2024–2026").isEmpty)
        // Operations and condition states are worded in the language, so their English words are found.
        #expect(try EnglishWords.found(in: "flyttet til 2027 av horizon 2024-2026, summed 2024-2026") == ["horizon", "summed"])
        #expect(try EnglishWords.found(in: "betingelse fm-phaseout: delayed 1 years") == ["delayed", "years"])
        #expect(try EnglishWords.found(in: "<p class=\"mean\">forventningsverdi</p>").isEmpty)
        #expect(try EnglishWords.found(in: "base_amount;P50_se") == ["base", "amount"])
    }

    /// Every comparison the examples give: a condition, a removal, a shift, and a scenario against
    /// itself with a what-if.
    static func comparisons() throws -> [ScenarioComparison] {
        let (scenario, base, _) = try RenderSupport.applied(published)
        var out: [ScenarioComparison] = []
        for other in ["Scenarios/fm-delayed-1y.toml", "Scenarios/dbep-unfunded.toml", "Scenarios/tillitsrammeverk-delay.toml",
                      "Scenarios/fm-not-phased-out.toml", "Scenarios/overrun-20.toml"] {
            out.append(try ScenarioComparison(base: base, other: try RenderSupport.applied(other).1))
        }
        let none = try scenario.apply(ApplyOptions(conditionOverrides: [("fm-phaseout", .none)],
                                                   operations: [try WhatIf.shift("tag:dokumentdeling=1")]))
        out.append(try ScenarioComparison(base: base, other: none))
        return out
    }

    /// Every Norwegian document of every renderer: name -> text.
    static func documents() throws -> [(String, String)] {
        var docs: [(String, String)] = []
        let human: [OutputFormat] = [.text, .markdown, .csv]
        for file in [published, "Scenarios/fm-not-phased-out.toml", "Scenarios/dbep-unfunded.toml", "Scenarios/tillitsrammeverk-delay.toml"] {
            let (_, applied, totals) = try RenderSupport.applied(file)
            for format in human { docs.append(("totals \(file) \(format)", TotalsRenderer().render(applied, totals: totals, format: format))) }
            docs.append(("report \(file) html", ReportRenderer().render(Report(applied: applied, totals: totals), format: .html)))
        }
        let (_, payerApplied, payerTotals) = try RenderSupport.applied("Scenarios/payers-2024.toml")
        let allocation = try payerApplied.payerAllocation(payerTotals)
        for format in human {
            docs.append(("totals --by payer \(format)", TotalsRenderer().render(payerApplied, totals: payerTotals, format: format, payers: allocation)))
        }
        let comparisons = try comparisons()
        for format in human { docs.append(("compare \(format)", ComparisonRenderer().render(comparisons, format: format))) }
        let (_, payerBase, _) = try RenderSupport.applied("Scenarios/payers-2024.toml")
        let payerOther = try payerBase.payerAllocation(try payerBase.totals())
        let deltas = try PayerDelta.between(payerOther, payerOther)
        docs.append(("compare --by payer", ComparisonRenderer().render([comparisons[0]], format: .text, payerDeltas: [deltas])))

        let sim = try RendererGoldenTests.simulation()
        for format in human {
            docs.append(("simulate \(format)", SimulationRenderer().render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false,
                                                                           format: format, analysis: sim.analysis)))
            // Every kind of row of the analysis model: triple estimate, repair, every condition state.
            docs.append(("analysis model \(format)", DocumentWriter().write(AnalysisModelBuilderTests.document(.nb), format: format) ?? ""))
        }
        docs.append(("simulate --compare", SimulationRenderer().render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: true, format: .text)))

        let (_, applied, totals) = try RenderSupport.applied("Scenarios/bench/standard-workload.toml")
        let report = Report(applied: applied, totals: totals, comparisons: comparisons, simulation: sim, payers: nil)
        for format in [OutputFormat.html, .text, .markdown, .csv] {
            docs.append(("report \(format)", ReportRenderer().render(report, format: format)))
        }
        // Two or more others side by side, and the subtotals per initiative.
        let roundsRequest = ReportRequest(scenario: try ScenarioLoader.load(path: published),
                                          comparedWith: try ["Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml"].map { try ScenarioLoader.load(path: $0) },
                                          byInitiative: true)
        let roundsReport = Report(try roundsRequest.run())
        for format in [OutputFormat.html, .text, .markdown, .csv] {
            docs.append(("report --compare A --compare B --by initiative \(format)", ReportRenderer().render(roundsReport, format: format)))
        }
        let payerReport = Report(applied: payerApplied, totals: payerTotals, payers: allocation)
        for format in [OutputFormat.html, .text, .markdown, .csv] {
            docs.append(("report --by payer \(format)", ReportRenderer().render(payerReport, format: format)))
        }

        // Verify: a match, a mismatch with a year outside the horizon, nothing left to verify.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var files = [published]
        for (name, years, summed) in [("later.toml", "[2025, 2026, 2027]", "[2025, 2026, 2027]"), ("none.toml", "[2026, 2027]", "[2027]")] {
            let url = folder.url.appendingPathComponent(name)
            try """
                version = 1
                extends = "\(RenderSupport.published)"
                [[operations]]
                horizon = { years = \(years), summed_years = \(summed) }
                """.write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        for file in files {
            let applied = try ScenarioLoader.load(path: file).apply()
            let totals = try applied.totals()
            let v = try #require(try Verification(table: applied.table, totals: totals))
            docs.append(("verify \(file)", VerificationRenderer.text(file: file, v)))
            docs.append(("totals \(file) text", TotalsRenderer().render(applied, totals: totals, format: .text)))
            let (_, base, _) = try RenderSupport.applied(published)
            docs.append(("compare horizon \(file)", ComparisonRenderer().render([try ScenarioComparison(base: base, other: applied)], format: .text)))
        }

        let (_, explained, _) = try RenderSupport.applied("Scenarios/fm-not-phased-out.toml")
        let explanation = try Explanation(explained, year: 2025)
        for format in human { docs.append(("explain \(format)", ExplanationRenderer().render(explanation, scenario: explained.name, format: format))) }
        return docs
    }

    @Test func noNorwegianDocumentContainsAWordOfTheEnglishLabels() throws {
        // The payer keys' assumptions are the scenario file's own text (English in payers-2024.toml).
        let (_, payers, payerTotals) = try RenderSupport.applied("Scenarios/payers-2024.toml")
        let assumptions = try payers.payerAllocation(payerTotals).assumptions.map(\.text)
        for (name, text) in try Self.documents() {
            let allowed = name.hasPrefix("totals") && name.hasSuffix("csv") ? Self.importLayoutKeys : []
            let hits = try EnglishWords.found(in: text, allowing: allowed, data: assumptions)
            #expect(hits.isEmpty, "\(name): English words \(Array(Set(hits)).sorted())")
        }
    }
}
