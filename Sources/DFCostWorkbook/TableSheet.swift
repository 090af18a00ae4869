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

    /// The sheet of an applied scenario's table: its ``TotalsBuilder`` section, written by
    /// ``build(name:section:pageHeader:)``.
    static func build(name: String, applied: AppliedScenario, totals: Totals, locale: DFCostRender.Language)
        throws(ArithmeticError) -> (Workbook.Sheet, Anchors) {
        let title = applied.table.metadata.title
        // One short text on the left (the title, and the scenario), the page number on the right.
        let pageHeader = applied.name.isEmpty ? title : "\(title) – \(applied.name)"
        return try build(name: name, section: TotalsBuilder(language: locale).section(applied, totals: totals), pageHeader: pageHeader)
    }

    /// Writes a document section holding a table: its title in bold, its paragraphs and byline
    /// under it, the table under a frozen header row, its footnotes under the table. The rows'
    /// kinds choose how: group headings bold and merged, lines indented with their id in the
    /// hidden column, subtotals and sums as formulas over the counted line cells, the rounded
    /// sum as `ROUND`, the cumulative level as a running formula.
    static func build(name: String, section: Section, pageHeader: String) throws(ArithmeticError) -> (Workbook.Sheet, Anchors) {
        var sheet = Workbook.Sheet(name: name)
        var anchors = Anchors(sheet: name)
        var table = Table(columns: [], rows: [])
        var lines: [String] = []  // the lines above the table
        var notes: [String] = []
        for block in section.blocks {
            switch block {
            case .paragraph(let p): lines.append(p)
            case .byline(let key, let value): lines.append("\(key): \(value)")
            case .table(let t): table = t
            case .notes(let n): notes = n.notes
            case .keyValues, .chart: break
            }
        }
        var years: [Int] = []
        for (i, column) in table.columns.enumerated() {
            if case .year(let y) = column.kind { years.append(y); anchors.columns[y] = i + 1 }
        }
        let lastColumn = CellReference.letters(years.count + 1)
        let bold = Workbook.Style(bold: true)

        var row = 1
        sheet.set(row, 1, .text(section.title ?? ""), bold)
        for line in lines { row += 1; sheet.set(row, 1, .text(line)) }
        sheet.pageHeader = pageHeader
        row += 2
        let header = table.columns.first?.header ?? ""
        sheet.set(row, 1, .text(header), bold)
        for y in years { sheet.set(row, anchors.columns[y]!, .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true)) }
        sheet.frozenRows = row

        // The hidden column of line ids, right of the last year column (for `dfcost import`).
        let idColumn = years.count + 2
        sheet.set(row, idColumn, .text(TableLayout.idColumnHeader))
        sheet.hiddenColumns.insert(idColumn)

        /// A row's cells by year: amount, whether internal, marks.
        func cells(_ r: Table.Row) -> [Int: (amount: ExactDecimal, isInternal: Bool, marks: String)] {
            var out: [Int: (amount: ExactDecimal, isInternal: Bool, marks: String)] = [:]
            for (i, column) in table.columns.enumerated() {
                guard case .year(let y) = column.kind, r.cells.indices.contains(i) else { continue }
                switch r.cells[i] {
                case .tableAmount(let x, let isInternal, let marks): out[y] = (x, isInternal, marks)
                case .amount(let x): out[y] = (x, false, "")
                default: break
                }
            }
            return out
        }
        func label(_ r: Table.Row) -> String {
            if case .text(let s) = r.cells.first { return s }
            return ""
        }

        var blockRows: [(row: Int, internal: Set<Int>)] = []  // the lines of the current group
        var subtotalRows: [Int: [Int]] = [:]  // year -> subtotal rows
        var sumRow = 0
        var previousCumulative: Int?
        var labelWidth = header.count
        for r in table.rows {
            row += 1
            let text = label(r)
            labelWidth = max(labelWidth, text.count + (r.kind == .line ? 2 : 0))
            switch r.kind {
            case .solutionHeading:
                sheet.set(row, 1, .text(text), bold)
                if years.count > 0 { sheet.merges.append("A\(row):\(lastColumn)\(row)") }
                blockRows = []
            case .line:
                sheet.set(row, 1, .text(text), Workbook.Style(indent: 1))
                if let id = r.machine?.id { sheet.set(row, idColumn, .text(id)) }
                let shown = cells(r)
                for (y, cell) in shown {
                    guard let c = anchors.columns[y] else { continue }
                    let format = Self.format(decimals: Self.decimals(cell.amount), isInternal: cell.isInternal, marks: cell.marks)
                    sheet.set(row, c, .number(cell.amount), Workbook.Style(numberFormat: format))
                }
                blockRows.append((row, Set(shown.filter(\.value.isInternal).keys)))
            case .subtotal:
                sheet.set(row, 1, .text(text), Workbook.Style(italic: true))
                let solution = r.machine?.solution ?? ""
                anchors.subtotalRows[solution] = row
                for (y, cell) in cells(r) {
                    guard let c = anchors.columns[y] else { continue }
                    // Every line of the block, empty cells included (typing into one counts),
                    // but not the lines whose cell is internal that year.
                    let counted = blockRows.filter { !$0.internal.contains(y) }.map(\.row)
                    sheet.set(row, c, .formula(Self.sum(Self.ranges(column: c, rows: counted)), cached: cell.amount),
                              Workbook.Style(numberFormat: Self.format(decimals: Self.significantDecimals(cell.amount)), italic: true))
                    subtotalRows[y, default: []].append(row)
                    anchors.subtotalYears[solution, default: []].insert(y)
                }
            case .sum:
                sumRow = row
                anchors.sumRow = row
                sheet.set(row, 1, .text(text), bold)
                for (y, cell) in cells(r) {
                    guard let c = anchors.columns[y] else { continue }
                    let refs = (subtotalRows[y] ?? []).map { "\(CellReference.letters(c))\($0)" }
                    sheet.set(row, c, .formula(Self.sum(refs), cached: cell.amount),
                              Workbook.Style(numberFormat: Self.format(decimals: Self.significantDecimals(cell.amount)), bold: true))
                    anchors.cellsWithSum.insert(y)
                }
            case .roundedSum:
                sheet.set(row, 1, .text(text))
                let scale = table.roundedSumScale ?? 0
                for (y, cell) in cells(r) {
                    guard let c = anchors.columns[y], anchors.cellsWithSum.contains(y) else { continue }
                    sheet.set(row, c, .formula("ROUND(\(CellReference.letters(c))\(sumRow),\(scale))", cached: cell.amount),
                              Workbook.Style(numberFormat: Self.format(decimals: max(scale, 0))))
                }
            case .cumulative:
                sheet.set(row, 1, .text(text))
                let shown = cells(r)
                for y in years {
                    guard let cell = shown[y], let c = anchors.columns[y], anchors.cellsWithSum.contains(y) else { continue }
                    let column = CellReference.letters(c)
                    let formula = previousCumulative.map { "\(CellReference.letters($0))\(row)+\(column)\(sumRow)" } ?? "\(column)\(sumRow)"
                    sheet.set(row, c, .formula(formula, cached: cell.amount), Workbook.Style(numberFormat: Self.format(decimals: Self.significantDecimals(cell.amount))))
                    previousCumulative = c
                }
            }
        }
        row += 1
        for note in notes {
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
