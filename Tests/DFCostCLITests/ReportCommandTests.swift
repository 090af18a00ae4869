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
        #expect(result.stderr.isEmpty, "no progress bar when stderr is not a terminal")
    }

    @Test func reportRefusesToWriteOverItsInput() throws {
        let result = try CLI.run(["report", CLI.published, "--format", "text", "-o", CLI.published])
        #expect(result.status == 64)
        #expect(result.stderr.contains("refusing to write output over an input file"))
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
        #expect(result.stderr.hasPrefix("\(path):3:11: "), "\(result.stderr)")
    }

    @Test func reportByInitiativeIsRefusedBeforeAnyFileIsRead() throws {
        // The file does not exist: a refusal before any work is exit 64, not "no such file" (66).
        let result = try CLI.run(["report", "no-such-file.toml", "--by", "initiative", "--format", "text"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--by initiative"), "\(result.stderr)")
    }

    @Test func reportByPayerWithoutPayerKeysNamesTheFlagAndExits64() throws {
        let result = try CLI.run(["report", CLI.published, "--by", "payer", "--format", "text"])
        #expect(result.status == 64)
        #expect(result.stderrLines.first?.hasPrefix("--by payer: scenario ") == true, "\(result.stderr)")
    }
}
