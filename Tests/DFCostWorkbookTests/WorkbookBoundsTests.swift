import DFCostScenario
import Foundation
import Testing
@testable import DFCostImport
@testable import DFCostWorkbook
import ZIPFoundation

/// Workbooks built in the test from their XML parts: one entry per sheet, shared strings, the
/// relationships that tie them.
enum BuiltWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func sheet(_ rows: String, merges: [String] = []) -> String {
        let mergeCells = merges.isEmpty ? "" : "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData>\(mergeCells)</worksheet>"
    }

    static func inline(_ reference: String, _ text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    /// The header row and one heading of a D&F table, rows 1 and 2.
    static let tableHead = "<row r=\"1\">" + inline("A1", "Tiltak") + inline("B1", "Del") + "<c r=\"C1\"><v>2024</v></c><c r=\"D1\"><v>2025</v></c></row>"
        + "<row r=\"2\">" + inline("A2", "E-resept") + "</row>"

    /// A line of the table at `row`.
    static func line(_ row: Int, _ name: String, _ a: Int, _ b: Int) -> String {
        "<row r=\"\(row)\">" + inline("A\(row)", "Program \(name)") + inline("B\(row)", "Del \(name)")
            + "<c r=\"C\(row)\"><v>\(a)</v></c><c r=\"D\(row)\"><v>\(b)</v></c></row>"
    }

    static func data(sheets: [(name: String, xml: String)], sharedStrings: [String] = []) throws -> Data {
        var entries: [(String, Data)] = []
        var rels = "", list = ""
        for (i, s) in sheets.enumerated() {
            entries.append(("xl/worksheets/sheet\(i + 1).xml", Data(s.xml.utf8)))
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
            list += "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        rels += "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        entries.append(("xl/sharedStrings.xml", Data(("<sst xmlns=\"\(main)\">" + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>").utf8)))
        entries.append(("xl/workbook.xml", Data("<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>\(list)</sheets></workbook>".utf8)))
        entries.append(("xl/_rels/workbook.xml.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)))
        entries.append(("_rels/.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)))
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
        }
        return try #require(archive.data)
    }

    /// The error reading `data` throws.
    static func error(_ data: Data, sheet: String? = nil) -> WorkbookError? {
        do {
            _ = try WorkbookReader.read(data: data, name: "h.xlsx", sheet: sheet)
            return nil
        } catch {
            return error
        }
    }
}

@Suite struct MergedRangeTests {
    @Test func aCellMergedDownBelowTheLastValueFillsTheRowsItCovers() throws {
        let data = try Fixture.data("merged-below-last-value.xlsx")
        let archive = try WorkbookArchive(data: data, name: "m.xlsx")
        let parts = try WorkbookParts(archive: archive)
        let grid = try SheetReader(parts: parts, file: "m.xlsx", sheet: parts.sheets[0]).grid(archive: archive, budget: WorkbookBudget())
        #expect(grid == [["x"], ["x"]])
        #expect(BuiltWorkbook.error(data)?.message.contains("no header row with the years") == true)
    }

    @Test func aFootnoteMergedOverThreeRowsUnderTheTableImports() throws {
        let t = try WorkbookReader.read(data: try Fixture.data("merged-footnote.xlsx"), name: "f.xlsx")
        #expect(t.lines.map(\.part) == ["SFM", "FM"])
        #expect(t.conditions.map(\.description).contains("Er avhengig av full utfasing av FM."))
    }

    @Test func aMergedTextBlockOnASecondSheetDoesNotStopTheTableSheet() throws {
        let data = try Fixture.data("merged-notes-sheet.xlsx")
        let t = try WorkbookReader.read(data: data, name: "n.xlsx")
        #expect(t.lines.map(\.part) == ["SFM", "FM"])
        let archive = try WorkbookArchive(data: data, name: "n.xlsx")
        let parts = try WorkbookParts(archive: archive)
        let notes = try SheetReader(parts: parts, file: "n.xlsx", sheet: parts.sheets[1]).grid(archive: archive, budget: WorkbookBudget())
        #expect(notes.count == 6 && notes.allSatisfy { $0 == ["Tallene er fra NHN, og gjelder per oktober 2023."] })
    }

    @Test func aSheetThatCannotBeReadIsPassedOverWhenAnotherHasTheYears() throws {
        let table = BuiltWorkbook.sheet(BuiltWorkbook.tableHead + BuiltWorkbook.line(3, "a", 1, 2))
        let broken = BuiltWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")
        let data = try BuiltWorkbook.data(sheets: [("Notater", broken), ("Tabell", table)])
        #expect(try WorkbookReader.read(data: data, name: "h.xlsx").lines.count == 1)
        // Alone, or chosen by name, the broken sheet's own error is what is said.
        #expect(BuiltWorkbook.error(data, sheet: "Notater")?.description == "h.xlsx:Notater!A1: refers to shared string 7, which the workbook does not hold; save the workbook again")
        let onlyBroken = try BuiltWorkbook.data(sheets: [("Notater", broken), ("Tom", BuiltWorkbook.sheet(""))])
        #expect(BuiltWorkbook.error(onlyBroken)?.description == "h.xlsx:Notater!A1: refers to shared string 7, which the workbook does not hold; save the workbook again")
    }
}

@Suite struct WorkbookLimitTests {
    @Test func aSharedStringLongerThanACellMayHoldIsRefusedAtItsIndex() throws {
        let long = String(repeating: "a", count: 1_000_000)
        let cells = (1...12_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"s\"><v>1</v></c></row>" }.joined()
        let data = try BuiltWorkbook.data(sheets: [("Ark1", BuiltWorkbook.sheet(cells))], sharedStrings: ["kort", long])
        #expect(BuiltWorkbook.error(data)?.description == "h.xlsx: the shared string 1 in xl/sharedStrings.xml has more than 32767 characters, the most a cell may hold (Excel's limit); not read")
        // 32 767 characters are allowed, 32 768 are not, counted as Excel counts them (UTF-16).
        let atLimit = try BuiltWorkbook.data(sheets: [("Ark1", BuiltWorkbook.sheet(""))], sharedStrings: [String(repeating: "ø", count: 32_767)])
        #expect(BuiltWorkbook.error(atLimit)?.message.contains("32767") == false)
        let beyond = try BuiltWorkbook.data(sheets: [("Ark1", BuiltWorkbook.sheet(""))], sharedStrings: [String(repeating: "ø", count: 32_768)])
        #expect(BuiltWorkbook.error(beyond)?.message.hasPrefix("the shared string 0 in xl/sharedStrings.xml has more than 32767 characters") == true)
    }

    @Test func anInlineStringOrValueLongerThanACellMayHoldIsRefusedAtItsCell() throws {
        let inline = BuiltWorkbook.sheet("<row r=\"1\">" + BuiltWorkbook.inline("B1", String(repeating: "x", count: 9_000_000)) + "</row>")
        #expect(BuiltWorkbook.error(try BuiltWorkbook.data(sheets: [("Ark1", inline)]))?.description == "h.xlsx:Ark1!B1: the cell holds more than 32767 characters, the most a cell may hold (Excel's limit); not read")
        let value = BuiltWorkbook.sheet("<row r=\"3\"><c r=\"C3\"><v>" + String(repeating: "9", count: 40_000) + "</v></c></row>")
        #expect(BuiltWorkbook.error(try BuiltWorkbook.data(sheets: [("Ark1", value)]))?.description == "h.xlsx:Ark1!C3: the cell holds more than 32767 characters, the most a cell may hold (Excel's limit); not read")
    }

    @Test func aLongSharedStringUsedByManyCellsIsRefusedByTheTextBudget() throws {
        // 30 000 characters (within a cell's limit) in 3 000 cells: 90 MB of cell text from a
        // part of some 100 KB.
        let cells = (1...3_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"s\"><v>0</v></c></row>" }.joined()
        let data = try BuiltWorkbook.data(sheets: [("Ark1", BuiltWorkbook.sheet(cells))], sharedStrings: [String(repeating: "a", count: 30_000)])
        let error = try #require(BuiltWorkbook.error(data))
        #expect(error.message == "the workbook's cells hold more than 64 MB of text together (the limit for the sheets read, each cell counted with its own text); not read")
        #expect(error.place.hasPrefix("h.xlsx:Ark1!A"))
    }

    @Test func mergedRangesAndFarRightCellsAreRefusedByTheCellBudget() throws {
        // 100 ranges over the same 100 000 rows: 10 million cells walked from a few KB.
        let merges = Array(repeating: "A1:A100000", count: 100)
        let merged = BuiltWorkbook.sheet("<row r=\"1\">" + BuiltWorkbook.inline("A1", "x") + "</row>", merges: merges)
        #expect(BuiltWorkbook.error(try BuiltWorkbook.data(sheets: [("Ark1", merged)]))?.message
            == "the workbook makes more than 4000000 cells (the limit for the sheets read, rows counted up to their last value and merged ranges cell by cell); not read")
        // A value in column ALL of 5 000 rows: 5 million grid cells.
        let wide = BuiltWorkbook.sheet((1...5_000).map { "<row r=\"\($0)\"><c r=\"ALL\($0)\"><v>1</v></c></row>" }.joined())
        #expect(BuiltWorkbook.error(try BuiltWorkbook.data(sheets: [("Ark1", wide)]))?.message.hasPrefix("the workbook makes more than 4000000 cells") == true)
    }
}

@Suite struct LargeWorkbookTests {
    @Test func aTableWhoseSheetPartPasses10MBReads() throws {
        // 6 000 lines, each row laid out over 2 000 bytes of indentation (as a pretty-printed
        // part is): the importer's work stays small, the part passes 10 MB.
        let indent = "\n" + String(repeating: " ", count: 2_000)
        let rows = (3..<6_003).map { indent + BuiltWorkbook.line($0, "\($0)", 1, 2) }.joined()
        let xml = BuiltWorkbook.sheet(BuiltWorkbook.tableHead + rows)
        #expect(xml.utf8.count > 10_500_000)
        let t = try WorkbookReader.read(data: try BuiltWorkbook.data(sheets: [("Ark1", xml)]), name: "stor.xlsx")
        #expect(t.lines.count == 6_000)
    }

    @Test func aDataSheetBeyondTheRowLimitIsPassedOverOrNamedForWhatItIs() throws {
        let table = BuiltWorkbook.sheet(BuiltWorkbook.tableHead + BuiltWorkbook.line(3, "a", 1, 2) + BuiltWorkbook.line(4, "b", 3, 4))
        let data = BuiltWorkbook.sheet((1...120_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined())
        let workbook = try BuiltWorkbook.data(sheets: [("Data", data), ("D&amp;F", table)])
        #expect(try WorkbookReader.read(data: workbook, name: "h.xlsx").lines.count == 2)
        #expect(try WorkbookReader.read(data: workbook, name: "h.xlsx", sheet: "D&F").lines.count == 2)
        #expect(BuiltWorkbook.error(workbook, sheet: "Data")?.description == "h.xlsx:Data!A100001: the table must lie within the first 100000 rows and 1000 columns (A to ALL)")
    }
}
