import DFCostModel

/// Reads the machine layout of `dfcost totals --format csv`. Rows after the table whose kind is
/// not one of the table's (another section of a report) end it.
struct MachineLayoutReader {
    let rows: [DelimitedText.Row]
    let file: String

    struct YearColumns {
        var amount: Int
        var internalFlag: Int?
        var conditions: Int?
    }

    func at(_ f: DelimitedText.Field) -> SourceReference { SourceReference(file: file, line: f.line, column: f.column) }

    func read() throws(TableImportError) -> ImportedTable {
        guard let headerIndex = rows.firstIndex(where: { !$0.isBlank }) else {
            throw TableImportError(.init(file: file, line: 1, column: 1), "the file holds no table")
        }
        let header = rows[headerIndex]
        var columns: [(year: Int, columns: YearColumns)] = []
        var named: [String: Int] = [:]
        for (i, f) in header.fields.enumerated() {
            let name = f.text.trimmedForImport
            named[name] = i
            if let y = ImportCell.year(name) { columns.append((y, YearColumns(amount: i))) }
        }
        for k in columns.indices {
            columns[k].columns.internalFlag = named["\(columns[k].year)_internal"]
            columns[k].columns.conditions = named["\(columns[k].year)_conditions"]
        }
        guard !columns.isEmpty else { throw TableImportError(at(header.field(0)), "the header names no year column such as 2024") }
        for required in ["solution", "initiative", "part"] where named[required] == nil {
            throw TableImportError(at(header.field(0)), "the header has no '\(required)' column (expected kind,id,solution,initiative,part,<year>,...)")
        }
        let years = columns.map(\.year)
        guard zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw TableImportError(at(header.field(0)), "the year columns must increase without repeats")
        }
        var lines: [ImportedTable.ImportedLine] = []
        var solutionIDs: [String] = []
        var marks: [String] = []
        var sums: [Int: ExactDecimal] = [:], rounded: [Int: ExactDecimal] = [:]
        var ids = Set<String>()
        loop: for row in rows[(headerIndex + 1)...] where !row.isBlank {
            let kind = row.field(0).text.trimmedForImport
            switch kind {
            case "line":
                let idField = row.field(1)
                let id = idField.text.trimmedForImport
                guard !id.isEmpty else { throw TableImportError(at(idField), "a line needs an id") }
                guard ids.insert(id).inserted else { throw TableImportError(at(idField), "duplicate line id '\(id)'") }
                let solutionField = row.field(named["solution"]!)
                let solution = solutionField.text.trimmedForImport
                guard !solution.isEmpty else { throw TableImportError(at(solutionField), "line '\(id)' names no solution") }
                if !solutionIDs.contains(solution) { solutionIDs.append(solution) }
                var cells: [ImportedTable.ImportedCell] = []
                for (year, c) in columns {
                    let amountField = row.field(c.amount)
                    guard !amountField.text.trimmedForImport.isEmpty else { continue }
                    let parsed = try ImportCell.parse(amountField, marks: [], file: file)
                    var isInternal = parsed.isInternal
                    if let i = c.internalFlag {
                        let f = row.field(i)
                        switch f.text.trimmedForImport.lowercased() {
                        case "true": isInternal = true
                        case "false", "": break
                        default: throw TableImportError(at(f), "'\(f.text)' is not true or false")
                        }
                    }
                    var cellMarks: [String] = []
                    if let m = c.conditions.map({ row.field($0).text.trimmedForImport }), !m.isEmpty {
                        cellMarks = [m]
                        if !marks.contains(m) { marks.append(m) }
                    }
                    cells.append(.init(year: year, amount: parsed.amount, isInternal: isInternal, marks: cellMarks))
                }
                lines.append(.init(id: id, solution: solution, initiative: row.field(named["initiative"]!).text.trimmedForImport,
                                   part: row.field(named["part"]!).text.trimmedForImport, cells: cells))
            case "sum", "sumRounded":
                for (year, c) in columns {
                    let f = row.field(c.amount)
                    guard !f.text.trimmedForImport.isEmpty else { continue }
                    let amount = try ImportCell.parse(f, marks: [], file: file).amount
                    if kind == "sum" { sums[year] = amount } else { rounded[year] = amount }
                }
            case "subtotal", "cumulative", "solution":
                continue
            default:
                break loop
            }
        }
        let summed = years.filter { sums[$0] != nil || rounded[$0] != nil }
        let publishedValues = rounded.isEmpty ? sums : rounded
        let conditions = marks.enumerated().map { i, m in
            ConditionDefinition(id: "condition-\(i + 1)", description: "Betingelse merket \(m).", mark: m)
        }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return ImportedTable(
            layout: .machine, metadata: TableMetadata(title: "Importert fra \(name)"), years: years,
            summedYears: summed.isEmpty ? years : summed,
            published: publishedValues.isEmpty ? nil
                : PublishedSums(precision: ImportCell.precision(of: Array(publishedValues.values)), values: publishedValues),
            conditions: conditions,
            solutions: solutionIDs.map { Solution(id: $0, name: TableImporter.displayName($0)) },
            lines: lines)
    }
}
