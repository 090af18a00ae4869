import DFCostTableLayout

/// The columns left of the years that hold the lines' labels (HumanLayoutReader.swift).
struct LabelColumns {
    /// A column beside the lines that names their solution; nil when solutions are heading rows.
    let solutionColumn: Int?
    /// The columns that name a line: its tiltak, then its part (at most two).
    let nameColumns: [Int]
    /// The heading rows' texts (normalized): the solutions written as rows of their own.
    let headingNames: Set<String>
}

/// Finding the label columns from their content: the table may start anywhere, and a solution may
/// be a heading row or a column beside its lines, merged down, written once or on every row,
/// under any header or none.
extension HumanLayoutReader {
    /// The label columns: those with text on a row with amounts, before the last total.
    func labelColumns(header: DelimitedText.Row, columns: YearColumns, extent: TableExtent) throws(TableImportError) -> LabelColumns {
        let firstYearColumn = columns.first
        let beforeTotals = extent.bodyIndices.filter { i in extent.lastTotal.map { i < $0 } ?? true }
        let lineCandidates = beforeTotals.filter { columns.hasValues(rows[$0]) && totalKind(rows[$0], firstYearColumn: firstYearColumn) == nil
            && !TableLayout.readsAsTotal(TableLayout.normalized(firstLabel(rows[$0], limit: firstYearColumn).text)) }
        var used = Set<Int>()
        for i in lineCandidates {
            for c in 0..<firstYearColumn where !rows[i].field(c).text.trimmedForImport.isEmpty { used.insert(c) }
        }
        let labelColumns = used.sorted()
        let headingIndices = beforeTotals.filter { !columns.hasValues(rows[$0]) && Self.footnote(firstLabel(rows[$0], limit: firstYearColumn).text) == nil }
        let headingNames = Set(headingIndices.map { TableLayout.normalized(firstLabel(rows[$0], limit: firstYearColumn).text) })
        var solutionColumn: Int?
        if labelColumns.count >= 2 {
            let c0 = labelColumns[0]
            let word = TableLayout.normalized(header.field(c0).text)
            if Self.solutionHeaders.contains(word) {
                solutionColumn = c0
            } else if Self.initiativeHeaders.contains(word) {
                solutionColumn = nil
            } else if headingIndices.isEmpty {
                // No heading rows: the lines' solution can only be in a column beside them.
                solutionColumn = c0
            }
            // Heading rows and a first column not headed as the solution's: the headings are the
            // solutions, and the first column is the lines' tiltak (as "Helsenorge / Diverse tiltak").
        }
        let nameColumns = labelColumns.filter { $0 != solutionColumn }
        if nameColumns.count > 2 {
            throw TableImportError(at(header, column: nameColumns[2]),
                                   .tooManyLabelColumns(count: nameColumns.count, columns: nameColumns.map { CellReferenceText.column($0) }))
        }
        if let solutionColumn, nameColumns.isEmpty {
            throw TableImportError(at(header, column: solutionColumn), .onlyOneLabelColumn)
        }
        return LabelColumns(solutionColumn: solutionColumn, nameColumns: nameColumns, headingNames: headingNames)
    }
}
