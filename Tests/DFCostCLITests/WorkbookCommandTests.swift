import Foundation
import Testing
import ZIPFoundation

/// `--format xlsx` and `import FILE.xlsx` through the command line, without LibreOffice.
@Suite struct WorkbookCommandTests {
    @Test func aWorkbookDfcostWroteImportsBackAndVerifies() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx").path, toml = work.url.appendingPathComponent("t.toml").path
        let written = try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let imported = try CLI.run(["import", xlsx, "-o", toml])
        #expect(imported.status == 0, "\(imported.stderr)")
        let verified = try CLI.run(["verify", toml])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        // The same table as the published file: the same totals (the CSV's meta rows, which carry
        // a scenario file's ids and tags for a lossless round trip, are not in a workbook).
        let a = try CLI.run(["totals", toml, "--format", "csv"]), b = try CLI.run(["totals", CLI.published, "--format", "csv"])
        func sums(_ csv: String) -> [Substring] { csv.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("line;") && !$0.hasPrefix("meta;") } }
        #expect(sums(a.stdout) == sums(b.stdout))
        #expect(sums(a.stdout).count == 8)
    }

    @Test func theSameTableGivesTheSameWorkbookBytes() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let one = work.url.appendingPathComponent("1.xlsx"), two = work.url.appendingPathComponent("2.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", one.path]).status == 0)
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", two.path]).status == 0)
        #expect(try Data(contentsOf: one) == Data(contentsOf: two))
    }

    @Test func theSumsAreFormulasOverEveryCellOfTheirLinesWithDfcostsValuesCached() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        let sheet = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        // Sum E-resept 2024 (row 10): every line of the block, D7:D9, though PLL (row 9) is
        // empty in 2024, so that a number typed there counts.
        #expect(sheet.contains("<c r=\"D10\" s=\"") && sheet.contains("<f>SUM(D7:D9)</f><v>53</v>"), "\(sheet.prefix(3000))")
        // 2026, where E-resept has no cell: still a formula over its lines, never a literal 0.
        #expect(sheet.contains("<f>SUM(F7:F9)</f><v>0</v>"))
        #expect(!sheet.contains("<f>0</f>"))
        // The Sum row adds the subtotals; "Sum, avrundet" rounds it; the cumulative level adds up.
        #expect(sheet.contains("<f>SUM(E10,E15,E22,E27)</f><v>21.5</v>"))
        #expect(sheet.contains("<f>ROUND(E28,0)</f><v>22</v>"))
        #expect(sheet.contains("<f>D30+E28</f><v>114.5</v>"))
        // Internal cells in parentheses by their number format, conditional ones with their mark.
        let styles = try WorkbookFile.entry(xlsx, "xl/styles.xml")
        #expect(styles.contains("formatCode=\"\\(#,##0\\)&quot; *&quot;;\\(\\-#,##0\\)&quot; *&quot;\""), "\(styles)")
        // A frozen header row; the title on the left of the page header, the page number right.
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<oddHeader>&amp;LEstimert økning i drift- og forvaltningskostnader"))
        #expect(sheet.contains("&amp;R&amp;P/&amp;N</oddHeader>"))
    }

    @Test func aLineInternalInOneYearAndCountedInAnotherIsLeftOutOnlyWhereItIsInternal() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        // FM (row 8, between SFM and PLL): -2 made internal in 2024, its -12* in 2025 still counted.
        let run = try CLI.run(["totals", CLI.published, "--set", "line:pll-fm@2024=(-2)", "--format", "xlsx", "-o", xlsx.path])
        #expect(run.status == 0, "\(run.stderr)")
        let sheet = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<f>SUM(D7,D9)</f><v>55</v>"), "\(sheet)")
        #expect(sheet.contains("<f>SUM(E7:E9)</f><v>-10</v>"))
        #expect(sheet.contains("<f>SUM(D10,D15,D22,D27)</f><v>95</v>"))
    }

    @Test func theTableSheetPrintsOnePageWideOnA4Landscape() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        let sheet = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"))
        #expect(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
        // The left text is short enough not to reach the page number on the right.
        let header = try #require(sheet.components(separatedBy: "<oddHeader>").dropFirst().first?.components(separatedBy: "&amp;R").first)
        #expect(header.count <= 90, "\(header)")
    }

    @Test func aWholeSumIsShownWithoutDecimalsAndAHalfWithOne() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        let sheet = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        let styles = try WorkbookFile.entry(xlsx, "xl/styles.xml")
        // The number format code of a cell, through its style index and cellXfs.
        func format(_ reference: String) throws -> String {
            let cell = try #require(sheet.components(separatedBy: "<c r=\"\(reference)\" s=\"").dropFirst().first)
            let s = try #require(Int(cell.prefix { $0.isNumber }))
            let xfs = try #require(styles.components(separatedBy: "<cellXfs").dropFirst().first).components(separatedBy: "<xf ").dropFirst()
            let id = try #require(Array(xfs)[s].components(separatedBy: "numFmtId=\"").dropFirst().first?.prefix { $0.isNumber })
            return String(try #require(styles.components(separatedBy: "<numFmt numFmtId=\"\(id)\" formatCode=\"").dropFirst().first?.prefix { $0 != "\"" }))
        }
        #expect(try format("D28") == "#,##0", "Sum 2024 = 93")
        #expect(try format("E28") == "#,##0.0", "Sum 2025 = 21.5")
        #expect(try format("D10") == "#,##0", "Sum E-resept 2024 = 53")
        #expect(try format("E30") == "#,##0.0", "cumulative 2025 = 114.5")
    }

    @Test func xlsxNeedsAFileAndAFailedWriteIsExit73() throws {
        let stdout = try CLI.run(["totals", CLI.published, "--format", "xlsx"])
        #expect(stdout.status == 64)
        #expect(stdout.stderr == "Feil: --format xlsx skriver en binær arbeidsbok: gi filen med -o FIL.xlsx\n")
        #expect(try CLI.run(["report", CLI.published, "--format", "xlsx", "-o", "-"]).status == 64)
        #expect(try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--format", "xlsx"]).status == 64)
        #expect(try CLI.run(["explain", CLI.published, "--format", "xlsx"]).status == 64)
        let missing = try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", "/nonexistent-folder/t.xlsx"])
        #expect(missing.status == 73, "\(missing.stderr)")
    }
}

/// Reading and editing a workbook's parts in tests.
enum WorkbookFile {
    static func entry(_ url: URL, _ path: String) throws -> String {
        let archive = try Archive(url: url, accessMode: .read)
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// A sheet's XML with the cell `reference` (same row) holding the number `value`: its old value
    /// replaced, or, for a cell the row does not have, a new one put in column order.
    static func setCell(_ reference: String, to value: String, in xml: String) -> String {
        let letters = reference.prefix { $0.isLetter }, row = reference.dropFirst(letters.count)
        if let start = xml.range(of: "<c r=\"\(reference)\"") {
            let end = xml.range(of: "</c>", range: start.upperBound..<xml.endIndex)!
            var cell = String(xml[start.lowerBound..<end.upperBound])
            cell = cell.replacingOccurrences(of: #"<f>.*</f>"#, with: "", options: .regularExpression)
            cell = cell.replacingOccurrences(of: #"<v>[^<]*</v>"#, with: "<v>\(value)</v>", options: .regularExpression)
            return xml.replacingCharacters(in: start.lowerBound..<end.upperBound, with: cell)
        }
        let rowStart = xml.range(of: "<row r=\"\(row)\"")!
        let rowEnd = xml.range(of: "</row>", range: rowStart.upperBound..<xml.endIndex)!
        // Before the first cell of a later column.
        func column(_ name: Substring) -> Int { name.reduce(0) { $0 * 26 + Int($1.asciiValue! - 64) } }
        var insertAt = rowEnd.lowerBound
        var search = rowStart.upperBound
        while let c = xml.range(of: "<c r=\"", range: search..<rowEnd.lowerBound) {
            let name = xml[c.upperBound...].prefix { $0.isLetter }
            if column(name) > column(letters) { insertAt = c.lowerBound; break }
            search = c.upperBound
        }
        var out = xml
        out.insert(contentsOf: "<c r=\"\(reference)\"><v>\(value)</v></c>", at: insertAt)
        return out
    }

    /// A copy of `url` at `to` with the part `path` passed through `edit`.
    static func edit(_ url: URL, to: URL, _ path: String, _ edit: (String) -> String) throws {
        let source = try Archive(url: url, accessMode: .read)
        let target = try Archive(url: to, accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == path { data = Data(edit(String(decoding: data, as: UTF8.self)).utf8) }
            try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
        }
    }
}

/// A derived file's table through CSV and back: the CSV says it holds the applied table, and
/// `compare --fail-on-change` says why the imported file still differs.
@Suite struct AppliedTableRoundTripTests {
    @Test func theImportedTableOfADerivedFileHasItsSumsAndCompareNamesTheConditionState() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let csv = work.url.appendingPathComponent("d.csv").path, toml = work.url.appendingPathComponent("d.toml").path
        #expect(try CLI.run(["totals", "Scenarios/fm-delayed-1y.toml", "--format", "csv", "-o", csv]).status == 0)
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(text.contains("meta;applied.conditions.fm-phaseout;delayed:1"))
        let imported = try CLI.run(["import", csv, "-o", toml])
        #expect(imported.status == 0, "\(imported.stderr)")
        let compared = try CLI.run(["compare", "Scenarios/fm-delayed-1y.toml", toml, "--fail-on-change"])
        // The same sums and lines; the condition state is a real difference (the imported file
        // declares fm-phaseout full, its cells already moved), and stderr says so.
        #expect(compared.status == 1)
        #expect(compared.stdout.contains("33,5   33,5"), "\(compared.stdout)")
        #expect(compared.stderr.contains("condition fm-phaseout is full, delayed:1 in Scenarios/fm-delayed-1y.toml"), "\(compared.stderr)")
    }

    @Test func theBaseFilesTableRoundTripsWithNoChange() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let csv = work.url.appendingPathComponent("p.csv").path, toml = work.url.appendingPathComponent("p.toml").path
        #expect(try CLI.run(["totals", CLI.published, "--format", "csv", "-o", csv]).status == 0)
        #expect(try CLI.run(["import", csv, "-o", toml]).status == 0)
        let compared = try CLI.run(["compare", CLI.published, toml, "--fail-on-change"])
        #expect(compared.status == 0, "\(compared.stdout)\(compared.stderr)")
        #expect(compared.stderr.isEmpty)
    }
}
