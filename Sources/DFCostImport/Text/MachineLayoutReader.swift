import DFCostTableLayout
import DFCostScenario
import DFCostModel

/// Reads the machine layout of `dfcost totals --format csv`. Rows after the table whose kind is
/// not one of the table's (another section of a report) end it.
struct MachineLayoutReader {
    let rows: [DelimitedText.Row]
    let file: String
    /// A `lines.ID.*` meta row for a line the table does not have is skipped, not an error (a
    /// workbook whose visible table was edited after dfcost wrote it).
    var toleratesMissingLines = false

    struct YearColumns {
        var amount: Int
        var internalFlag: Int?
        var conditions: Int?
    }

    func at(_ f: DelimitedText.Field) -> SourceReference { SourceReference(file: file, line: f.line, column: f.column) }

    func read() throws(TableImportError) -> ImportedTable {
        guard let headerIndex = rows.firstIndex(where: { !$0.isBlank }) else {
            throw TableImportError(.init(file: file, line: 1, column: 1), .noTable)
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
            columns[k].columns.internalFlag = named["\(columns[k].year)\(TableLayout.internalSuffix)"]
            columns[k].columns.conditions = named["\(columns[k].year)\(TableLayout.conditionsSuffix)"]
        }
        guard !columns.isEmpty else { throw TableImportError(at(header.field(0)), .noYearColumn) }
        for required in TableLayout.labelHeaders where named[required] == nil {
            throw TableImportError(at(header.field(0)), .missingColumn(required))
        }
        let years = columns.map(\.year)
        guard zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw TableImportError(at(header.field(0)), .yearColumnsNotIncreasing)
        }
        var lines: [ImportedTable.ImportedLine] = []
        var solutionIDs: [String] = []
        var marks: [String] = []
        var sums: [Int: ExactDecimal] = [:], rounded: [Int: ExactDecimal] = [:]
        var sumPlaces: [Int: SourceReference] = [:], roundedPlaces: [Int: SourceReference] = [:]
        var ids = Set<String>()
        var lastRow = header.line
        let name = file.split(separator: "/").last.map(String.init) ?? file
        var meta = Meta(metadata: TableMetadata(title: "Importert fra \(name)"))
        loop: for row in rows[(headerIndex + 1)...] where !row.isBlank {
            // A row of another kind than the table's (another section of a report) ends it.
            guard let kind = TableLayout.RowKind(rawValue: row.field(0).text.trimmedForImport) else { break loop }
            lastRow = row.line
            switch kind {
            case .line:
                let idField = row.field(1)
                let id = idField.text.trimmedForImport
                guard !id.isEmpty else { throw TableImportError(at(idField), .lineWithoutID) }
                guard ids.insert(id).inserted else { throw TableImportError(at(idField), .duplicateLineID(id)) }
                let solutionField = row.field(named[TableLayout.labelHeaders[0]]!)
                let solution = solutionField.text.trimmedForImport
                guard !solution.isEmpty else { throw TableImportError(at(solutionField), .lineWithoutSolution(id: id)) }
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
                        default: throw TableImportError(at(f), .notTrueOrFalse(f.text))
                        }
                    }
                    var cellMarks: [String] = []
                    if let m = c.conditions.map({ row.field($0).text.trimmedForImport }), !m.isEmpty {
                        cellMarks = [m]
                        if !marks.contains(m) { marks.append(m) }
                    }
                    cells.append(.init(year: year, amount: parsed.amount, isInternal: isInternal, marks: cellMarks))
                }
                lines.append(.init(id: id, solution: solution, initiative: row.field(named[TableLayout.labelHeaders[1]]!).text.trimmedForImport,
                                   part: row.field(named[TableLayout.labelHeaders[2]]!).text.trimmedForImport, cells: cells, origin: at(idField)))
            case .sum, .sumRounded:
                for (year, c) in columns {
                    let f = row.field(c.amount)
                    guard !f.text.trimmedForImport.isEmpty else { continue }
                    let amount = try ImportCell.parse(f, marks: [], file: file).amount
                    if kind == .sum { sums[year] = amount; sumPlaces[year] = at(f) } else { rounded[year] = amount; roundedPlaces[year] = at(f) }
                }
            case .meta:
                try readMeta(row, into: &meta, years: years, lines: &lines)
            case .subtotal, .cumulative, .solution:
                continue
            }
        }
        if !meta.positions.isEmpty {
            lines = lines.enumerated().sorted { (meta.positions[$0.element.id] ?? Int.max, $0.offset) < (meta.positions[$1.element.id] ?? Int.max, $1.offset) }
                .map(\.element)
        }
        let summed = meta.summedYears ?? years.filter { sums[$0] != nil || rounded[$0] != nil }
        let publishedValues = rounded.isEmpty ? sums : rounded
        var conditions = meta.conditions
        for m in marks where !conditions.contains(where: { $0.mark == m }) {
            conditions.append(ConditionDefinition(id: "condition-\(conditions.count + 1)", description: "Betingelse merket \(m).", mark: m))
        }
        var solutions = meta.solutions
        for id in solutionIDs where !solutions.contains(where: { $0.id == id }) {
            solutions.append(Solution(id: id, name: TableImporter.displayName(id)))
        }
        let published: PublishedSums?
        if let precision = meta.publishedPrecision {
            published = PublishedSums(precision: precision, values: meta.publishedSums)
        } else if meta.summedYears != nil {
            published = nil  // a table written by dfcost: its sums are computed, not published
        } else {
            published = publishedValues.isEmpty ? nil
                : PublishedSums(precision: ImportCell.precision(of: Array(publishedValues.values)), values: publishedValues)
        }
        // The sum rows against the lines: dfcost wrote them from the lines, so they must agree.
        var receipt = ImportReceipt(layout: .machine)
        receipt.firstRow = header.line
        receipt.lastRow = lastRow
        for (kind, written, places) in [(ImportReceipt.Check.Kind.sum, sums, sumPlaces), (.roundedSum, rounded, roundedPlaces)] {
            for (year, amount) in written.sorted(by: { $0.key < $1.key }) {
                var total = ExactDecimal.zero
                for line in lines { for c in line.cells where c.year == year && !c.isInternal {
                    do { total = try total.adding(c.amount) } catch { throw TableImportError(places[year]!, .sumBeyondRange(year: year)) }
                } }
                guard ImportCell.agrees(written: amount, computed: total) else {
                    throw TableImportError(places[year]!, .sumRowDiffers(rounded: kind != .sum, year: year, written: amount, computed: total))
                }
                receipt.checks.append(.init(kind: kind, year: year, written: amount, computed: total, place: places[year]!))
            }
        }
        var table = ImportedTable(
            layout: .machine, metadata: meta.metadata, years: years,
            summedYears: summed.isEmpty ? years : summed,
            published: published,
            conditions: conditions,
            solutions: solutions,
            lines: lines)
        if let scenario = meta.appliedScenario {
            receipt.warnings.append(.init(place: .init(file: file, line: receipt.firstRow, column: 1), warning: .appliedTable(scenario)))
        }
        receipt.linesPerSolution = solutions.map { s in (s.name, lines.filter { $0.solution == s.id }.count) }
        receipt.conditions = conditions.map { c in (c.mark, c.id, c.description, lines.reduce(0) { $0 + $1.cells.filter { $0.marks.contains(c.mark) }.count }) }
        receipt.summedYears = table.summedYears
        table.receipt = receipt
        return table
    }

    /// Applies the `meta` rows of a workbook's hidden sheet (``TableLayout/metaSheetName``) to a
    /// table read from its visible sheet: title, source, notes, published sums, condition ids by
    /// mark, solution ids by name, and tags and `continues` by line id.
    static func apply(metaRows rows: [DelimitedText.Row], file: String, to table: inout ImportedTable) throws(TableImportError) {
        let reader = MachineLayoutReader(rows: rows, file: file, toleratesMissingLines: true)
        var meta = Meta(metadata: table.metadata)
        var lines = table.lines
        var count = 0
        for row in rows where row.field(0).text.trimmedForImport == TableLayout.RowKind.meta.rawValue {
            try reader.readMeta(row, into: &meta, years: table.years, lines: &lines)
            count += 1
        }
        table.receipt.leftOut.append(.init(place: .init(file: file, line: 1, column: 1), reason: .metaSheet(TableLayout.metaSheetName, count)))
        // The notes: the hidden sheet says what dfcost wrote, the rows under a report-layout
        // table say what the sheet holds now (a note edited, added or deleted there). The visible
        // rows win; the hidden sheet's notes only stand in for a table read in dfcost's own
        // layout, which shows none.
        if table.layout == .human { meta.metadata.notes = table.metadata.notes }
        table.metadata = meta.metadata
        table.lines = lines
        if let precision = meta.publishedPrecision, !meta.publishedSums.isEmpty {
            // The hidden sheet keeps the sums as published; the visible table's Sum row is what
            // the lines give now. A difference means the table was edited: said, not hidden.
            let scale = ImportCell.scale(of: precision)
            for (year, published) in meta.publishedSums.sorted(by: { $0.key < $1.key }) where meta.appliedScenario == nil {
                guard let shown = table.published?.values[year], shown.rounded(toScale: scale) != published else { continue }
                let place = table.receipt.checks.first { $0.year == year && ($0.kind == .sum || $0.kind == .roundedSum) }?.place
                    ?? .init(file: file, line: 1, column: 1)
                table.receipt.warnings.append(.init(place: place, warning: .publishedSumDiffers(year: year, table: shown, published: published)))
            }
            table.published = PublishedSums(precision: precision, values: meta.publishedSums)
        }
        if let summed = meta.summedYears {
            table.summedYears = summed
            table.receipt.summedYears = summed
            // A blank Sum cell in a year the hidden sheet says is not summed is the table as
            // written, not a sum left out: no warning for it.
            table.receipt.warnings.removeAll { w in
                if case .yearNotSummed(let year) = w.warning { return !summed.contains(year) }
                return false
            }
        }
        if let scenario = meta.appliedScenario {
            table.receipt.warnings.append(.init(place: .init(file: file, line: 1, column: 1), warning: .appliedTable(scenario)))
        }
        for k in table.conditions.indices {
            if let c = meta.conditions.first(where: { $0.mark == table.conditions[k].mark }) {
                table.conditions[k].id = c.id
                table.conditions[k].description = c.description
            }
        }
        var rename: [String: String] = [:]
        for k in table.solutions.indices {
            if let s = meta.solutions.first(where: { TableLayout.normalized($0.name) == TableLayout.normalized(table.solutions[k].name) }) {
                rename[table.solutions[k].id] = s.id
                table.solutions[k].id = s.id
            }
        }
        for k in table.lines.indices { table.lines[k].solution = rename[table.lines[k].solution] ?? table.lines[k].solution }
        let conditions = table.conditions
        table.receipt.conditions = table.receipt.conditions.map { c in
            (c.mark, conditions.first { $0.mark == c.mark }?.id ?? c.id, conditions.first { $0.mark == c.mark }?.description ?? c.description, c.cells)
        }
    }

    /// What `meta` rows say about the table (``read()``).
    struct Meta {
        var metadata: TableMetadata
        var summedYears: [Int]?
        var publishedPrecision: ExactDecimal?
        var publishedSums: [Int: ExactDecimal] = [:]
        var conditions: [ConditionDefinition] = []
        var solutions: [Solution] = []
        /// Line id -> its place in the table (1-based), when the rows list the lines in another order.
        var positions: [String: Int] = [:]
        /// `applied.scenario`: the lines hold this scenario's result, not a file's table as written.
        var appliedScenario: String?
    }

    /// A `meta` row: a scenario file's key path (`table.title`, `published_sums.2024`,
    /// `conditions.ID`, `solutions.ID`, `lines.ID.tags`, `lines.ID.continues`) and its value.
    func readMeta(_ row: DelimitedText.Row, into meta: inout Meta, years: [Int],
                  lines: inout [ImportedTable.ImportedLine]) throws(TableImportError) {
        let keyField = row.field(1), valueField = row.field(2)
        let key = keyField.text.trimmedForImport, value = valueField.text
        let path = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard path.count == 2 else { throw TableImportError(at(keyField), .unknownMetaKey(key)) }
        switch (path[0], path[1]) {
        case ("table", "title"): meta.metadata.title = value
        case ("table", "document"): meta.metadata.document = value
        case ("table", "section"): meta.metadata.section = value
        case ("table", "as_of"): meta.metadata.asOf = value
        case ("table", "notes"): meta.metadata.notes.append(value)
        case ("table", "summed_years"):
            var list: [Int] = []
            for word in value.split(separator: " ") {
                guard let y = Int(word), years.contains(y) else {
                    throw TableImportError(at(valueField), .summedYearNotAColumn(String(word)))
                }
                guard !list.contains(y) else {
                    throw TableImportError(at(valueField), .summedYearTwice(y))
                }
                guard list.last.map({ $0 < y }) ?? true else {
                    throw TableImportError(at(valueField), .summedYearsOutOfOrder(year: y, after: list.last!))
                }
                list.append(y)
            }
            guard meta.summedYears == nil else {
                throw TableImportError(at(keyField), .secondSummedYears(key: key))
            }
            meta.summedYears = list
        case ("published_sums", let k):
            let amount = try ImportCell.parse(valueField, marks: [], file: file).amount
            if k == "precision" {
                meta.publishedPrecision = amount
            } else if let y = Int(k), years.contains(y) {
                meta.publishedSums[y] = amount
            } else {
                throw TableImportError(at(keyField), .publishedSumNotAColumn(k))
            }
        case ("conditions", let id):
            meta.conditions.append(ConditionDefinition(id: id, description: row.field(3).text, mark: value.trimmedForImport))
        case ("solutions", let id):
            meta.solutions.append(Solution(id: id, name: value))
        case ("lines", let rest):
            let dot = rest.lastIndex(of: ".")
            let id = dot.map { String(rest[..<$0]) } ?? rest, field = dot.map { String(rest[rest.index(after: $0)...]) } ?? ""
            guard let k = lines.firstIndex(where: { $0.id == id }) else {
                if toleratesMissingLines { return }
                throw TableImportError(at(keyField), .unknownLine(key: key, id: id))
            }
            switch field {
            case TableLayout.LineField.tags.rawValue: lines[k].tags = value.trimmedForImport.split(separator: TableLayout.tagSeparator).map(String.init)
            case "continues": lines[k].continues = value.trimmedForImport
            case "position":
                guard let n = Int(value.trimmedForImport), n >= 1 else {
                    throw TableImportError(at(valueField), .notAPosition(value))
                }
                meta.positions[id] = n
            default: throw TableImportError(at(keyField), .unknownMetaKey(key))
            }
        case (TableLayout.MetaKey.appliedPrefix, let rest):
            // What a scenario did to the table (TableMetaRows in DFCostRender): already in the
            // cells, so nothing to apply again; the receipt says the table is a scenario's result.
            if rest == "scenario" { meta.appliedScenario = value.trimmedForImport }
        default:
            throw TableImportError(at(keyField), .unknownMetaKey(key))
        }
    }
}
