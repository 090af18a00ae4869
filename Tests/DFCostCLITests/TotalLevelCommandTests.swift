import DFCostTestSupport
import Foundation
import Testing

/// The total D&F level (`[baseline]`) in `totals` and `report`, in every format, against golden
/// files (Goldens/TotalLevelCommandTests/); DFCOST_RECORD=1 rewrites them.
@Suite struct TotalLevelCommandTests {
    static let example = "Scenarios/examples/illustrativ-driftsgrunnlag.toml"

    static let runs: [(name: String, arguments: [String])] = [
        ("totals.txt", ["totals", example]),
        ("totals-en.txt", ["totals", example, "--locale", "en"]),
        ("totals.md", ["totals", example, "--format", "markdown"]),
        ("totals.csv", ["totals", example, "--format", "csv"]),
        ("totals.json", ["totals", example, "--format", "json"]),
        ("report.txt", ["report", example, "--by", "payer", "--format", "text"]),
        ("report.md", ["report", example, "--by", "payer", "--format", "markdown"]),
        ("report.csv", ["report", example, "--by", "payer", "--format", "csv"]),
        ("report.html", ["report", example, "--by", "payer", "--format", "html"]),
        ("report.json", ["report", example, "--by", "payer", "--format", "json"]),
    ]

    @Test(arguments: runs)
    func theTotalLevelMatchesTheGoldenFile(name: String, arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.assertGolden(result, name)
    }

    @Test func everyFormatNamesTheIllustrativeSourceAndTheLevel() throws {
        for format in ["text", "markdown", "csv", "html"] {
            let out = try CLI.run(["report", Self.example, "--format", format]).stdout
            #expect(out.contains("ILLUSTRATIV: oppdiktede tall"), "\(format)")
            #expect(out.contains("Totalt D&amp;F-nivå") || out.contains("Totalt D&F-nivå"), "\(format)")
            #expect(out.contains("437,5") || out.contains("437.5"), "\(format)")
        }
    }

    @Test func theWorkbookHasASheetOfTheLevelWithSumFormulas() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        for command in ["totals", "report"] {
            let xlsx = work.url.appendingPathComponent("\(command).xlsx")
            let result = try CLI.run([command, Self.example, "--format", "xlsx", "-o", xlsx.path])
            #expect(result.status == 0, "\(result.stderr)")
            let book = try WorkbookFile.entry(xlsx, "xl/workbook.xml")
            #expect(book.contains("name=\"D&amp;F-nivå\""), "\(command): \(book)")
            let sheets = book.components(separatedBy: "<sheet ").count - 1
            let index = try #require((1...sheets).first { i in
                (try? WorkbookFile.entry(xlsx, "xl/worksheets/sheet\(i).xml"))?.contains("SUM(") == true
                    && (try? WorkbookFile.entry(xlsx, "xl/worksheets/sheet\(i).xml"))?.contains("437.5") == true
            })
            let sheet = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet\(index).xml")
            #expect(sheet.contains("<v>437.5</v>") && sheet.contains("<v>463</v>"), "\(command)")
        }
    }

    @Test func theBreakdownByInitiativeKeepsTheLevel() throws {
        let text = try CLI.run(["totals", Self.example, "--by", "initiative"])
        #expect(text.status == 0 && text.stdout.contains("Totalt D&F-nivå (MNOK)") && text.stdout.contains("Sum per tiltak"), "\(text.stderr)")
        let json = try JSONSerialization.jsonObject(with: try CLI.run(["totals", Self.example, "--by", "initiative", "--format", "json"]).stdoutBytes)
        let level = try #require((json as? [String: Any])?["total_level"] as? [String: Any])
        #expect((level["sum"] as? [String: Any])?["level"] as? [String: String] == ["2024": "437.5", "2025": "451", "2026": "463"])
    }

    @Test func aFileWithoutBaselinePrintsNothingNew() throws {
        let out = try CLI.run(["report", CLI.published, "--format", "text"]).stdout
        #expect(!out.contains("D&F-nivå") && !out.contains("driftsgrunnlag"))
        let json = try CLI.totalsJSON()
        #expect(json["total_level"] == nil)
    }

    @Test func aBaselineErrorIsOneLineAtItsPlaceWithExitCode65() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let file = work.url.appendingPathComponent("b.toml")
        try "version = 1\nextends = \"\(CLI.root.appendingPathComponent(CLI.published).path)\"\n[baseline]\nsource = \"x\"\ne-resep = { 2024 = 1, 2025 = 1, 2026 = 1 }\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["totals", file.path])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("b.toml:5:1") && result.stderr.contains("'e-resept'"), "\(result.stderr)")
    }
}
