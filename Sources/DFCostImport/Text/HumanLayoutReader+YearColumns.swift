import DFCostTableLayout

/// The header row's year columns and the one extra column dfcost's own workbooks write beside
/// them (HumanLayoutReader.swift).
struct YearColumns {
    /// The header's years, left to right, with their columns.
    let columns: [(column: Int, year: Int)]
    /// The `id` column right of the first year (a workbook dfcost wrote); any other extra column
    /// must hold no amounts.
    let idColumn: Int?

    var years: [Int] { columns.map(\.year) }
    var first: Int { columns[0].column }
    var set: Set<Int> { Set(columns.map(\.column)) }

    /// A row with anything under a year (a dash for "nothing" too).
    func hasValues(_ row: DelimitedText.Row) -> Bool {
        columns.contains { !row.field($0.column).text.trimmedForImport.isEmpty }
    }
}

extension HumanLayoutReader {
    /// The header's year columns, checked to increase, and its `id` column.
    func yearColumns(of header: DelimitedText.Row) throws(TableImportError) -> YearColumns {
        let yearColumns = header.fields.enumerated().compactMap { i, f in ImportCell.year(f.text).map { (column: i, year: $0) } }
        for (a, b) in zip(yearColumns, yearColumns.dropFirst()) where a.year >= b.year {
            throw TableImportError(at(header.field(b.column)), .yearsOutOfOrder(year: b.year, after: a.year))
        }
        let firstYearColumn = yearColumns[0].column
        let yearColumnSet = Set(yearColumns.map(\.column))
        var idColumn: Int?
        for (i, f) in header.fields.enumerated() where i > firstYearColumn && !yearColumnSet.contains(i) {
            if TableLayout.normalized(f.text) == TableLayout.idColumnHeader { idColumn = i }
        }
        return YearColumns(columns: yearColumns, idColumn: idColumn)
    }
}
