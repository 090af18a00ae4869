import DFCostModel
import DFCostRender
import DFCostTableLayout

/// Document sections that are not the published table (a breakdown, a simulation) as one
/// sheet: each section's title in bold, then its blocks, an empty row between sections.
///
/// A table gets a header row (years as numbers; the column headers after the first in bold),
/// its rows, and each ``Table/RowKind/sum`` row as `SUM` formulas over the line rows above it,
/// caching dfcost's value. An estimate (a percentile and its standard error) takes two columns,
/// the second headed "±", so both stay numbers. Statistics are stored at the column's decimals;
/// exact amounts with the decimals their value needs. A key-value list has the unit as its
/// header; notes and paragraphs are rows of text. Detail and bar columns are left out.
enum DocumentSheet {
    static func build(name: String, sections: [Section]) -> Workbook.Sheet {
        var sheet = Workbook.Sheet(name: name)
        let bold = Workbook.Style(bold: true)
        var row = 0, columns = 1
        var labelWidth = 10
        for section in sections {
            row += 1
            if let title = section.title { sheet.set(row, 1, .text(title), bold) }
            for block in section.blocks {
                switch block {
                case .table(let table):
                    columns = max(columns, write(table, at: &row, into: &sheet, labelWidth: &labelWidth))
                    if sections.count == 1 { sheet.frozenRows = 2 }
                case .keyValues(let list):
                    let table = Table(columns: [Table.Column("", .label), Table.Column(list.unit, list.kind)],
                                      rows: list.items.map { Table.Row(.line, [.text($0.key), $0.value]) })
                    columns = max(columns, write(table, at: &row, into: &sheet, labelWidth: &labelWidth))
                    differences(list, lastRow: row, into: &sheet)
                case .notes(let n):
                    for note in n.notes + n.warnings { row += 1; sheet.set(row, 1, .text(note)) }
                case .paragraph(let p):
                    row += 1
                    sheet.set(row, 1, .text(p))
                case .byline(let key, let value):
                    row += 1
                    sheet.set(row, 1, .text("\(key): \(value)"))
                case .chart: break
                }
            }
            row += 1
        }
        sheet.widths = [1: Double(min(max(labelWidth + 2, 30), 70))]
        for k in 1..<max(columns, 2) { sheet.widths[k + 1] = 10 }
        return sheet
    }

    /// Writes the table below `row`; returns the number of sheet columns it took.
    static func write(_ table: Table, at row: inout Int, into sheet: inout Workbook.Sheet, labelWidth: inout Int) -> Int {
        let bold = Workbook.Style(bold: true)
        let shown = table.columns.indices.filter { !table.columns[$0].isDetail && table.columns[$0].kind != .bar }
        // An estimate column is two sheet columns.
        let isEstimate = shown.map { c in table.rows.contains { r in r.cells.indices.contains(c) && { if case .estimate = r.cells[c] { true } else { false } }() } }
        var sheetColumn: [Int] = []
        var next = 1
        for k in shown.indices { sheetColumn.append(next); next += isEstimate[k] ? 2 : 1 }

        row += 1
        for (k, c) in shown.enumerated() {
            let column = table.columns[c]
            if case .year(let y) = column.kind {
                sheet.set(row, sheetColumn[k], .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true))
            } else if !column.header.isEmpty {
                sheet.set(row, sheetColumn[k], .text(column.header), k == 0 ? Workbook.Style() : bold)
            }
            if isEstimate[k] { sheet.set(row, sheetColumn[k] + 1, .text("±"), bold) }
        }
        var lineRows: [Int] = []
        for r in table.rows {
            row += 1
            let isSum = r.kind == .sum
            for (k, c) in shown.enumerated() {
                guard r.cells.indices.contains(c) else { continue }
                let at = sheetColumn[k]
                let kind = table.columns[c].kind
                let decimals: Int? = switch kind {
                case .statistic(let d): d
                case .count: 0
                default: nil
                }
                var cell = r.cells[c]
                if case .lines(let lines) = cell { cell = .text(lines.joined(separator: " | ")) }
                switch cell {
                case .lines: break
                case .text(let t):
                    if k == 0 && !isSum { labelWidth = max(labelWidth, t.count) }
                    if !t.isEmpty { sheet.set(row, at, .text(t), isSum ? bold : Workbook.Style()) }
                case .amount(let v), .tableAmount(let v, _, _):
                    let style = Workbook.Style(numberFormat: TableSheet.format(decimals: amountDecimals(v, table.columns[c].kind)), bold: isSum)
                    if isSum, let first = lineRows.first, let last = lineRows.last {
                        let letters = CellReference.letters(at)
                        sheet.set(row, at, .formula("SUM(\(letters)\(first):\(letters)\(last))", cached: v), style)
                    } else if !isSum {
                        sheet.set(row, at, .number(v), style)
                    }
                case .number(let d) where { if case .percent = kind { true } else { false } }():
                    percent(d, kind: kind, at: (row, at), bold: isSum, into: &sheet)
                case .number(let d):
                    statistic(d, decimals: decimals ?? 2, at: (row, at), bold: isSum, into: &sheet)
                case .estimate(let v, let se):
                    statistic(v, decimals: decimals ?? 2, at: (row, at), bold: isSum, into: &sheet)
                    if se.isFinite { statistic(se, decimals: decimals ?? 2, at: (row, at + 1), bold: isSum, into: &sheet) }
                case .empty, .missing: break
                }
            }
            if r.kind == .line { lineRows.append(row) }
        }
        return next - 1
    }

    /// A key-value list's differences (``KeyValueList/differences``) as formulas over its value
    /// cells (`=B5-B3`), caching dfcost's value; the list's last item is on `lastRow`, its values in column B.
    static func differences(_ list: KeyValueList, lastRow: Int, into sheet: inout Workbook.Sheet) {
        let first = lastRow - list.items.count + 1
        for d in list.differences {
            guard list.items.indices.contains(d.item), list.items.indices.contains(d.minuend), list.items.indices.contains(d.subtrahend),
                  case .amount(let value) = list.items[d.item].value else { continue }
            sheet.set(first + d.item, 2, .formula("B\(first + d.minuend)-B\(first + d.subtrahend)", cached: value),
                      Workbook.Style(numberFormat: TableSheet.format(decimals: amountDecimals(value, list.kind))))
        }
    }

    /// The decimals an exact amount is shown with in a column of `kind`: at least a
    /// ``Table/ColumnKind/decimalAmount(decimals:)`` column's, else those its value needs.
    static func amountDecimals(_ v: ExactDecimal, _ kind: Table.ColumnKind) -> Int {
        if case .decimalAmount(let d) = kind { return max(d, v.scale) }
        return TableSheet.significantDecimals(v)
    }

    /// A fraction in a percent column, stored as the fraction with Excel's percent format
    /// (`0.0%`: 0.052 shows as 5,2 %), not as a plain number.
    static func percent(_ d: Double, kind: Table.ColumnKind, at cell: (row: Int, column: Int), bold: Bool, into sheet: inout Workbook.Sheet) {
        guard case .percent(let decimals) = kind, let exact = ExactDecimal.rounding(d, decimals: decimals + 2) else { return }
        let format = decimals > 0 ? "0." + String(repeating: "0", count: decimals) + "%" : "0%"
        sheet.set(cell.row, cell.column, .number(exact), Workbook.Style(numberFormat: format, bold: bold))
    }

    /// A statistic stored at `decimals` decimals (nothing when it is not finite); a count
    /// (`decimals` 0) as a whole number (`#,##0`), never with a money format's decimals.
    static func statistic(_ d: Double, decimals: Int, at cell: (row: Int, column: Int), bold: Bool, into sheet: inout Workbook.Sheet) {
        guard let exact = ExactDecimal.rounding(d, decimals: decimals) else { return }
        sheet.set(cell.row, cell.column, .number(exact), Workbook.Style(numberFormat: TableSheet.format(decimals: decimals), bold: bold))
    }
}
