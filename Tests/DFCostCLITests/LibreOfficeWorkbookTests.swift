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

    @Test func theBreakdownWorkbooksOpenAndTheInitiativeSumRecomputesToTheTotals() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let initiatives = work.url.appendingPathComponent("i.xlsx"), payers = work.url.appendingPathComponent("p.xlsx")
        #expect(try CLI.run(["totals", CLI.published, "--by", "initiative", "--format", "xlsx", "-o", initiatives.path]).status == 0)
        #expect(try CLI.run(["totals", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "xlsx", "-o", payers.path]).status == 0)
        let byInitiative = try LibreOffice.csvSheets(initiatives, in: work)
        #expect(byInitiative.keys.sorted() == ["Sum per tiltak", "Tabell"])
        #expect(byInitiative["Sum per tiltak"]?.row("Sum") == ["93", "21.5", "12"])
        #expect(byInitiative["Sum per tiltak"]?.row("Program Pasientens legemiddelliste") == ["53", "-10", "0"])
        let byPayer = try LibreOffice.csvSheets(payers, in: work)
        #expect(byPayer.keys.sorted() == ["Betalere", "Tabell"])
        let text = try CLI.run(["totals", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "csv", "--csv", "rfc4180"]).stdout
        #expect(text.contains("44.184"), "\(text)")
        #expect(byPayer["Betalere"]?.row("Regionale helseforetak (RHF)") == ["eksakt", "44.184", "10.392", "6"])
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
        #expect(sheets.keys.sorted() == ["Endringer", "Tabell", "Usikkerhet (Monte Carlo)", "fm-delayed-1y"])
        #expect(sheets["Tabell"]?.row("Sum") == ["", "", "93", "21.5", "12"])
        let simulation = try #require(sheets["Usikkerhet (Monte Carlo)"])
        #expect(simulation.row("Deterministisk grunnlag (eksakt)")?.first == "126.5")
        #expect(simulation.rows.contains { $0.first == "P85 (kostnadsramme)" })
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
