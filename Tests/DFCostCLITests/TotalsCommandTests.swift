import Foundation
import Testing

@Suite struct TotalsCommandTests {
    @Test func findsTheBuiltExecutable() {
        #expect(CLI.executable != nil)
    }

    @Test func printsTheSumsInNorwegianByDefault() throws {
        let result = try CLI.run(["totals", CLI.published])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(row("Sum", in: result.stdout) == ["93", "21,5", "12"])
        #expect(row("Sum, avrundet", in: result.stdout) == ["93", "22", "12"])
        #expect(row("Kumulativt nivå", in: result.stdout) == ["93", "114,5", "126,5"])
        // Per-solution subtotals; negative numbers with the Unicode minus.
        #expect(row("  Sum E-resept", in: result.stdout) == ["53", "\u{2212}10", "0"])
        #expect(row("  Sum Helsenorge", in: result.stdout) == ["9,5", "14", "12"])
        // Internal and conditional cells as the report prints them ("(14)*", "\u{2212}12*"), and the footnote.
        try CLI.assertTotalsGolden(result, "totals.txt")
    }

    @Test func printsEnglishNumbersWithLocaleEn() throws {
        let result = try CLI.run(["totals", CLI.published, "--locale", "en"])
        #expect(result.status == 0)
        #expect(row("Sum", in: result.stdout) == ["93", "21.5", "12"])
        #expect(row("Sum, rounded", in: result.stdout) == ["93", "22", "12"])
        #expect(row("Cumulative level", in: result.stdout) == ["93", "114.5", "126.5"])
        #expect(row("  Sum E-resept", in: result.stdout) == ["53", "-10", "0"])
        try CLI.assertTotalsGolden(result, "totals-en.txt")
    }

    @Test func jsonHasTheDocumentedKeysWithExactDecimalStrings() throws {
        let json = try CLI.totalsJSON()
        #expect(json["years"] as? [Int] == [2022, 2023, 2024, 2025, 2026])
        #expect(json["summed_years"] as? [Int] == [2024, 2025, 2026])
        #expect(json["totals"] as? [String: String] == ["2024": "93", "2025": "21.5", "2026": "12"])
        #expect(json["rounded_totals"] as? [String: String] == ["2024": "93", "2025": "22", "2026": "12"])
        #expect(json["cumulative"] as? [String: String] == ["2024": "93", "2025": "114.5", "2026": "126.5"])
        let bySolution = try #require(json["by_solution"] as? [String: [String: String]])
        #expect(bySolution["e-resept"] == ["2024": "53", "2025": "-10", "2026": "0"])
        #expect(bySolution["kjernejournal"] == ["2024": "25", "2025": "9.5", "2026": "0"])
        #expect(bySolution["helsenorge"] == ["2024": "9.5", "2025": "14", "2026": "12"])
        #expect(bySolution["helsenettet"] == ["2024": "5.5", "2025": "8", "2026": "0"])
        let lines = try #require(json["lines"] as? [[String: Any]])
        #expect(lines.count == 14)
        let fm = try #require(lines.first { $0["id"] as? String == "pll-fm" })
        #expect(fm["solution"] as? String == "e-resept")
        #expect(fm["initiative"] as? String == "Program Pasientens legemiddelliste")
        #expect(fm["part"] as? String == "FM")
        let cells = try #require(fm["cells"] as? [String: [String: Any]])
        #expect(cells["2025"]?["amount"] as? String == "-12")
        #expect(cells["2025"]?["internal"] as? Bool == false)
        #expect(cells["2025"]?["conditions"] as? [String] == ["fm-phaseout"])
        let sfm = try #require(lines.first { $0["id"] as? String == "pll-sfm" })
        let sfmCells = try #require(sfm["cells"] as? [String: [String: Any]])
        #expect(sfmCells["2022"]?["amount"] as? String == "14")
        #expect(sfmCells["2022"]?["internal"] as? Bool == true)
    }

    @Test func csvHasOneRowPerLineAndTheSums() throws {
        let excel = try CLI.run(["totals", CLI.published, "--format", "csv"])
        #expect(excel.status == 0)
        #expect(excel.stdoutBytes.starts(with: [0xEF, 0xBB, 0xBF]))  // BOM for Excel
        try CLI.assertTotalsGolden(excel, "totals-excel.csv")
        let rfc = try CLI.run(["totals", CLI.published, "--format", "csv", "--csv", "rfc4180"])
        #expect(rfc.status == 0)
        let rows = rfc.stdout.split(whereSeparator: \.isNewline)
        #expect(rows.first?.hasPrefix("kind,id,solution,initiative,part,2022") == true)
        #expect(rows.filter { $0.hasPrefix("line,") }.count == 14)
        try CLI.assertTotalsGolden(rfc, "totals-rfc4180.csv")
    }

    @Test func markdownIsATableWithTheSums() throws {
        let result = try CLI.run(["totals", CLI.published, "--format", "markdown"])
        #expect(result.status == 0)
        try CLI.assertTotalsGolden(result, "totals.md")
    }

    @Test func phaseOutNoneGives33point5In2025() throws {
        let json = try CLI.totalsJSON(["--condition", "fm-phaseout=none"])
        #expect(json["totals"] as? [String: String] == ["2024": "93", "2025": "33.5", "2026": "12"])
        let excluded = try #require(json["excluded"] as? [[String: Any]])
        #expect(excluded.count == 1)
        #expect(excluded.first?["line"] as? String == "pll-fm")
        #expect(excluded.first?["amount"] as? String == "-12")
    }

    @Test func phaseOutDelayedOneYearGives33point5And0() throws {
        let json = try CLI.totalsJSON(["--condition", "fm-phaseout=delayed:1"])
        #expect(json["totals"] as? [String: String] == ["2024": "93", "2025": "33.5", "2026": "0"])
        let text = try CLI.run(["totals", CLI.published, "--condition", "fm-phaseout=delayed:1", "--locale", "en"])
        #expect(row("Sum", in: text.stdout) == ["93", "33.5", "0"])
    }

    @Test func phaseOutDelayedTwoYearsReportsTheCellBeyondTheHorizon() throws {
        let json = try CLI.totalsJSON(["--condition", "fm-phaseout=delayed:2"])
        #expect(json["totals"] as? [String: String] == ["2024": "93", "2025": "33.5", "2026": "12"])
        let beyond = try #require(json["beyond_horizon"] as? [[String: Any]])
        #expect(beyond.first?["year"] as? Int == 2027)
        #expect(beyond.first?["amount"] as? String == "-12")
    }

    @Test func scaleAndShiftWhatIfsWorkFromTheCommandLine() throws {
        let shifted = try CLI.totalsJSON(["--shift", "tag:dokumentdeling=1"])
        #expect(shifted["totals"] as? [String: String] == ["2024": "82", "2025": "20.5", "2026": "24"])
        let scaled = try CLI.totalsJSON(["--scale", "all=1.2"])
        #expect(scaled["totals"] as? [String: String] == ["2024": "111.6", "2025": "25.8", "2026": "14.4"])
    }

    @Test func anExampleScenarioRunsThroughTheCLI() throws {
        let result = try CLI.run(["totals", "Scenarios/tillitsrammeverk-delay.toml", "--locale", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(row("Sum", in: result.stdout) == ["82", "20.5", "24"])
    }

    @Test func aSelectorMatchingNothingWarnsOnStderrAndFailsWithStrict() throws {
        let warned = try CLI.run(["totals", CLI.published, "--scale", "tag:nothing=2", "--format", "json"])
        #expect(warned.status == 0)
        #expect(warned.stderr == "advarsel: skalert ×2 [merke nothing] treffer ingen linje: ingen linje har merke 'nothing'\n",
                "Norwegian by default")
        // Printed once: the text table on standard output shows it as its note, so stderr is quiet.
        let shown = try CLI.run(["totals", CLI.published, "--scale", "tag:nothing=2"])
        #expect(shown.stderr.isEmpty)
        #expect(shown.stdout.components(separatedBy: "advarsel: skalert ×2 [merke nothing] treffer ingen linje").count == 2)
        let strict = try CLI.run(["totals", CLI.published, "--scale", "tag:nothing=2", "--strict"])
        #expect([64, 65].contains(strict.status))
        #expect(strict.stderr == "Feil: skalert ×2 [merke nothing] treffer ingen linje: ingen linje har merke 'nothing' (--strict)\n")
    }
}
