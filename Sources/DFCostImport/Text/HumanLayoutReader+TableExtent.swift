import DFCostTableLayout

/// Where the table's body lies below its header row (HumanLayoutReader.swift).
struct TableExtent {
    /// The first row after the table: the next section's header row, or the blank row that ends
    /// the last total's notes (the row count when the table runs to the end).
    let end: Int
    /// The table's last total: the last Sum-type row with values.
    let lastTotal: Int?
    /// The last plain Sum row with values; plain Sum rows before it are subtotals.
    let lastSum: Int?
    /// The non-blank rows between the header and `end`.
    let bodyIndices: [Int]

    /// A row below the last total (a note, or a row that must move or go).
    func isAfterTotals(_ i: Int) -> Bool { lastTotal.map { i > $0 } ?? false }
}

/// Finding where the table ends and checking that every number in it sits under a year.
extension HumanLayoutReader {
    /// "sum", "rounded" or "cumulative" for a row labelled as the Sum, the rounded Sum or the
    /// cumulative level; nil for anything else.
    func totalKind(_ row: DelimitedText.Row, firstYearColumn: Int) -> String? {
        let label = TableLayout.normalized(firstLabel(row, limit: firstYearColumn).text)
        if TableLayout.sumLabels.contains(label) { return "sum" }
        if TableLayout.roundedSumLabels.contains(label) { return "rounded" }
        if TableLayout.cumulativeLabels.contains(label) { return "cumulative" }
        return nil
    }

    /// Another section's header row: two or more increasing years and no other amount, not
    /// labelled as a total, after a blank row or a row without amounts (its section's title).
    func startsSection(_ i: Int) -> Bool {
        let row = rows[i]
        guard Self.headerYears(row) >= 2 else { return false }
        let label = TableLayout.normalized(firstLabel(row, limit: row.fields.count).text)
        if TableLayout.readsAsTotal(label) || TableLayout.sumLabels.contains(label) || TableLayout.roundedSumLabels.contains(label)
            || TableLayout.cumulativeLabels.contains(label) { return false }
        let found = row.fields.compactMap { ImportCell.year($0.text) }
        guard zip(found, found.dropFirst()).allSatisfy({ $0 < $1 }) else { return false }
        let previous = rows[i - 1]
        return previous.isBlank || !previous.fields.dropFirst().contains { ImportCell.isAmount($0.text) }
    }

    /// Where the table below header row `h` ends: before the next header row with years (another
    /// section), and after the last total's notes. Rows after it are left out; a line after the
    /// last total is an error.
    func tableExtent(below h: Int, columns: YearColumns, receipt: inout ImportReceipt) throws(TableImportError) -> TableExtent {
        let firstYearColumn = columns.first
        var end = rows.count
        for i in (h + 1)..<max(rows.count, h + 1) where startsSection(i) {
            end = i
            break
        }
        // The last Sum-type row with values is the table's last total; plain "Sum" rows before the
        // last one are subtotals of the solution above them.
        let lastTotal = (h + 1..<end).last { columns.hasValues(rows[$0]) && totalKind(rows[$0], firstYearColumn: firstYearColumn) != nil }
        let lastSum = (h + 1..<end).last { columns.hasValues(rows[$0]) && totalKind(rows[$0], firstYearColumn: firstYearColumn) == "sum" }
        if let lastTotal {
            var inNotes = false
            var i = lastTotal + 1
            while i < end {
                let row = rows[i]
                if row.isBlank {
                    if inNotes { end = i; break }
                } else if columns.hasValues(row) {
                    if totalKind(row, firstYearColumn: firstYearColumn) == nil {
                        let label = firstLabel(row, limit: firstYearColumn)
                        throw TableImportError(at(row, column: label.column), .rowAfterLastTotal(label: label.text, moveOrRemove: true))
                    }
                } else {
                    inNotes = true
                }
                i += 1
            }
        }
        for row in rows[end...] where !row.isBlank {
            receipt.leftOut.append(.init(place: at(row, column: firstLabel(row, limit: row.fields.count).column), reason: .afterTable))
        }
        let bodyIndices = (h + 1..<end).filter { !rows[$0].isBlank }
        return TableExtent(end: end, lastTotal: lastTotal, lastSum: lastSum, bodyIndices: bodyIndices)
    }

    /// A number under no year: a column the header forgot, or a shifted row.
    func checkAmountsUnderYears(_ extent: TableExtent, columns: YearColumns) throws(TableImportError) {
        let firstYearColumn = columns.first
        let yearColumnSet = columns.set
        for i in extent.bodyIndices {
            let row = rows[i]
            let label = firstLabel(row, limit: firstYearColumn).text
            if !columns.hasValues(row), Self.footnote(label) != nil || extent.lastTotal.map({ i > $0 }) == true { continue }
            for (c, f) in row.fields.enumerated() where c > firstYearColumn && !yearColumnSet.contains(c) && c != columns.idColumn
                && f.text.contains(where: \.isNumber) {
                throw TableImportError(at(f), .amountWithoutYear(text: f.text.trimmedForImport))
            }
        }
    }
}
