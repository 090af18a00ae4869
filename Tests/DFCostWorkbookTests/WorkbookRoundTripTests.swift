import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation
import Testing
@testable import DFCostImport
@testable import DFCostWorkbook
import DFCostTableLayout

/// What dfcost writes, dfcost reads back: every cell's amount, internal flag and marks, and the
/// published sums, for every scenario of Scenarios/.
@Suite struct WorkbookRoundTripTests {
    static let scenarios: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Scenarios")
        var out: [String] = []
        for sub in ["", "published"] {
            let dir = sub.isEmpty ? folder : folder.appendingPathComponent(sub)
            for f in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where f.hasSuffix(".toml") {
                out.append(dir.appendingPathComponent(f).path)
            }
        }
        return out
    }()

    @Test func thereAreScenariosToRoundTrip() { #expect(Self.scenarios.count >= 5) }

    @Test(arguments: scenarios)
    func aTotalsWorkbookReadsBackAsTheTableItWasWrittenFrom(_ path: String) throws {
        let applied = try ScenarioLoader.load(path: path).apply()
        let totals = try applied.totals()
        let data = try WorkbookRenderer.totals(applied, totals: totals, locale: .nb)
        let table = try WorkbookReader.read(data: data, name: "t.xlsx")
        let marks = Dictionary(uniqueKeysWithValues: applied.table.conditions.map { ($0.id, $0.mark) })
        var written: [[String]] = [], read: [[String]] = []
        for line in applied.table.lines {
            for c in line.cells.sorted(by: { $0.year < $1.year }) {
                written.append([line.label, "\(c.year)", c.amount.description, "\(c.isInternal)", c.conditions.compactMap { marks[$0] }.joined()])
            }
        }
        for line in table.lines {
            let label = [line.initiative, line.part].filter { !$0.isEmpty }.joined(separator: " / ")
            for c in line.cells {
                read.append([label, "\(c.year)", c.amount.description, "\(c.isInternal)", c.marks.joined()])
            }
        }
        #expect(read == written)
        // The published sums are the table's (its hidden sheet carries them, as the CSV's meta rows
        // do), not the sums of a scenario's applied lines; the ids and tags come back too.
        #expect(table.published?.values == applied.table.published?.values)
        #expect(table.published?.precision == applied.table.published?.precision)
        #expect(table.lines.map(\.id) == applied.table.lines.map(\.id))
        #expect(table.lines.map(\.tags) == applied.table.lines.map(\.tags))
        #expect(table.conditions.map(\.id) == applied.table.conditions.map(\.id))
    }

    @Test func aNegativeInternalConditionalCellKeepsItsSignParenthesesAndMark() {
        let code = TableSheet.format(decimals: 1, isInternal: true, marks: "*")
        let negative = NumberFormat.shown(code, sign: -1)
        #expect(negative.format.parentheses && negative.format.minus && negative.format.mark == "*")
        let positive = NumberFormat.shown(code, sign: 1)
        #expect(positive.format.parentheses && !positive.format.minus && positive.format.mark == "*")
        let counted = NumberFormat.shown(TableSheet.format(decimals: 0, marks: "*"), sign: -1)
        #expect(!counted.format.parentheses && counted.format.minus && counted.format.mark == "*")
    }

    @Test func formulasGroupRunsOfCountedRowsAndSplitPastExcelsArgumentLimit() {
        #expect(TableSheet.ranges(column: 4, rows: [7, 8, 10, 12, 13, 14]) == ["D7:D8", "D10", "D12:D14"])
        #expect(TableSheet.sum([]) == "0")
        let many = (1...300).map { "A\($0 * 2)" }
        #expect(TableSheet.sum(many).components(separatedBy: "SUM(").count == 3)
    }
}

/// The notes of a workbook dfcost wrote: the rows under the table are what a reader of the sheet
/// sees and may edit, so they are the table's notes; the hidden sheet does not add its copy, and
/// the legend of the parentheses that dfcost writes from the cells is no note.
@Suite struct WorkbookNotesTests {
    static let published = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios/published/ehelseportefolje-2023-10.toml").path

    /// The published table's workbook with `edit` applied to its table sheet.
    static func workbook(_ edit: (AppliedScenario, inout Workbook.Sheet) -> Void = { _, _ in }) throws -> (AppliedScenario, Data) {
        let applied = try ScenarioLoader.load(path: published).apply()
        var book = Workbook()
        var (sheet, _) = try TableSheet.build(name: "Tabell", applied: applied, totals: try applied.totals(), locale: .nb)
        edit(applied, &sheet)
        book.sheets.append(sheet)
        book.sheets.append(WorkbookRenderer.metaSheet(applied, taken: ["Tabell"]))
        return (applied, try WorkbookWriter.data(book))
    }

    @Test func theNotesComeBackOnceAndTheParenthesisLegendNotAtAll() throws {
        let (applied, data) = try Self.workbook()
        #expect(data == (try WorkbookRenderer.totals(applied, totals: try applied.totals(), locale: .nb)))
        let table = try WorkbookReader.read(data: data, name: "t.xlsx")
        #expect(applied.table.metadata.notes.count == 2)
        #expect(table.metadata.notes == applied.table.metadata.notes)
        #expect(table.receipt.leftOut.filter { $0.reason == .parenthesisLegend }.count == 1)
    }

    @Test func aNoteEditedInTheSheetIsTheNoteImported() throws {
        let (applied, data) = try Self.workbook { applied, sheet in
            let first = applied.table.metadata.notes[0]
            for (r, row) in sheet.cells { for (c, cell) in row where cell.value == .text(first) { sheet.set(r, c, .text("Endret i arket.")) } }
            let last = sheet.cells.keys.max()!
            sheet.set(last + 1, 1, .text("Ny merknad."))
        }
        let table = try WorkbookReader.read(data: data, name: "t.xlsx")
        #expect(table.metadata.notes == ["Endret i arket.", applied.table.metadata.notes[1], "Ny merknad."])
    }

    @Test func aYearTheHiddenSheetDoesNotSumIsNoWarningThoughItsSumCellIsBlank() throws {
        let (applied, data) = try Self.workbook()
        let table = try WorkbookReader.read(data: data, name: "t.xlsx")
        #expect(table.summedYears == applied.table.summedYears)
        #expect(applied.table.summedYears == [2024, 2025, 2026])
        #expect(table.receipt.warnings.isEmpty, "\(table.receipt.warnings)")
    }
}
