import Foundation
import Testing

/// A real client: LibreOffice (Debian's libreoffice-calc-nogui, which `make test-deps` installs)
/// opens the workbooks dfcost writes, recalculates every formula, and converts them to CSV; the
/// other way round, a workbook LibreOffice makes from a CSV imports and verifies.
///
/// Recalculation is forced by a LibreOffice profile of the test's own (OOXMLRecalcMode = always),
/// and shown: a cell changed in the sheet's XML moves the sums LibreOffice computes.
@Suite(.serialized, .enabled(if: LibreOffice.soffice != nil, "soffice not found: install libreoffice-calc-nogui (make test-deps does)"))
struct LibreOfficeWorkbookTests {
    @Test func libreOfficeRecomputesTheTotalsWorkbookTo93And21Point5And12() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        let sheet = try LibreOffice.csv(xlsx, in: work)
        #expect(sheet.row("Sum") == ["", "", "93", "21.5", "12"])
        #expect(sheet.row("Sum, avrundet") == ["", "", "93", "22", "12"])
        #expect(sheet.row("Kumulativt nivå") == ["", "", "93", "114.5", "126.5"])
        // Every subtotal LibreOffice computed equals dfcost's.
        let machine = try CLI.run(["totals", CLI.published, "--format", "csv", "--csv", "rfc4180"]).stdout
        for line in machine.split(whereSeparator: \.isNewline) where line.hasPrefix("subtotal,") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let name = ["e-resept": "E-resept", "kjernejournal": "Kjernejournal", "helsenorge": "Helsenorge", "helsenettet": "Helsenettet"][fields[1]]!
            // Amount columns of 2024, 2025, 2026 in the machine layout: 11, 14, 17.
            #expect(sheet.row("Sum \(name)").map { Array($0.suffix(3)) } == [fields[11], fields[14], fields[17]], "\(name)")
        }
    }

    @Test func aCellChangedInTheFileMovesTheSumsLibreOfficeComputes() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx"), changed = work.url.appendingPathComponent("changed.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        // SFM 2024 (D7): 55 -> 65. The cached sums in the file stay 53 and 93.
        try WorkbookFile.edit(xlsx, to: changed, "xl/worksheets/sheet1.xml") { xml in
            #expect(xml.contains("<v>55</v>"))
            return xml.replacingOccurrences(of: "<v>55</v>", with: "<v>65</v>")
        }
        let sheet = try LibreOffice.csv(changed, in: work)
        #expect(sheet.row("Program Pasientens legemiddelliste / SFM")?[2] == "65")
        #expect(sheet.row("Sum E-resept") == ["", "", "63", "-10", "0"])
        #expect(sheet.row("Sum") == ["", "", "103", "21.5", "12"])
        #expect(sheet.row("Sum, avrundet") == ["", "", "103", "22", "12"])
        #expect(sheet.row("Kumulativt nivå") == ["", "", "103", "124.5", "136.5"])
    }

    /// The published table's sheet: columns B..F are 2022..2026; row 7 is SFM ((14) (24) 55 in
    /// 2022-2024, nothing in 2025-2026), row 10 Sum E-resept, 28 Sum, 29 Sum avrundet, 30 cumulative.
    static func publishedWorkbook(in work: TemporaryFolder) throws -> URL {
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        let sheet = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<c r=\"A7\" s=\"") && sheet.contains("Program Pasientens legemiddelliste / SFM</t>"))
        #expect(!sheet.contains("<c r=\"F7\""), "F7 (SFM 2026) is empty")
        return xlsx
    }

    @Test func aNumberTypedIntoAnEmptyCellOfALineMovesTheSubtotalTheSumAndTheRoundedSum() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = try Self.publishedWorkbook(in: work), changed = work.url.appendingPathComponent("changed.xlsx")
        // SFM 2026 (F7) was empty: type 5 into it.
        try WorkbookFile.edit(xlsx, to: changed, "xl/worksheets/sheet1.xml") { WorkbookFile.setCell("F7", to: "5", in: $0) }
        let sheet = try LibreOffice.csv(changed, in: work)
        #expect(sheet.row("Program Pasientens legemiddelliste / SFM")?[4] == "5")
        #expect(sheet.row("Sum E-resept") == ["", "", "53", "-10", "5"])
        #expect(sheet.row("Sum") == ["", "", "93", "21.5", "17"])
        #expect(sheet.row("Sum, avrundet") == ["", "", "93", "22", "17"])
        #expect(sheet.row("Kumulativt nivå") == ["", "", "93", "114.5", "131.5"])
    }

    @Test func aChangedInternalCellMovesNoSum() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = try Self.publishedWorkbook(in: work), changed = work.url.appendingPathComponent("changed.xlsx")
        // SFM 2023 (C7) is the internal (24)*: 24 -> 124 (2023 is not summed either; the next
        // test changes an internal cell of a summed year).
        try WorkbookFile.edit(xlsx, to: changed, "xl/worksheets/sheet1.xml") { WorkbookFile.setCell("C7", to: "124", in: $0) }
        let sheet = try LibreOffice.csv(changed, in: work)
        #expect(sheet.row("Program Pasientens legemiddelliste / SFM")?[1] == "124")
        #expect(sheet.row("Sum E-resept") == ["", "", "53", "-10", "0"])
        #expect(sheet.row("Sum") == ["", "", "93", "21.5", "12"])
        #expect(sheet.row("Kumulativt nivå") == ["", "", "93", "114.5", "126.5"])
    }

    @Test func anInternalCellInASummedYearStaysOutOfTheSumsWhenChanged() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        // A summed year's internal cell: SFM 2024 made internal by a what-if, then edited in the sheet.
        let xlsx = work.url.appendingPathComponent("t.xlsx"), changed = work.url.appendingPathComponent("changed.xlsx")
        let run = try CLI.run(["totals", CLI.published, "--set", "line:pll-sfm@2024=(55)", "--format", "xlsx", "-o", xlsx.path])
        #expect(run.status == 0, "\(run.stderr)")
        let xml = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<f>SUM(D8:D9)</f><v>-2</v>"), "Sum E-resept 2024 leaves D7 out: \(xml)")
        #expect(xml.contains("<f>SUM(E7:E9)</f><v>-10</v>"), "but not in 2025, where SFM's cell is empty")
        try WorkbookFile.edit(xlsx, to: changed, "xl/worksheets/sheet1.xml") { WorkbookFile.setCell("D7", to: "555", in: $0) }
        let sheet = try LibreOffice.csv(changed, in: work)
        #expect(sheet.row("Program Pasientens legemiddelliste / SFM")?[2] == "555")
        #expect(sheet.row("Sum E-resept") == ["", "", "-2", "-10", "0"])
        #expect(sheet.row("Sum") == ["", "", "38", "21.5", "12"])
    }

    @Test func aLineGivenAValueInAYearItHadNoneCountsEvenWhereItsSolutionHadNoCells() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = try Self.publishedWorkbook(in: work), changed = work.url.appendingPathComponent("changed.xlsx")
        let xml = try WorkbookFile.entry(xlsx, "xl/worksheets/sheet1.xml")
        // Kjernejournal has no cell in 2026: its subtotal there is still a formula over its lines.
        let kjernejournal = try #require(xml.range(of: "Sum Kjernejournal</t>"))
        let row = try #require(xml[..<kjernejournal.lowerBound].components(separatedBy: "<row r=\"").last?.prefix { $0 != "\"" })
        let subtotal = try #require(xml.components(separatedBy: "<c r=\"F\(row)\"").dropFirst().first)
        #expect(subtotal.contains("<f>SUM(F") && subtotal.contains("</f><v>0</v>"), "\(subtotal.prefix(80))")
        #expect(!xml.contains("<f>0</f>"), "no literal 0 among the formulas")
        // The subtotal's first line gets 7 in 2026.
        let first = try #require(subtotal.split(separator: "(").dropFirst().first?.prefix { $0 != ":" && $0 != ")" && $0 != "," })
        try WorkbookFile.edit(xlsx, to: changed, "xl/worksheets/sheet1.xml") { WorkbookFile.setCell(String(first), to: "7", in: $0) }
        let sheet = try LibreOffice.csv(changed, in: work)
        #expect(sheet.row("Sum Kjernejournal")?.last == "7")
        #expect(sheet.row("Sum") == ["", "", "93", "21.5", "19"])
        #expect(sheet.row("Sum, avrundet") == ["", "", "93", "22", "19"])
    }

    @Test func theBreakdownWorkbooksOpenAndTheInitiativeSumRecomputesToTheTotals() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let initiatives = work.url.appendingPathComponent("i.xlsx"), payers = work.url.appendingPathComponent("p.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--by", "initiative", "--format", "xlsx", "-o", initiatives.path]).status == 0)
        #expect(try CLI.run(["totals", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "xlsx", "-o", payers.path]).status == 0)
        let byInitiative = try LibreOffice.csvSheets(initiatives, in: work)
        #expect(byInitiative.keys.sorted() == ["Sum per tiltak", "Tabell", "dfcost"])
        #expect(byInitiative["Sum per tiltak"]?.row("Sum") == ["93", "21.5", "12"])
        #expect(byInitiative["Sum per tiltak"]?.row("Program Pasientens legemiddelliste") == ["53", "-10", "0"])
        let byPayer = try LibreOffice.csvSheets(payers, in: work)
        #expect(byPayer.keys.sorted() == ["Betalere", "Tabell", "dfcost"])
        let text = try CLI.run(["totals", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "csv", "--csv", "rfc4180"]).stdout
        #expect(text.contains("44.184"), "\(text)")
        // Apotek's shares are finite decimals (5 % of e-resept): the formulas give dfcost's parts exactly.
        #expect(byPayer["Betalere"]?.row("Apotek") == ["eksakt", "2.65", "-0.5", "0"])
        // RHF pays a third of helsenettet: the formula gives the unrounded third, dfcost splits at
        // 3 decimals by largest remainder (44.184); they agree to within that last decimal.
        let rhf = try #require(byPayer["Betalere"]?.row("Regionale helseforetak (RHF)"))
        #expect(rhf.first == "eksakt")
        let computed = rhf.dropFirst().compactMap(Double.init), dfcost = [44.184, 10.392, 6.0]
        #expect(computed.count == 3 && zip(computed, dfcost).allSatisfy { abs($0 - $1) <= 0.001 }, "\(rhf)")
        #expect(byPayer["Betalere"]?.rows.contains { $0.first?.hasPrefix("En andel uten endelig desimal (1/3)") == true } == true)
        // The Sum row adds the payers' parts by formula, recomputed by LibreOffice: the table's sums.
        let sum = try #require(byPayer["Betalere"]?.row("Sum"))
        #expect(sum.first == "eksakt")
        #expect(zip(sum.dropFirst().compactMap(Double.init), [93.0, 21.5, 12.0]).allSatisfy { abs($0 - $1) < 1e-9 } && sum.count == 4, "\(sum)")
    }

    @Test func aChangedTableCellMovesThePayersParts() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let payers = work.url.appendingPathComponent("p.xlsx"), changed = work.url.appendingPathComponent("changed.xlsx")
        #expect(try CLI.run(["totals", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "xlsx", "-o", payers.path]).status == 0)
        // SFM 2024 (D7): 55 -> 75, +20 on e-resept, of which Apotek pays 5 %: 2.65 -> 3.65.
        try WorkbookFile.edit(payers, to: changed, "xl/worksheets/sheet1.xml") { WorkbookFile.setCell("D7", to: "75", in: $0) }
        let sheet = try #require(try LibreOffice.csvSheets(changed, in: work)["Betalere"])
        let apotek = try #require(sheet.rows.firstIndex { $0.first == "Apotek" })
        #expect(Array(sheet.rows[apotek].dropFirst()) == ["eksakt", "3.65", "-0.5", "0"])
        #expect(Array(sheet.rows[apotek + 2].dropFirst()) == ["kumulativt", "3.65", "3.15", "3.15"])
    }

    @Test func theChangesSheetOfACompareWorkbookRecomputesToDfcostsDeltas() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("c.xlsx")
        let run = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--format", "xlsx", "-o", xlsx.path])
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try LibreOffice.csvSheets(xlsx, in: work)
        #expect(sheets.keys.sorted() == ["Endringer", "ehelseportefolje-2023-10", "fm-delayed-1y"])
        let changes = try #require(sheets["Endringer"])
        #expect(changes.row("Endring") == ["0", "12", "-12"])
        #expect(changes.row("fm-delayed-1y") == ["93", "33.5", "0"])
        #expect(changes.row("E-resept") == ["0", "12", "-12"])
    }

    @Test func aReportWorkbookWithASimulationOpensWithItsSheets() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("r.xlsx")
        let run = try CLI.run(["report", CLI.published, "--compare", "Scenarios/fm-delayed-1y.toml", "--simulate", "--trials", "2000",
                               "--format", "xlsx", "-o", xlsx.path])
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try LibreOffice.csvSheets(xlsx, in: work)
        // The hidden sheet of meta rows, as a totals workbook has, so that `dfcost import` reads it back.
        #expect(sheets.keys.sorted() == ["Analysemodell", "Endringer", "Tabell", "Usikkerhet (Monte Carlo)", "dfcost", "fm-delayed-1y"])
        #expect(sheets["Tabell"]?.row("Sum") == ["", "", "93", "21.5", "12"])
        let simulation = try #require(sheets["Usikkerhet (Monte Carlo)"])
        #expect(simulation.row("Basiskostnad (deterministisk sum, eksakt)")?.first == "126.5")
        #expect(simulation.rows.contains { $0.first == "Kostnadsramme (P85)" })
        #expect(sheets["Analysemodell"]?.rows.contains { $0.first == "Hendelsesregister (usikre betingelser)" } == true)
    }

    @Test func aWorkbookLibreOfficeMadeFromACSVImportsAndVerifies() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let csv = work.url.appendingPathComponent("tabell.csv")
        #expect(try CLI.run(["report", CLI.published, "--format", "csv", "-o", csv.path]).status == 0)
        // ';' separated, '"' quoted, UTF-8, Norwegian (1044): "21,5" becomes the number 21.5.
        try LibreOffice.run(["--infilter=CSV:59,34,76,1,,1044", "--convert-to", "xlsx", "--outdir", work.url.path, csv.path], in: work)
        let xlsx = work.url.appendingPathComponent("tabell.xlsx"), toml = work.url.appendingPathComponent("tabell.toml")
        let imported = try CLI.run(["import", xlsx.path, "-o", toml.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let verified = try CLI.run(["verify", toml.path])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("2025      21,5        22         22  ok"), "\(verified.stdout)")
    }
}

/// Running LibreOffice headless with a profile of its own.
enum LibreOffice {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A sheet converted to CSV: rows of fields.
    struct Sheet {
        var rows: [[String]]
        /// The fields after the first of the row whose first field is `label`.
        func row(_ label: String) -> [String]? { rows.first { $0.first == label }.map { Array($0.dropFirst()) } }
    }

    /// Runs soffice with a fresh profile in `work` whose Calc recalculates OOXML files on load.
    static func run(_ arguments: [String], in work: TemporaryFolder) throws {
        let profile = work.url.appendingPathComponent("profile/user")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """.utf8).write(to: profile.appendingPathComponent("registrymodifications.xcu"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(soffice))
        process.arguments = ["-env:UserInstallation=" + work.url.appendingPathComponent("profile").absoluteString, "--headless"] + arguments
        process.currentDirectoryURL = work.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "soffice \(arguments)")
    }

    /// The filter options: ';', '"', UTF-8, from line 1, standard cell format, locale-free
    /// values (not as shown), every sheet to its own file.
    static let csvFilter = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"

    /// Every sheet of `xlsx` as recalculated by LibreOffice, by sheet name.
    static func csvSheets(_ xlsx: URL, in work: TemporaryFolder) throws -> [String: Sheet] {
        let out = work.url.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try run(["--convert-to", csvFilter, "--outdir", out.path, xlsx.path], in: work)
        let stem = xlsx.deletingPathExtension().lastPathComponent + "-"
        var sheets: [String: Sheet] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) where file.hasPrefix(stem) && file.hasSuffix(".csv") {
            let name = String(file.dropFirst(stem.count).dropLast(4))
            sheets[name] = Sheet(rows: parse(try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)))
        }
        return sheets
    }

    /// The first sheet of `xlsx`, recalculated.
    static func csv(_ xlsx: URL, in work: TemporaryFolder) throws -> Sheet {
        let sheets = try csvSheets(xlsx, in: work)
        return try #require(sheets["Tabell"], "sheets: \(sheets.keys.sorted())")
    }

    /// `;`-separated rows with `"` quoting.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == ";" {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows.map { r in
            var r = r
            while r.count > 1, r.last == "" { r.removeLast() }
            return r
        }
    }
}

/// Software nobody here wrote reads dfcost's workbook: openpyxl (python3) sees the hidden `id`
/// column right of the last year and the hidden `dfcost` sheet holding the CSV's meta rows.
@Suite(.enabled(if: Openpyxl.available, "python3 with openpyxl not found"))
struct OpenpyxlWorkbookTests {
    /// What openpyxl reads: the sheets and their states, the table sheet's column after the
    /// years (header, hidden flag, each row's value) and the dfcost sheet's rows.
    static let script = """
        import json, sys, openpyxl
        from openpyxl.utils import get_column_letter
        wb = openpyxl.load_workbook(sys.argv[1])
        def trim(row):
            while len(row) > 1 and row[-1] == "":
                row.pop()
            return row
        ws = wb.worksheets[0]
        header = next(r for r in range(1, 20) if isinstance(ws.cell(r, 2).value, int))
        last = max(c for c in range(2, ws.max_column + 1) if isinstance(ws.cell(header, c).value, int))
        letter = get_column_letter(last + 1)
        out = {
            "sheets": [[s.title, s.sheet_state] for s in wb.worksheets],
            "header": ws.cell(header, last + 1).value,
            "hidden": bool(ws.column_dimensions[letter].hidden),
            "ids": [[ws.cell(r, 1).value or "", ws.cell(r, last + 1).value or ""] for r in range(header + 1, ws.max_row + 1)],
            "meta": [trim([c if c is not None else "" for c in row]) for row in wb["dfcost"].iter_rows(values_only=True)],
            "fitToWidth": ws.page_setup.fitToWidth, "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage),
        }
        print(json.dumps(out))
        """

    struct Read: Decodable {
        var sheets: [[String]]
        var header: String?
        var hidden: Bool
        var ids: [[String]]
        var meta: [[String]]
        var fitToWidth: Int?
        var fitToPage: Bool
    }

    @Test(arguments: [CLI.published, "Scenarios/fm-delayed-1y.toml"])
    func openpyxlFindsTheHiddenIdColumnAndTheHiddenDfcostSheetWithTheCSVsMetaRows(_ file: String) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("t.xlsx")
        #expect(try CLI.run(["totals", file, "--format", "xlsx", "-o", xlsx.path]).status == 0)
        let read = try JSONDecoder().decode(Read.self, from: Data(try Openpyxl.run(Self.script, xlsx.path).utf8))
        #expect(read.sheets == [["Tabell", "visible"], ["dfcost", "hidden"]])
        #expect(read.header == "id")
        #expect(read.hidden)
        #expect(read.fitToWidth == 1 && read.fitToPage)
        // Each line's id on its row, nothing on the other rows.
        let csv = try CLI.run(["totals", file, "--format", "csv"]).stdout.replacingOccurrences(of: "\u{FEFF}", with: "")
        let rows = LibreOffice.parse(csv)
        let lineIDs = rows.filter { $0.first == "line" }.map { $0[1] }
        #expect(read.ids.map(\.[1]).filter { !$0.isEmpty } == lineIDs)
        #expect(read.ids.first { $0[0] == "Program Pasientens legemiddelliste / SFM" }?[1] == "pll-sfm")
        #expect(read.ids.first { $0[0] == "Sum" }?[1] == "")
        // The same meta rows as the CSV, from the same code.
        let meta = rows.filter { $0.first == "meta" }
        #expect(!meta.isEmpty)
        #expect(read.meta == meta)
        #expect(meta.contains(["meta", "conditions.fm-phaseout", "*", "Er avhengig av full utfasing av FM."]))
        #expect(meta.contains(["meta", "lines.pll-sfm.tags", "pll"]))
    }
}

/// python3 with openpyxl.
enum Openpyxl {
    static let available: Bool = (try? run("import openpyxl; print('ok')")) == "ok\n"

    /// Runs a python3 script with arguments; its standard output.
    static func run(_ script: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }
}
