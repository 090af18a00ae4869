import Foundation
import Testing

/// `dfcost report` and `dfcost import` as users run them.
@Suite struct ReportCommandTests {
    @Test func reportWritesOneSelfContainedHTMLFileAtomically() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("report.html").path
        let result = try CLI.run(["report", CLI.published, "--format", "html", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"nb\">"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(try folder.contents() == ["report.html"])
    }

    @Test func reportWithSimulationHasFanChartSCurveAndTornado() throws {
        let result = try CLI.run(["report", "Scenarios/bench/standard-workload.toml", "--simulate", "--trials", "2000",
                                  "--seed", "1", "--compare", "Scenarios/fm-delayed-1y.toml", "--locale", "en", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        for id in ["fig-increase", "fig-cumulative", "fig-delta-1", "fig-fan", "fig-scurve", "fig-tornado"] {
            #expect(result.stdout.contains("id=\"\(id)\""), "missing \(id)")
        }
        // No progress bar when stderr is not a terminal: only the warnings that the workload's MF
        // group selects one line and that 2 000 trials leave a standard error far above the
        // printed hundredths.
        #expect(result.stderrLines.count == 2, "\(result.stderr)")
        #expect(result.stderrLines.first?.hasSuffix("warning: correlation group 'MF' selects one line only (Helsenettet: MF Helse), "
                                                    + "so it correlates nothing; a group needs two lines or more") == true, "\(result.stderr)")
        #expect(result.stderrLines.last?.hasPrefix("warning: 2,000 trials give a standard error") == true, "\(result.stderr)")
    }

    @Test func reportRefusesToWriteOverItsInput() throws {
        let result = try CLI.run(["report", CLI.published, "--format", "text", "-o", CLI.published])
        #expect(result.status == 64)
        #expect(result.stderr == "Feil: \(CLI.published): skriver ikke resultatet over en inndatafil\n")
    }

    @Test func importOfTotalsCSVVerifiesAgainstThePublishedSums() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = folder.url.appendingPathComponent("totals.csv").path
        let toml = folder.url.appendingPathComponent("imported.toml").path
        #expect(try CLI.run(["totals", CLI.published, "--format", "csv", "-o", csv]).status == 0)
        let imported = try CLI.run(["import", csv, "-o", toml])
        #expect(imported.status == 0, "\(imported.stderr)")
        let verify = try CLI.run(["verify", toml])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func importOfABadCellExits65WithFileLineAndColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("bad.csv", "Tiltak;Del;2024;2025\nE-resept\nPLL;FM;-2;tolv\n")
        let result = try CLI.run(["import", path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("Feil: \(path):3:11: "), "\(result.stderr)")
    }

    @Test func reportByInitiativeGivesTheSameSubtotalsAsTotalsInEveryFormat() throws {
        let totals = try CLI.run(["totals", CLI.published, "--by", "initiative", "--format", "json"])
        let expected = try #require(try JSONSerialization.jsonObject(with: totals.stdoutBytes) as? [String: Any])
        let report = try CLI.run(["report", CLI.published, "--by", "initiative", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: report.stdoutBytes) as? [String: Any])
        let rows = try #require(document["by_initiative"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        let canonical = { (o: Any) throws -> Data in try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]) }
        #expect(try canonical(rows) == canonical(try #require(expected["by_initiative"])))

        let text = try CLI.run(["report", CLI.published, "--by", "initiative", "--format", "text"])
        try CLI.assertGolden(text, "by-initiative.txt")
        let markdown = try CLI.run(["report", CLI.published, "--by", "initiative", "--format", "markdown", "--locale", "en"])
        try CLI.assertGolden(markdown, "by-initiative-en.md")
        let csv = try CLI.run(["report", CLI.published, "--by", "initiative", "--format", "csv", "--csv", "rfc4180", "--locale", "en"])
        try CLI.assertGolden(csv, "by-initiative-en.csv")
        let html = try CLI.run(["report", CLI.published, "--by", "initiative", "--format", "html"])
        #expect(html.stdout.contains("<section id=\"initiatives\">\n<h2>Sum per tiltak (MNOK)</h2>"))
        #expect(html.stdout.contains("<th scope=\"row\">Program Pasientens legemiddelliste</th><td class=\"num\">53</td>"))
    }

    static let rounds = ["--compare", "Scenarios/fm-delayed-1y.toml", "--compare", "Scenarios/overrun-20.toml"]

    @Test func reportWithTwoOrMoreComparesHoldsTheSideBySideOfCompareInJSON() throws {
        let report = try CLI.run(["report", CLI.published] + Self.rounds + ["--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: report.stdoutBytes) as? [String: Any])
        let rounds = try #require(document["rounds"] as? [String: Any])
        let compare = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml", "--format", "json"])
        let expected = try #require(try JSONSerialization.jsonObject(with: compare.stdoutBytes) as? [String: Any])
        func canonical(_ o: Any) throws -> Data { try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]) }
        #expect(try canonical(rounds) == canonical(expected), "the same document as compare A B C --format json")
        let scenarios = try #require(rounds["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String } == ["ehelseportefolje-2023-10", "fm-delayed-1y", "overrun-20"])
        // One other: the pairwise comparison as before, no side-by-side.
        let one = try CLI.run(["report", CLI.published, "--compare", "Scenarios/fm-delayed-1y.toml", "--format", "json"])
        let single = try #require(try JSONSerialization.jsonObject(with: one.stdoutBytes) as? [String: Any])
        #expect(single["rounds"] == nil)
        #expect((single["comparisons"] as? [Any])?.count == 1)
    }

    @Test func reportWithTwoOrMoreComparesShowsTheSideBySideInEveryHumanFormat() throws {
        let html = try CLI.run(["report", CLI.published] + Self.rounds)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<figure class=\"chart\" id=\"fig-rounds\">"))
        #expect(html.stdout.contains("<strong>Sum over perioden per løsning, per scenario</strong>"))
        // The chart's data table: per column (scenario) each solution's horizon total, and the sum.
        #expect(html.stdout.contains("<th scope=\"col\" class=\"num\">Helsenettet</th><th scope=\"col\" class=\"num\">Sum</th></tr></thead>"))
        #expect(html.stdout.contains("<tr><th scope=\"row\" class=\"word\">fm-delayed-1y</th><td class=\"num\">43</td><td class=\"num\">34,5</td><td class=\"num\">35,5</td><td class=\"num\">13,5</td><td class=\"num\">126,5</td></tr>"))
        #expect(html.stdout.contains("<tr><th scope=\"row\" class=\"word\">overrun-20</th><td class=\"num\">51,6</td><td class=\"num\">41,4</td><td class=\"num\">42,6</td><td class=\"num\">16,2</td><td class=\"num\">151,8</td></tr>"))
        #expect(!html.stdout.contains("id=\"fig-delta-1\""), "the side-by-side replaces the pairwise sections")
        let markdown = try CLI.run(["report", CLI.published] + Self.rounds + ["--format", "markdown", "--locale", "en"])
        try CLI.assertGolden(markdown, "rounds-en.md")
        let previous = try CLI.run(["report", CLI.published] + Self.rounds + ["--against", "previous", "--format", "text", "--locale", "en"])
        try CLI.assertGolden(previous, "rounds-against-previous-en.txt")
        let alone = try CLI.run(["report", CLI.published, "--compare", "Scenarios/fm-delayed-1y.toml", "--against", "previous"])
        #expect(alone.status == 64 && alone.stderr.contains("--against"), "\(alone.stderr)")
        let csv = try CLI.run(["report", CLI.published] + Self.rounds + ["--format", "csv", "--csv", "rfc4180", "--locale", "en"])
        try CLI.assertGolden(csv, "rounds-en.csv")
    }

    @Test func reportByPayerWithoutPayerKeysNamesTheFlagAndExits64() throws {
        let result = try CLI.run(["report", CLI.published, "--by", "payer", "--format", "text"])
        #expect(result.status == 64)
        #expect(result.stderrLines.first?.hasPrefix("Feil: --by payer: scenario ") == true, "\(result.stderr)")
    }
}
