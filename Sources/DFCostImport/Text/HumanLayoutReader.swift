import DFCostModel
import DFCostScenario
import DFCostTableLayout

/// Reads the table as people keep it: the report's layout and the spreadsheets analysts make.
///
/// Every non-empty row is accounted for. The header row (the row with the most years, the first
/// of equals) splits the sheet: rows above it are a title block, rows below it are classified one
/// by one as a solution heading, a line, a subtotal, the Sum row, the rounded Sum row, the
/// cumulative level, a footnote, or a note; rows after the table's last total are notes until a
/// blank row, then left out. A row with amounts that is neither a line that can be placed under a
/// solution nor a total that can be checked is an error at its place, never a line and never
/// skipped. Label columns are found from their content (the table may start anywhere; a solution
/// may be a heading row or a column beside its lines, merged down, written once or on every row,
/// under any header or none). Every written total is checked against the lines.
///
/// The phases live beside this file: the header's year columns (+YearColumns), the title block
/// (+TitleBlock), where the table ends (+TableExtent), the label columns (+LabelColumns), the
/// footnotes and marks (+ConditionScan), single rows (+Rows), decimal signs (+DecimalSigns) and
/// the totals' check (+Totals); the pass over the body's rows is here.
struct HumanLayoutReader {
    let rows: [DelimitedText.Row]
    let file: String
    /// Text written by hand or saved as CSV: its amounts must use one decimal sign. (A workbook's
    /// numbers are numbers; only its text cells carry a sign of their own.)
    var checksDecimalSigns = false
    /// With `checksDecimalSigns`, the cells whose amounts the writer typed as text (a workbook's
    /// text cells), the only ones checked; nil: every amount (a text file).
    var typedText: Set<CellReference>? = nil

    func at(_ f: DelimitedText.Field) -> SourceReference { SourceReference(file: file, line: f.line, column: f.column) }
    func at(_ row: DelimitedText.Row, column: Int) -> SourceReference { at(row.field(column)) }

    func read() throws(TableImportError) -> ImportedTable {
        guard let h = headerIndex() else {
            throw TableImportError(.init(file: file, line: 1, column: 1), .noYearHeader)
        }
        let header = rows[h]
        let columns = try self.yearColumns(of: header)
        let yearColumns = columns.columns
        let years = columns.years
        let firstYearColumn = columns.first
        let idColumn = columns.idColumn
        var receipt = ImportReceipt(layout: .human)
        receipt.firstRow = header.line

        var metadata = try titleBlock(above: h, columns: columns, receipt: &receipt)
        let extent = try tableExtent(below: h, columns: columns, receipt: &receipt)
        let (lastSum, bodyIndices) = (extent.lastSum, extent.bodyIndices)
        try checkAmountsUnderYears(extent, columns: columns)
        let labels = try labelColumns(header: header, columns: columns, extent: extent)
        let (solutionColumn, nameColumns, headingNames) = (labels.solutionColumn, labels.nameColumns, labels.headingNames)

        // Conditions: from the footnotes, then from the cells.
        let (conditions, conditionPlaces) = try footnoteConditions(extent, columns: columns)
        try checkMarks(extent, columns: columns, conditions: conditions)
        let marks = conditions.map(\.mark)
        if checksDecimalSigns { try checkDecimalSigns(bodyIndices.map { rows[$0] }, columns: yearColumns.map(\.column)) }

        // The rows, one by one.
        var solutions: [Solution] = []
        var current: Solution?
        var lines: [ImportedTable.ImportedLine] = []
        var linePlaces: [SourceReference] = []
        var lineKeys: [String: SourceReference] = [:]
        var sums: [Int: (ExactDecimal, SourceReference)] = [:], rounded: [Int: (ExactDecimal, SourceReference)] = [:]
        var cumulative: [Int: (ExactDecimal, SourceReference)] = [:]
        var subtotals: [(solution: Solution, year: Int, amount: ExactDecimal, place: SourceReference)] = []
        var explicitIDs: [Int: (String, SourceReference)] = [:]
        func solution(named name: String) -> Solution {
            if let s = solutions.first(where: { TableLayout.normalized($0.name) == TableLayout.normalized(name) }) { return s }
            let s = Solution(id: "", name: name)
            solutions.append(s)
            return s
        }
        /// A total row's decimals: the most any of its amounts is written with. Every amount of the
        /// row is checked at that precision (a row of 63 and 1,5 is written to tenths: 63 is 63,0).
        var rowScale: [Int: Int] = [:]
        func totals(_ row: DelimitedText.Row, label: String) throws(TableImportError) -> [(Int, ExactDecimal, SourceReference)] {
            var out: [(Int, ExactDecimal, SourceReference)] = []
            defer { rowScale[row.line] = out.map { ImportCell.scale(of: $0.1) }.max() ?? 0 }
            for (column, year) in yearColumns where !ImportCell.isBlank(row.field(column).text) {
                let field = row.field(column)
                let parsed = try ImportCell.parse(field, marks: marks, file: file)
                if parsed.isInternal || !parsed.marks.isEmpty {
                    throw TableImportError(at(field), .markedTotal(text: field.text.trimmedForImport, label: label))
                }
                out.append((year, parsed.amount, at(field)))
            }
            return out
        }
        for i in bodyIndices {
            let row = rows[i]
            let (labelColumn, labelText) = firstLabel(row, limit: firstYearColumn)
            let label = TableLayout.normalized(labelText)
            let place = at(row, column: labelColumn)
            let isAfterTotals = extent.isAfterTotals(i)
            guard columns.hasValues(row) else {
                if let footnote = Self.footnote(labelText.isEmpty ? firstLabel(row, limit: row.fields.count).text : labelText) {
                    _ = footnote
                    continue
                }
                let text = labelText.isEmpty ? firstLabel(row, limit: row.fields.count).text : labelText
                if let source = Self.prefixed(text, ["Kilde:", "Source:"]) {
                    metadata.document = source
                    receipt.leftOut.append(.init(place: place, reason: .source))
                } else if isAfterTotals, text.hasPrefix(TableLayout.parenthesisLegendMark) {
                    // The legend of the parentheses: made by the writer from the internal cells,
                    // as a footnote is from its condition, so it is no note of the table's own.
                    receipt.leftOut.append(.init(place: place, reason: .parenthesisLegend))
                } else if isAfterTotals {
                    // The same note on the row below: a workbook's cell merged over several rows.
                    if metadata.notes.last == text, i > 0, firstLabel(rows[i - 1], limit: rows[i - 1].fields.count).text == text { continue }
                    metadata.notes.append(text)
                    receipt.leftOut.append(.init(place: place, reason: .note))
                } else if TableLayout.readsAsTotal(label) || totalKind(row, firstYearColumn: firstYearColumn) != nil {
                    throw TableImportError(place, .totalWithoutAmounts(label: labelText))
                } else {
                    if let solutionColumn, labelColumn != solutionColumn, !headingNames.isEmpty, row.field(solutionColumn).text.trimmedForImport.isEmpty {
                        throw TableImportError(place, .headingInLabelColumn(label: labelText))
                    }
                    current = solution(named: text)
                }
                continue
            }
            // The solution this row sits under: the solution column's text, else the heading above.
            var solutionText = ""
            if let solutionColumn { solutionText = row.field(solutionColumn).text.trimmedForImport }
            // The label that says what the row is: a name column's text, or the solution column's
            // when it is the only text ("Sum" written in the first column).
            let names = nameColumns.map { row.field($0).text.trimmedForImport }
            let nameLabel = names.first { !$0.isEmpty } ?? ""
            let kindLabel = TableLayout.normalized(nameLabel.isEmpty ? labelText : nameLabel)
            if TableLayout.sumLabels.contains(kindLabel) || TableLayout.roundedSumLabels.contains(kindLabel)
                || TableLayout.cumulativeLabels.contains(kindLabel) || TableLayout.readsAsTotal(kindLabel) {
                let written = try totals(row, label: nameLabel.isEmpty ? labelText : nameLabel)
                if TableLayout.sumLabels.contains(kindLabel) {
                    let isSubtotal = (!nameLabel.isEmpty && !solutionText.isEmpty) || (lastSum.map { i < $0 } ?? false)
                    if isSubtotal {
                        let owner = !nameLabel.isEmpty && !solutionText.isEmpty ? solution(named: solutionText) : current
                        guard let owner else {
                            throw TableImportError(place, .subtotalBeforeSolution(label: labelText))
                        }
                        for (year, amount, p) in written { subtotals.append((owner, year, amount, p)) }
                    } else {
                        for (year, amount, p) in written { sums[year] = (amount, p) }
                    }
                } else if TableLayout.roundedSumLabels.contains(kindLabel) {
                    for (year, amount, p) in written { rounded[year] = (amount, p) }
                } else if TableLayout.cumulativeLabels.contains(kindLabel) {
                    for (year, amount, p) in written { cumulative[year] = (amount, p) }
                } else if let owner = subtotalOwner(kindLabel, solutions: solutions) {
                    for (year, amount, p) in written { subtotals.append((owner, year, amount, p)) }
                } else {
                    let known = solutions.map(\.name)
                    let prefix = TableLayout.subtotalPrefixes.first { kindLabel.hasPrefix($0) }
                    if let prefix, !known.isEmpty {
                        let rest = String(kindLabel.dropFirst(prefix.count))
                        let hint = Suggestion.closest(to: rest, in: known.map { TableLayout.normalized($0) }).flatMap { n in known.first { TableLayout.normalized($0) == n } }
                        throw TableImportError(place, .unknownSubtotal(label: labelText, name: rest, solutions: known, suggestion: hint))
                    }
                    throw TableImportError(place, .uncheckableTotal(label: labelText))
                }
                continue
            }
            if isAfterTotals {
                throw TableImportError(place, .rowAfterLastTotal(label: labelText, moveOrRemove: false))
            }
            let rowSolution = solutionText.isEmpty ? current : solution(named: solutionText)
            guard let owner = rowSolution else {
                throw TableImportError(place, .lineBeforeSolution(label: labelText.isEmpty ? names.joined(separator: " ") : labelText))
            }
            if solutionColumn != nil { current = owner }
            var initiative: String, part: String
            if nameColumns.count == 2 {
                (initiative, part) = (names[0], names[1])
            } else if nameColumns.count == 1 {
                let combined = names[0]
                if let range = combined.firstRange(of: " / ") {
                    (initiative, part) = (String(combined[..<range.lowerBound]).trimmedForImport, String(combined[range.upperBound...]).trimmedForImport)
                } else {
                    (initiative, part) = (combined, "")
                }
            } else {
                (initiative, part) = ("", "")
            }
            if initiative.isEmpty { (initiative, part) = (part, "") }
            guard !initiative.isEmpty else {
                throw TableImportError(place, .rowWithoutLabel)
            }
            let key = TableLayout.normalized(owner.name) + "\u{1F}" + TableLayout.normalized(initiative) + "\u{1F}" + TableLayout.normalized(part)
            if let first = lineKeys[key] {
                throw TableImportError(place, .duplicateLine(solution: owner.name, initiative: initiative, part: part, firstRow: first.line))
            }
            lineKeys[key] = place
            var cells: [ImportedTable.ImportedCell] = []
            for (column, year) in yearColumns where !ImportCell.isBlank(row.field(column).text) {
                let parsed = try ImportCell.parse(row.field(column), marks: marks, file: file)
                cells.append(.init(year: year, amount: parsed.amount, isInternal: parsed.isInternal, marks: parsed.marks))
            }
            if let idColumn {
                let f = row.field(idColumn)
                let id = f.text.trimmedForImport
                if !id.isEmpty { explicitIDs[lines.count] = (id, at(f)) }
            }
            lines.append(.init(id: "", solution: owner.name, initiative: initiative, part: part, cells: cells, origin: place))
            linePlaces.append(place)
        }
        receipt.lastRow = bodyIndices.last.map { rows[$0].line } ?? header.line

        // The written totals against the lines.
        let written = WrittenTotals(sums: sums, rounded: rounded, cumulative: cumulative, subtotals: subtotals, rowScale: rowScale)
        try check(written, lines: lines, linePlaces: linePlaces, years: years, receipt: &receipt)
        if sums.isEmpty && rounded.isEmpty {
            receipt.warnings.append(.init(place: at(header, column: firstYearColumn), warning: .noSumRow))
        } else {
            // A blank Sum cell leaves its year unsummed; with counted amounts in it, that is more
            // likely a sum not typed than a year the table does not sum.
            for (column, year) in yearColumns where sums[year] == nil && rounded[year] == nil {
                if lines.contains(where: { $0.cells.contains { $0.year == year && !$0.isInternal && !$0.amount.isZero } }) {
                    receipt.warnings.append(.init(place: at(header, column: column), warning: .yearNotSummed(year)))
                }
            }
        }
        for c in conditions where conditionPlaces[c.mark] != nil {
            let used = lines.contains { $0.cells.contains { $0.marks.contains(c.mark) } }
            if !used { receipt.warnings.append(.init(place: conditionPlaces[c.mark]!, warning: .footnoteUnused(c.mark))) }
        }

        let summed = years.filter { sums[$0] != nil || rounded[$0] != nil }
        let publishedValues = rounded.isEmpty ? sums.mapValues(\.0) : rounded.mapValues(\.0)
        var table = ImportedTable(
            layout: .human, metadata: metadata, years: years, summedYears: summed.isEmpty ? years : summed,
            published: publishedValues.isEmpty ? nil
                : PublishedSums(precision: ImportCell.precision(of: Array(publishedValues.values)), values: publishedValues),
            conditions: conditions, solutions: solutions, lines: lines)
        try Identity.assign(&table, explicitIDs: explicitIDs, file: file)
        receipt.linesPerSolution = table.solutions.map { s in (s.name, table.lines.filter { $0.solution == s.id }.count) }
        receipt.conditions = table.conditions.map { c in
            (c.mark, c.id, c.description, table.lines.reduce(0) { $0 + $1.cells.filter { $0.marks.contains(c.mark) }.count })
        }
        receipt.summedYears = table.summedYears
        table.receipt = receipt
        return table
    }
}
