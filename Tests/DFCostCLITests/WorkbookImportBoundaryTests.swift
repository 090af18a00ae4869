import DFCostTestSupport
import Foundation
import Testing

/// `dfcost import` of workbooks written or edited by software nobody here wrote (openpyxl): the
/// receipt and its warnings for an .xlsx, a committee member's edit of dfcost's workbook, and the
/// report's own layout with the solution merged down beside its lines.
@Suite(.enabled(if: Openpyxl.available, "python3 with openpyxl not found"))
struct WorkbookImportBoundaryTests {
    /// Writes a workbook from rows given as JSON (`null` for an empty cell), with merges.
    static let writer = """
        import json, sys, openpyxl
        spec = json.loads(sys.argv[2])
        wb = openpyxl.Workbook()
        first = True
        for sheet in spec:
            ws = wb.active if first else wb.create_sheet()
            first = False
            ws.title = sheet["name"]
            for r, row in enumerate(sheet["rows"], start=1):
                for c, v in enumerate(row, start=1):
                    if v is not None:
                        ws.cell(r, c, v)
            for m in sheet.get("merges", []):
                ws.merge_cells(m)
        wb.save(sys.argv[1])
        """

    static func workbook(_ spec: String, in work: TemporaryFolder, name: String = "t.xlsx") throws -> String {
        let path = work.url.appendingPathComponent(name).path
        _ = try Openpyxl.run(Self.writer, path, spec)
        return path
    }

    @Test func anXLSXWithoutASumRowWarnsAndStrictRefuses() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let path = try Self.workbook(#"[{"name": "Ark1", "rows": [["Tiltak", 2024], ["E-resept", null], ["SFM", 55]]}]"#, in: work)
        let plain = try CLI.run(["import", path, "--locale", "en"])
        #expect(plain.status == 0)
        #expect(plain.stderrLines.first == "\(path):Ark1!B1: warning: no Sum row: the lines were not checked against a total, and every year is taken as summed")
        let strict = try CLI.run(["import", path, "--strict"])
        #expect(strict.status == 65)
        #expect(strict.stderrLines == ["Feil: \(path):Ark1!B1: ingen Sum-rad: linjene er ikke kontrollert mot en sum, og alle år regnes som summert (en feil med --strict)"])
        let strictEnglish = try CLI.run(["import", path, "--strict", "--locale", "en"])
        #expect(strictEnglish.stderr.hasPrefix("Error: \(path):Ark1!B1: no Sum row"))
    }

    @Test func theReportLayoutMergedDownBesideItsLinesImportsWithANotesSheetBeforeIt() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let spec = #"""
            [{"name": "Notater", "rows": [["Merknader til tabellen"], [null], ["Tallene er fra NHN."]], "merges": ["A1:C3"]},
             {"name": "D&F", "rows": [
                ["Estimert økning (MNOK)"], [null],
                ["Økning pr år", "Tiltak", "Del", 2024, 2025, 2026],
                ["E-RESEPT", "Program Pasientens legemiddelliste", "SFM", 55, null, null],
                [null, "Program Pasientens legemiddelliste", "FM", -2, "-12 *", null],
                [null, "Program Pasientens legemiddelliste", "PLL", null, 2, null],
                ["HELSENORGE", "Helsenorge", "Diverse tiltak", 10, 13.5, 12],
                [null, "Helsenorge", "Overført", -4, null, null],
                ["Sum millioner kroner", null, null, 59, 4, 12],
                ["* Er avhengig av full utfasing av FM."],
                ["Fotnote over tre rader"], [null], [null]],
              "merges": ["A4:A6", "A7:A8", "A11:C13"]}]
            """#
        let path = try Self.workbook(spec, in: work)
        let result = try CLI.run(["import", path, "--locale", "en", "-o", work.url.appendingPathComponent("t.toml").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("read 5 lines, 2 solutions"))
        #expect(result.stderr.contains("checked against the lines: Sum (\(path):'D&F'!D9): 2024 59; 2025 4 ≈ 3.5 (rounded); 2026 12"))
        #expect(result.stderr.components(separatedBy: "note under the table").count == 2, "one note, not one per merged row")
        let verify = try CLI.run(["verify", work.url.appendingPathComponent("t.toml").path])
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    /// A committee member types a new amount into an empty cell of dfcost's workbook (openpyxl),
    /// and LibreOffice recalculates and saves it, as Excel would on opening.
    static let editor = """
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["Tabell"]
        header = next(r for r in range(1, 20) if ws.cell(r, 2).value == 2022)
        col = next(c for c in range(2, 12) if ws.cell(header, c).value == 2026)
        for r in range(header + 1, ws.max_row + 1):
            if str(ws.cell(r, 1).value or "").strip().endswith("/ PLL"):
                ws.cell(r, col).value = 5
        wb.save(sys.argv[2])
        """

    @Test(.enabled(if: LibreOffice.soffice != nil, "soffice not found"))
    func anEditedWorkbookKeepsItsIdsAndItsNewAmountMovesTheTotals() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx").path
        let outdir = work.url.appendingPathComponent("saved")
        try FileManager.default.createDirectory(at: outdir, withIntermediateDirectories: true)
        let edited = work.url.appendingPathComponent("edited.xlsx").path
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx]).status == 0)
        _ = try Openpyxl.run(Self.editor, xlsx, edited)
        try LibreOffice.run(["--headless", "--convert-to", "xlsx", "--outdir", outdir.path, edited], in: work)
        let saved = outdir.appendingPathComponent("edited.xlsx").path
        let toml = work.url.appendingPathComponent("edited.toml").path
        let result = try CLI.run(["import", saved, "--locale", "en", "-o", toml])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Sum (\(saved):Tabell!D28): 2024 93; 2025 21.5; 2026 17"), "\(result.stderr)")
        // The file keeps the published sums of its hidden sheet, and the receipt says the table moved.
        #expect(result.stderr.contains("warning: the table's sum for 2026 is 17, but the workbook was written with the published sum 12"), "\(result.stderr)")
        // The lines keep the published ids and tags; the one change is PLL's new 2026 amount.
        let compare = try CLI.run(["compare", CLI.published, toml, "--locale", "en", "--format", "csv", "--csv", "rfc4180"])
        #expect(compare.stdout.contains("pll-pll"))
        #expect(!compare.stdout.contains("new"), "\(compare.stdout)")
        let totals = try CLI.run(["totals", toml, "--locale", "en", "--format", "csv", "--csv", "rfc4180"])
        #expect(totals.stdout.contains("line,pll-pll,e-resept,Program Pasientens legemiddelliste,PLL,"))
        #expect(totals.stdout.contains("meta,lines.pll-sfm.tags,pll"))
    }
}
