import DFCostModel
import DFCostRender
import DFCostTableLayout

/// A document table that is not the published table (ungrouped: a breakdown such as each
/// initiative's subtotal) as a sheet: its title in bold, a frozen header row (years as numbers),
/// the rows, and each ``Table/RowKind/sum`` row as `SUM` formulas over the line rows above it,
/// caching dfcost's value. Detail and bar columns are left out.
enum DataSheet {
    static func build(name: String, title: String, table: Table) -> Workbook.Sheet {
        var sheet = Workbook.Sheet(name: name)
        let bold = Workbook.Style(bold: true)
        sheet.set(1, 1, .text(title), bold)
        let shown = table.columns.indices.filter { !table.columns[$0].isDetail && table.columns[$0].kind != .bar }
        for (k, c) in shown.enumerated() {
            if case .year(let y) = table.columns[c].kind {
                sheet.set(3, k + 1, .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true))
            } else {
                sheet.set(3, k + 1, .text(table.columns[c].header), bold)
            }
        }
        sheet.frozenRows = 3
        var row = 3
        var lineRows: [Int] = []
        var labelWidth = 10
        for r in table.rows {
            row += 1
            let isSum = r.kind == .sum
            for (k, c) in shown.enumerated() {
                guard r.cells.indices.contains(c) else { continue }
                switch r.cells[c] {
                case .text(let t):
                    if k == 0 && !isSum { labelWidth = max(labelWidth, t.count) }
                    sheet.set(row, k + 1, .text(t), isSum ? bold : Workbook.Style())
                case .amount(let v), .tableAmount(let v, _, _):
                    let style = Workbook.Style(numberFormat: TableSheet.format(decimals: TableSheet.significantDecimals(v)), bold: isSum)
                    if isSum {
                        guard let first = lineRows.first, let last = lineRows.last else { continue }
                        let column = CellReference.letters(k + 1)
                        sheet.set(row, k + 1, .formula("SUM(\(column)\(first):\(column)\(last))", cached: v), style)
                    } else {
                        sheet.set(row, k + 1, .number(v), style)
                    }
                case .number(let d):
                    if case .statistic(let decimals) = table.columns[c].kind, let exact = ExactDecimal.rounding(d, decimals: decimals) {
                        sheet.set(row, k + 1, .number(exact), Workbook.Style(numberFormat: TableSheet.format(decimals: decimals), bold: isSum))
                    }
                case .empty, .estimate: break
                }
            }
            if r.kind == .line { lineRows.append(row) }
        }
        sheet.widths = [1: Double(min(max(labelWidth + 2, 20), 70))]
        for k in shown.indices.dropFirst() { sheet.widths[k + 1] = 10 }
        return sheet
    }
}
