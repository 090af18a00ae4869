import DFCostModel
import DFCostScenario
import Foundation
import Testing
@testable import DFCostImport
@testable import DFCostWorkbook
import DFCostTableLayout
import ZIPFoundation

/// The fixtures: LibreOffice-made workbooks (scripts/make-workbook-fixtures.py remakes them).
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
    static func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }
    static func amount(_ text: String) -> ExactDecimal { try! ExactDecimal.parse(text) }
}

@Suite struct WorkbookReaderTests {
    @Test func aReportSavedAsCSVAndTurnedIntoXLSXByLibreOfficeImportsAsTheCSVDoes() throws {
        let workbook = try WorkbookReader.read(data: try Fixture.data("report-libreoffice.xlsx"), name: "report.xlsx")
        let csv = try TableImporter.read(try Fixture.text("report.csv"), file: "report.csv")
        #expect(workbook.layout == .human)
        #expect(workbook.lines == csv.lines)
        #expect(workbook.solutions == csv.solutions)
        #expect(workbook.conditions == csv.conditions)
        #expect(workbook.published == csv.published)
        #expect(workbook.published?.values[2025] == Fixture.amount("22"))
        #expect(workbook.lines.count == 14)
    }

    @Test func theMachineLayoutReadsFromAWorkbookToo() throws {
        let workbook = try WorkbookReader.read(data: try Fixture.data("machine-libreoffice.xlsx"), name: "m.xlsx")
        let csv = try TableImporter.read(try Fixture.text("machine.csv"), file: "m.xlsx")
        #expect(workbook.layout == .machine)
        #expect(workbook == csv)
    }

    @Test func mergedHeadingsFormulasFormatsAndTextNumbersReadAsTheReportMeansThem() throws {
        // tabell.fods: merged solution headings, "(14)" as text, -2 in the format 0;(0), "-12 *"
        // as text, 9.5 in the format 0.0" *", a Sum row of formulas, a second sheet of notes.
        let t = try WorkbookReader.read(data: try Fixture.data("tabell-libreoffice.xlsx"), name: "tabell.xlsx")
        #expect(t.solutions.map(\.name) == ["E-resept", "Kjernejournal"])
        let cells = Dictionary(uniqueKeysWithValues: t.lines.map { ($0.part, $0.cells) })
        let sfm = try #require(cells["SFM"]), fm = try #require(cells["FM"]), deling = try #require(cells["Deling av journaldokumenter"])
        // Text "(14)": internal.
        #expect(sfm[0].amount == Fixture.amount("14") && sfm[0].isInternal)
        // -2 shown as "(2)" by the format's negative section: a negative number, not internal.
        #expect(fm[0].amount == Fixture.amount("-2") && !fm[0].isInternal)
        #expect(fm[1].amount == Fixture.amount("-12") && fm[1].marks == ["*"])
        // 9.5 shown as "9,5 *" by its format: conditional.
        #expect(deling[1].amount == Fixture.amount("9.5") && deling[1].marks == ["*"])
        // The Sum row's formulas, by their saved values.
        #expect(t.published?.values == [2024: Fixture.amount("6"), 2025: Fixture.amount("52.5")])
        #expect(t.conditions.map(\.description) == ["Er avhengig av full utfasing av FM."])
    }

    @Test func aSheetIsChosenByNameAndAMissingOneIsNamedWithTheSheetsThereAre() throws {
        let data = try Fixture.data("tabell-libreoffice.xlsx")
        let missing = #expect(throws: WorkbookError.self) { try WorkbookReader.read(data: data, name: "t.xlsx", sheet: "Budsjett") }
        #expect(missing == WorkbookError("t.xlsx", .noSheetNamed("Budsjett", sheets: "'Ark1', 'Notater'")))
        #expect(missing?.description == "t.xlsx: no sheet named 'Budsjett' (sheets: 'Ark1', 'Notater')")
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(data: data, name: "t.xlsx", sheet: "Notater") }
        #expect(try WorkbookReader.read(data: data, name: "t.xlsx", sheet: "ark1").lines.count == 3)
    }

    @Test func aSheetToChooseIsAskedForWithoutNamingAFlag() {
        let error = WorkbookError("w.xlsx", .sheetsWithYears(found: 2, unread: []), sheets: "'Ark1', 'Notater'")
        #expect(!error.description.contains("--"))
        #expect(error.description == "w.xlsx: 2 sheets have a header row with the years; choose one by name (sheets: 'Ark1', 'Notater')")
        #expect(error.description(choosing: "choose one with --sheet").hasSuffix("; choose one with --sheet (sheets: 'Ark1', 'Notater')"))
    }

    @Test func anImporterErrorNamesTheSheetAndCell() throws {
        let data = try Fixture.data("tabell-libreoffice.xlsx")
        do {
            _ = try WorkbookReader.read(data: data, name: "t.xlsx", sheet: "Notater")
            Issue.record("the notes sheet has no table")
        } catch {
            #expect(error.place == "t.xlsx:Notater!A1")
            #expect(error.reason == .table(.noYearHeader))
            #expect(error.message.contains("no header row with the years"))
        }
    }

    @Test func filesThatAreNotWorkbooksAreNamedForWhatTheyAre() {
        let text = #expect(throws: WorkbookError.self) { try WorkbookReader.read(data: Data("Tiltak;2024\n".utf8), name: "x.xlsx") }
        #expect(text?.description == "x.xlsx: not an Excel workbook (.xlsx): not a zip archive")
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(data: Data(), name: "x.xlsx") }
        let ole = Data(WorkbookArchive.oleMagic + [UInt8](repeating: 0, count: 600))
        let old = #expect(throws: WorkbookError.self) { try WorkbookReader.read(data: ole, name: "x.xls") }
        #expect(old?.description == "x.xls: an old binary Excel workbook (.xls); open it in Excel or LibreOffice and save as .xlsx")
    }
}

@Suite struct HostileSheetTests {
    /// A workbook holding `sheet` as its only sheet's XML (the rest copied from a LibreOffice fixture).
    static func workbook(sheet: String) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let source = try Archive(data: try Fixture.data("tabell-libreoffice.xlsx"), accessMode: .read)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == "xl/worksheets/sheet1.xml" { data = Data(sheet.utf8) }
            if entry.path == "xl/workbook.xml" {
                data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<sheet name=\"Notater\" sheetId=\"2\" state=\"visible\" r:id=\"rId3\"/>", with: "").utf8)
            }
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
        }
        return try #require(archive.data)
    }

    static func sheet(_ body: String) -> String {
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(body)</sheetData></worksheet>"
    }

    @Test(arguments: [
        "<row r=\"-5\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>",
        "<row r=\"9223372036854775807\"></row><row><c t=\"inlineStr\"><is><t>x</t></is></c></row>",
        "<row r=\"100000\"><c r=\"A100000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref=\"A100000:A100005\"/></mergeCells><sheetData>",
        "<row r=\"1\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c></row>",
        "<row r=\"1\"><c r=\"A1\"><v>1e99999</v></c></row>",
    ])
    func aHostileSheetIsAnErrorNotACrash(_ body: String) throws {
        let data = try Self.workbook(sheet: Self.sheet(body))
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(data: data, name: "h.xlsx") }
    }

    @Test func aDTDIsRefused() throws {
        let data = try Self.workbook(sheet: "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + Self.sheet(""))
        let dtd = #expect(throws: WorkbookError.self) { try WorkbookReader.read(data: data, name: "h.xlsx") }
        #expect(dtd?.description == "h.xlsx: the part xl/worksheets/sheet1.xml declares a DTD, which a workbook never holds; not read")
    }
}

@Suite struct NumberFormatTests {
    @Test func theSectionThatShowsTheValueDecidesParenthesesAndMarks() {
        // Accounting negatives: parentheses from the negative section, no minus.
        let accounting = NumberFormat.shown("#,##0;(#,##0)", sign: -1)
        #expect(accounting.format.parentheses && !accounting.format.minus && accounting.negativeSection)
        // dfcost's internal cells: parentheses in every section.
        #expect(NumberFormat.shown("(#,##0.0);(-#,##0.0)", sign: 1).format.parentheses)
        #expect(NumberFormat.shown("(#,##0.0);(-#,##0.0)", sign: -1).format.minus)
        // Padding "_)" and fills "*-" show nothing.
        #expect(!NumberFormat.shown("#,##0_);(#,##0)", sign: 1).format.parentheses)
        #expect(NumberFormat.shown("#,##0_);(#,##0)", sign: 1).format.mark == nil)
        #expect(NumberFormat.shown("#,##0.0\" *\"", sign: 1).format.mark == "*")
        #expect(NumberFormat.shown("#,##0\\ \"kr\"", sign: 1).format.mark == nil)
        #expect(NumberFormat.shown("0.0 €", sign: 1).format.mark == nil)
        #expect(NumberFormat.sections("0;\"a;b\";[Red]0") == ["0", "\"a;b\"", "[Red]0"])
    }

    @Test func storedNumbersBecomePlainDecimals() {
        #expect(NumberText.decimal("21.5")?.text == "21.5")
        #expect(NumberText.decimal("1.5E-2")?.text == "0.015")
        #expect(NumberText.decimal("0.30000000000000004")?.text == "0.3")
        #expect(NumberText.decimal("21.499999999999996")?.text == "21.5")
        #expect(NumberText.decimal("-12")?.sign == -1)
        #expect(NumberText.decimal("1E3")?.text == "1000")
        #expect(NumberText.decimal("0")?.text == "0")
        #expect(NumberText.decimal("abc") == nil)
        #expect(NumberText.decimal("1e99999") == nil)
    }

    @Test func cellReferencesReadAndWriteA1() {
        #expect(CellReference("D7") == CellReference(row: 7, column: 4))
        #expect(CellReference("$AA$10") == CellReference(row: 10, column: 27))
        #expect(CellReference("XFD1048576")?.column == 16_384)
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("7D") == nil)
        #expect(CellReference(row: 1, column: 703).name == "AAA1")
        #expect(CellReference.sheetName("Mine tall") == "'Mine tall'")
    }
}
