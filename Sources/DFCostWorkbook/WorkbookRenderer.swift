import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation

/// `--format xlsx`: the table, comparisons and a simulation as a workbook a committee member
/// opens and audits. It arranges dfcost's results; the sums it writes are formulas whose cached
/// values are dfcost's exact results, never computed here.
public enum WorkbookRenderer {
    /// `totals --format xlsx`: the table sheet, and with `--by payer` or `--by initiative` a
    /// sheet of that breakdown.
    public static func totals(_ applied: AppliedScenario, totals: Totals, locale: DFCostRender.Locale,
                              payers: PayerAllocation? = nil, initiatives: InitiativeSubtotals? = nil) throws -> Data {
        let words = WorkbookLabels.of(locale)
        var book = Workbook()
        let (sheet, anchors) = try TableSheet.build(name: words.table, applied: applied, totals: totals, locale: locale)
        book.sheets.append(sheet)
        if let payers { book.sheets.append(payerSheet(payers, locale: locale, taken: book.sheets.map(\.name))) }
        if let initiatives {
            book.sheets.append(initiativeSheet(initiatives, totals: totals, anchors: anchors, locale: locale, taken: book.sheets.map(\.name)))
        }
        return try WorkbookWriter.data(book)
    }

    /// The payers' parts as the text report gives them: exact, rounded and cumulative per payer.
    static func payerSheet(_ a: PayerAllocation, locale: DFCostRender.Locale, taken: [String]) -> Workbook.Sheet {
        let words = locale.labels.payers
        var sheet = Workbook.Sheet(name: Workbook.sheetName(WorkbookLabels.of(locale).payers, taken: taken))
        let bold = Workbook.Style(bold: true)
        sheet.set(1, 1, .text(words.heading), bold)
        sheet.set(3, 1, .text(words.payer), bold)
        for (i, y) in a.years.enumerated() { sheet.set(3, i + 3, .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true)) }
        sheet.frozenRows = 3
        var row = 3
        let decimals = a.payers.flatMap { p in a.years.compactMap { a.exact[p.id]?[$0] } }.map(TableSheet.decimals).max() ?? 0
        for p in a.payers {
            for (k, (word, values)) in [(words.exact, a.exact), (words.rounded, a.rounded), (words.cumulative, a.cumulative)].enumerated() {
                row += 1
                if k == 0 { sheet.set(row, 1, .text(p.name)) }
                sheet.set(row, 2, .text(word))
                for (i, y) in a.years.enumerated() {
                    if let v = values[p.id]?[y] {
                        sheet.set(row, i + 3, .number(v), Workbook.Style(numberFormat: TableSheet.format(decimals: k == 1 ? TableSheet.decimals(v) : decimals)))
                    }
                }
            }
        }
        row += 2
        sheet.set(row, 1, .text(words.roundingNote))
        for note in a.assumptions { row += 1; sheet.set(row, 1, .text("\(words.assumption): \(note)")) }
        sheet.widths = [1: 30, 2: 12]
        for i in a.years.indices { sheet.widths[i + 3] = 10 }
        return sheet
    }

    /// One row per initiative (its parts summed across solutions) and a Sum row of formulas,
    /// equal to the table's Sum.
    static func initiativeSheet(_ s: InitiativeSubtotals, totals: Totals, anchors: TableSheet.Anchors,
                                locale: DFCostRender.Locale, taken: [String]) -> Workbook.Sheet {
        let words = WorkbookLabels.of(locale)
        var sheet = Workbook.Sheet(name: Workbook.sheetName(words.initiatives, taken: taken))
        let bold = Workbook.Style(bold: true)
        sheet.set(1, 1, .text(words.initiatives), bold)
        sheet.set(3, 1, .text(words.initiative), bold)
        for (i, y) in s.years.enumerated() { sheet.set(3, i + 2, .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true)) }
        sheet.frozenRows = 3
        let decimals = s.rows.flatMap { $0.amounts.values }.map(TableSheet.decimals).max() ?? 0
        var row = 3
        for r in s.rows {
            row += 1
            sheet.set(row, 1, .text(r.initiative))
            for (i, y) in s.years.enumerated() {
                if let v = r.amounts[y] { sheet.set(row, i + 2, .number(v), Workbook.Style(numberFormat: TableSheet.format(decimals: decimals))) }
            }
        }
        row += 1
        sheet.set(row, 1, .text(locale.labels.sum), bold)
        for (i, y) in s.years.enumerated() {
            guard let total = totals.totals[y], s.rows.count > 0 else { continue }
            let column = CellReference.letters(i + 2)
            sheet.set(row, i + 2, .formula("SUM(\(column)4:\(column)\(row - 1))", cached: total),
                      Workbook.Style(numberFormat: TableSheet.format(decimals: decimals), bold: true))
        }
        sheet.widths = [1: Double(min(max((s.rows.map(\.initiative.count).max() ?? 10) + 2, 20), 70))]
        for i in s.years.indices { sheet.widths[i + 2] = 10 }
        return sheet
    }
}
