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

    @Test func theSumsAreFormulasOverTheCountedCellsWithDfcostsValuesCached() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        let sheet = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        // Sum E-resept 2024 (row 10): the counted cells D7:D8 ((14) and (24) are 2022-2023, not summed).
        #expect(sheet.contains("<c r=\"D10\" s=\"") && sheet.contains("<f>SUM(D7:D8)</f><v>53</v>"), "\(sheet.prefix(3000))")
        // The Sum row adds the subtotals; "Sum, avrundet" rounds it; the cumulative level adds up.
        #expect(sheet.contains("<f>SUM(E10,E15,E22,E27)</f><v>21.5</v>"))
        #expect(sheet.contains("<f>ROUND(E28,0)</f><v>22</v>"))
        #expect(sheet.contains("<f>D30+E28</f><v>114.5</v>"))
        // Internal cells in parentheses by their number format, conditional ones with their mark.
        let styles = try WorkbookFile.entry(xlsx, "xl/styles.xml")
        #expect(styles.contains("formatCode=\"\\(#,##0\\)&quot; *&quot;;\\(\\-#,##0\\)&quot; *&quot;\""), "\(styles)")
        // A frozen header row, the source and scenario in the page header.
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<oddHeader>&amp;LKilde: Nasjonal e-helseportefølje"))
    }

    @Test func xlsxNeedsAFileAndAFailedWriteIsExit73() throws {
        let stdout = try CLI.run(["totals", CLI.published, "--format", "xlsx"])
        #expect(stdout.status == 64)
        #expect(stdout.stderr == "--format xlsx writes a binary workbook: name the file with -o FILE.xlsx\n")
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
