import Foundation
import Testing
@testable import DFCostImport

/// A workbook's numbers are numbers; its text cells carry the writer's decimal sign as a text
/// file's amounts do, so a text `1.250` is refused when no other text amount shows the sign.
@Suite struct WorkbookDecimalSignTests {
    static func workbook(_ c3: String, _ d3: String) throws -> Data {
        let row = "<row r=\"3\">" + BuiltWorkbook.inline("A3", "Program X") + c3 + d3 + "</row>"
        return try BuiltWorkbook.data(sheets: [("Ark1", BuiltWorkbook.sheet(BuiltWorkbook.tableHead + row))])
    }

    @Test func aTextAmountThatCanBeAThousandsFigureIsRefusedAtItsCell() throws {
        let data = try Self.workbook(BuiltWorkbook.inline("C3", "1.250"), "<c r=\"D3\"><v>3</v></c>")
        let error = try #require(BuiltWorkbook.error(data))
        #expect(error.description.hasPrefix("h.xlsx:Ark1!C3: '1.250' is 1 250 or 1.25 MNOK"))
    }

    @Test func aNumberCellIsReadAsTheNumberItIs() throws {
        let data = try Self.workbook("<c r=\"C3\"><v>12.345</v></c>", "<c r=\"D3\"><v>3</v></c>")
        let table = try WorkbookReader.read(data: data, name: "h.xlsx")
        #expect(table.lines.first?.cells.first?.amount.description == "12.345")
    }

    @Test func anotherTextAmountWithTheDecimalSignDecidesTheReading() throws {
        let data = try Self.workbook(BuiltWorkbook.inline("C3", "1,250"), BuiltWorkbook.inline("D3", "13,5"))
        let table = try WorkbookReader.read(data: data, name: "h.xlsx")
        #expect(table.lines.first?.cells.map(\.amount.description) == ["1.25", "13.5"])
    }
}
