import DFCostTableLayout
import DFCostModel
import DFCostRender
import DFCostScenario

/// The TBU table as a sheet laid out like the report: title, source and scenario above a frozen
/// header row; solution headings (merged across the table), lines, a subtotal row per solution,
/// the Sum row, "Sum, avrundet" and the cumulative level; the footnotes under the table.
///
/// Subtotals, sums, the rounded sums and the cumulative level are formulas, each with dfcost's
/// own result as its cached value. A subtotal covers every cell of its solution's lines in that
/// year, empty ones included (a number typed into one counts), except the internal cells; the Sum
/// adds the subtotals. Internal cells are numbers shown in parentheses by their number format,
/// conditional cells carry their mark in the format (`#,##0" *"`); a sum is shown with the
/// decimals its value needs (93, 21,5). Right of the last year column a hidden column headed
/// ``MachineLayout/idHeader`` holds each line's id.
struct TableSheet {
    /// Where the sums are, for formulas on other sheets.
    struct Anchors {
        var sheet: String
        /// Year -> column.
        var columns: [Int: Int] = [:]
        var sumRow: Int?
        var subtotalRows: [String: Int] = [:]
        var cellsWithSum: Set<Int> = []
        var subtotalYears: [String: Set<Int>] = [:]
    }

    static func build(name: String, applied: AppliedScenario, totals: Totals, locale: DFCostRender.Language)
        throws(ArithmeticError) -> (Workbook.Sheet, Anchors) {
        let labels = locale.labels
        let layout = TotalsLayout(applied: applied, totals: totals, labels: labels)
        let meta = applied.table.metadata
        var sheet = Workbook.Sheet(name: name)
        var anchors = Anchors(sheet: name)
        let years = layout.years
        for (i, y) in years.enumerated() { anchors.columns[y] = i + 2 }
        let lastColumn = CellReference.letters(years.count + 1)
        let bold = Workbook.Style(bold: true)

        var row = 1
        sheet.set(row, 1, .text("\(meta.title) (\(meta.unit))"), bold)
        let source = Footnotes.source(meta, locale: locale)
        if let source { row += 1; sheet.set(row, 1, .text(source)) }
        let scenario = applied.name.isEmpty ? nil : "\(labels.scenario): \(applied.name)"
        if let scenario { row += 1; sheet.set(row, 1, .text(scenario)) }
        // One short text on the left (the title, and the scenario), the page number on the right.
        sheet.pageHeader = applied.name.isEmpty ? meta.title : "\(meta.title) – \(applied.name)"
        row += 2
        sheet.set(row, 1, .text(labels.line), bold)
        for y in years { sheet.set(row, anchors.columns[y]!, .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true)) }
        sheet.frozenRows = row

        // The hidden column of line ids, right of the last year column (for `dfcost import`).
        let idColumn = years.count + 2
        sheet.set(row, idColumn, .text(TableLayout.idColumnHeader))
        sheet.hiddenColumns.insert(idColumn)

        var blockRows: [(row: Int, cells: [Int: TotalsLayout.ShownCell])] = []  // the lines of the current solution
        var subtotalRows: [Int: [Int]] = [:]  // year -> subtotal rows
        var sumRow = 0
        var previousCumulative: Int?
        var labelWidth = labels.line.count
        for r in layout.rows {
            row += 1
            labelWidth = max(labelWidth, r.label.count + (r.kind == .line ? 2 : 0))
            switch r.kind {
            case .solution:
                sheet.set(row, 1, .text(r.label), bold)
                if years.count > 0 { sheet.merges.append("A\(row):\(lastColumn)\(row)") }
                blockRows = []
            case .line:
                sheet.set(row, 1, .text(r.label), Workbook.Style(indent: 1))
                sheet.set(row, idColumn, .text(r.id))
                for (y, cell) in r.cells {
                    guard let c = anchors.columns[y] else { continue }
                    let format = Self.format(decimals: Self.decimals(cell.amount), isInternal: cell.isInternal, marks: cell.marks)
                    sheet.set(row, c, .number(cell.amount), Workbook.Style(numberFormat: format))
                }
                blockRows.append((row, r.cells))
            case .subtotal:
                sheet.set(row, 1, .text(r.label), Workbook.Style(italic: true))
                anchors.subtotalRows[r.solution] = row
                for (y, cell) in r.cells {
                    guard let c = anchors.columns[y] else { continue }
                    // Every line of the block, empty cells included (typing into one counts),
                    // but not the lines whose cell is internal that year.
                    let counted = blockRows.filter { $0.cells[y]?.isInternal != true }.map(\.row)
                    sheet.set(row, c, .formula(Self.sum(Self.ranges(column: c, rows: counted)), cached: cell.amount),
                              Workbook.Style(numberFormat: Self.format(decimals: Self.significantDecimals(cell.amount)), italic: true))
                    subtotalRows[y, default: []].append(row)
                    anchors.subtotalYears[r.solution, default: []].insert(y)
                }
            case .sum:
                sumRow = row
                anchors.sumRow = row
                sheet.set(row, 1, .text(r.label), bold)
                for (y, cell) in r.cells {
                    guard let c = anchors.columns[y] else { continue }
                    let refs = (subtotalRows[y] ?? []).map { "\(CellReference.letters(c))\($0)" }
                    sheet.set(row, c, .formula(Self.sum(refs), cached: cell.amount),
                              Workbook.Style(numberFormat: Self.format(decimals: Self.significantDecimals(cell.amount)), bold: true))
                    anchors.cellsWithSum.insert(y)
                }
            case .sumRounded:
                sheet.set(row, 1, .text(r.label))
                let scale = try totals.roundingPrecision.precisionScale()
                for (y, cell) in r.cells {
                    guard let c = anchors.columns[y], anchors.cellsWithSum.contains(y) else { continue }
                    sheet.set(row, c, .formula("ROUND(\(CellReference.letters(c))\(sumRow),\(scale))", cached: cell.amount),
                              Workbook.Style(numberFormat: Self.format(decimals: max(scale, 0))))
                }
            case .cumulative:
                sheet.set(row, 1, .text(r.label))
                for y in years {
                    guard let cell = r.cells[y], let c = anchors.columns[y], anchors.cellsWithSum.contains(y) else { continue }
                    let column = CellReference.letters(c)
                    let formula = previousCumulative.map { "\(CellReference.letters($0))\(row)+\(column)\(sumRow)" } ?? "\(column)\(sumRow)"
                    sheet.set(row, c, .formula(formula, cached: cell.amount), Workbook.Style(numberFormat: Self.format(decimals: Self.significantDecimals(cell.amount))))
                    previousCumulative = c
                }
            }
        }
        row += 1
        for note in Footnotes.lines(applied: applied, locale: locale) {
            row += 1
            sheet.set(row, 1, .text(note))
        }
        sheet.widths[1] = Double(min(max(labelWidth + 2, 20), 70))
        for y in years { sheet.widths[anchors.columns[y]!] = 10 }
        return (sheet, anchors)
    }

    /// The decimals `value` is written with (21.5 -> 1, 21.50 -> 2).
    static func decimals(_ value: ExactDecimal) -> Int {
        value.description.split(separator: ".").dropFirst().first?.count ?? 0
    }

    /// The decimals a computed `value` needs (21.5 -> 1, 93 and 93.0 -> 0): a sum is shown as
    /// its own value reads, not at the table's precision (93, not 93,0).
    static func significantDecimals(_ value: ExactDecimal) -> Int {
        guard let fraction = value.description.split(separator: ".").dropFirst().first else { return 0 }
        return fraction.reversed().drop { $0 == "0" }.count
    }

    /// A number format: grouped thousands, `decimals` decimals; internal cells in parentheses
    /// (a negative one as "(-4)"); marks after the number, in quotes.
    static func format(decimals: Int, isInternal: Bool = false, marks: String = "") -> String {
        let number = decimals > 0 ? "#,##0." + String(repeating: "0", count: decimals) : "#,##0"
        let mark = marks.isEmpty ? "" : "\" " + marks.filter { $0 != "\"" } + "\""
        if isInternal { return "\\(\(number)\\)\(mark);\\(\\-\(number)\\)\(mark)" }
        return marks.isEmpty ? number : "\(number)\(mark);\\-\(number)\(mark)"
    }

    /// "C5:C7", "C9" for the rows 5, 6, 7 and 9 of column `column`.
    static func ranges(column: Int, rows: [Int]) -> [String] {
        let letters = CellReference.letters(column)
        var out: [String] = []
        var start: Int?, last = 0
        for r in rows.sorted() {
            if let s = start, r == last + 1 { last = r; _ = s; continue }
            if let s = start { out.append(s == last ? "\(letters)\(s)" : "\(letters)\(s):\(letters)\(last)") }
            start = r
            last = r
        }
        if let s = start { out.append(s == last ? "\(letters)\(s)" : "\(letters)\(s):\(letters)\(last)") }
        return out
    }

    /// `SUM(a,b,...)`, split into several SUMs added when there are more than Excel's 255 arguments;
    /// "0" for no cells.
    static func sum(_ refs: [String]) -> String {
        guard !refs.isEmpty else { return "0" }
        return stride(from: 0, to: refs.count, by: 250).map { "SUM(\(refs[$0..<min($0 + 250, refs.count)].joined(separator: ",")))" }
            .joined(separator: "+")
    }
}
