import DFCostTableLayout
import DFCostScenario
import DFCostModel

/// Reads the table as the report and spreadsheets lay it out: a title, the header row with the
/// years, solution headings as rows without numbers, lines, subtotals, the `Sum` row (taken as
/// the published sums), and footnotes under the table.
struct HumanLayoutReader {
    let rows: [DelimitedText.Row]
    let file: String

    static let sumLabels: Set<String> = ["sum", "sum millioner kroner", "sum mnok", "totalt", "total"]
    static let roundedLabels: Set<String> = ["sum, avrundet", "sum, rounded"]
    static let cumulativeLabels: Set<String> = ["kumulativt nivå", "cumulative level", "kumulativt"]

    /// The label columns of the header and what each holds.
    struct Labels {
        var count: Int
        var solution: Int?
        var initiative: Int?
        var part: Int?
        /// One column "Tiltak / del" split on " / ".
        var combined: Bool { count == 1 || initiative == nil }
    }

    func at(_ f: DelimitedText.Field) -> SourceReference { SourceReference(file: file, line: f.line, column: f.column) }

    /// `* Er avhengig av ...` -> ("*", "Er avhengig av ..."); nil for anything else.
    static func footnote(_ text: String) -> (mark: String, description: String)? {
        var mark = ""
        var rest = Substring(text)
        while let c = rest.first, !(c.isLetter || c.isNumber || c.isWhitespace || "()-\u{2212}\"'".contains(c)) {
            mark.append(c)
            rest.removeFirst()
        }
        let description = String(rest).trimmedForImport
        return mark.isEmpty || description.isEmpty ? nil : (mark, description)
    }

    /// Where the table ends: after the Sum rows, the first block of notes, and the blank row
    /// after it. What follows (the other sections of a report saved as CSV: charts' data,
    /// comparisons, a simulation) is not part of the table.
    func tableEnd(after header: Int) -> Int {
        var afterSum = false, inNotes = false
        var index = header + 1
        while index < rows.count {
            let row = rows[index]
            let lower = row.fields.map(\.text).first { !$0.trimmedForImport.isEmpty }?.trimmedForImport.lowercased() ?? ""
            if Self.sumLabels.contains(lower) || Self.roundedLabels.contains(lower) || Self.cumulativeLabels.contains(lower) {
                afterSum = true
            } else if afterSum, row.isBlank {
                if inNotes { return index }
            } else if afterSum {
                inNotes = true
            }
            index += 1
        }
        return rows.count
    }

    func read() throws(TableImportError) -> ImportedTable {
        guard let h = rows.firstIndex(where: { $0.fields.dropFirst().contains { ImportCell.year($0.text) != nil } }) else {
            throw TableImportError(.init(file: file, line: 1, column: 1),
                                   "no header row with the years (write e.g. Tiltak;Del;2024;2025;2026 above the lines)")
        }
        let header = rows[h]
        let yearColumns = header.fields.enumerated().compactMap { i, f in ImportCell.year(f.text).map { (column: i, year: $0) } }
        let years = yearColumns.map(\.year)
        guard zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw TableImportError(at(header.field(yearColumns[0].column)), "the year columns must increase without repeats")
        }
        let labels = labelColumns(header, count: yearColumns[0].column)
        var metadata = TableMetadata(title: "")
        for row in rows[..<h] where !row.isBlank {
            let text = row.fields.map(\.text).first { !$0.trimmedForImport.isEmpty }?.trimmedForImport ?? ""
            if let source = Self.prefixed(text, ["Kilde:", "Source:"]) {
                metadata.document = source
            } else if metadata.title.isEmpty, Self.prefixed(text, ["Scenario:"]) == nil {
                metadata.title = text.hasSuffix(" (MNOK)") ? String(text.dropLast(7)) : text
            }
        }
        if metadata.title.isEmpty { metadata.title = "Importert fra \(file.split(separator: "/").last.map(String.init) ?? file)" }

        // Marks: from the footnotes, then from the cells.
        var conditions: [ConditionDefinition] = []
        var conditionIDs = Set<String>()
        let body = rows[(h + 1)..<tableEnd(after: h)].filter { !$0.isBlank }
        /// A row with anything under a year (a dash for "nothing" too) is a line or a sum.
        func hasValues(_ row: DelimitedText.Row) -> Bool {
            yearColumns.contains { !row.field($0.column).text.trimmedForImport.isEmpty }
        }
        for row in body where !hasValues(row) {
            guard let (mark, description) = Self.footnote(firstText(row)), !conditions.contains(where: { $0.mark == mark }) else { continue }
            let slug = ImportCell.slug(description, limit: 40)
            let id = ImportCell.unique(slug.isEmpty ? "condition-\(conditions.count + 1)" : slug, in: &conditionIDs)
            conditions.append(ConditionDefinition(id: id, description: description, mark: mark))
        }
        for row in body {
            for (column, _) in yearColumns {
                let field = row.field(column)
                guard !ImportCell.isBlank(field.text), let mark = ImportCell.mark(field.text) else { continue }
                if let stray = mark.first(where: { ImportCell.numberCharacters.contains($0) }) {
                    throw TableImportError(at(field), "'\(field.text.trimmedForImport)' has '\(stray)' after the number, which cannot be a condition mark; write the amount alone, or a mark such as * explained in a footnote")
                }
                guard !conditions.contains(where: { $0.mark == mark }) else { continue }
                let id = ImportCell.unique("condition-\(conditions.count + 1)", in: &conditionIDs)
                conditions.append(ConditionDefinition(id: id, description: "Betingelse merket \(mark).", mark: mark))
            }
        }
        let marks = conditions.map(\.mark)

        var solutions: [Solution] = []
        var solutionIDs = Set<String>(), lineIDs = Set<String>()
        var current: Solution?
        var lines: [ImportedTable.ImportedLine] = []
        var sums: [Int: ExactDecimal] = [:], rounded: [Int: ExactDecimal] = [:]
        var afterSum = false
        var sumFields: [Int: DelimitedText.Field] = [:], roundedFields: [Int: DelimitedText.Field] = [:]
        var subtotals: [(solution: String, year: Int, amount: ExactDecimal, field: DelimitedText.Field, label: String)] = []
        let yearColumnSet = Set(yearColumns.map(\.column))
        func solution(named name: String) -> Solution {
            if let s = solutions.first(where: { $0.name == name }) { return s }
            let slug = ImportCell.slug(name)
            let s = Solution(id: ImportCell.unique(slug.isEmpty ? "solution-\(solutions.count + 1)" : slug, in: &solutionIDs), name: name)
            solutions.append(s)
            return s
        }
        for row in body {
            let first = firstText(row)
            if first.hasPrefix("---") { continue }
            let lower = first.lowercased()
            if !afterSum, Self.footnote(first) == nil {
                // A number under no year: a column the header forgot, or a shifted row.
                for (i, f) in row.fields.enumerated() where i >= yearColumns[0].column && !yearColumnSet.contains(i)
                    && f.text.contains(where: \.isNumber) {
                    throw TableImportError(at(f), "'\(f.text.trimmedForImport)' is in a column with no year in the header row; put the year above it, or remove it")
                }
            }
            guard hasValues(row) else {
                if Self.footnote(first) != nil || first.hasPrefix("( )") || first.hasPrefix("()") { continue }
                if let source = Self.prefixed(first, ["Kilde:", "Source:"]) {
                    metadata.document = source
                } else if afterSum || Self.sumLabels.contains(lower) || Self.roundedLabels.contains(lower) {
                    afterSum = true
                    if !Self.sumLabels.contains(lower), !Self.roundedLabels.contains(lower) { metadata.notes.append(first) }
                } else {
                    current = solution(named: first)
                }
                continue
            }
            if Self.sumLabels.contains(lower) || Self.roundedLabels.contains(lower) {
                afterSum = true
                for (column, year) in yearColumns where !ImportCell.isBlank(row.field(column).text) {
                    let amount = try ImportCell.parse(row.field(column), marks: marks, file: file).amount
                    if Self.sumLabels.contains(lower) {
                        sums[year] = amount
                        sumFields[year] = row.field(column)
                    } else {
                        rounded[year] = amount
                        roundedFields[year] = row.field(column)
                    }
                }
                continue
            }
            if Self.cumulativeLabels.contains(lower) { continue }
            if lower.hasPrefix("sum ") {
                // A subtotal row ("Sum E-resept"): checked against its solution's lines below.
                let name = String(first.dropFirst(4)).trimmedForImport.lowercased()
                if let s = solutions.first(where: { $0.name.lowercased() == name }) {
                    for (column, year) in yearColumns where !ImportCell.isBlank(row.field(column).text) {
                        let amount = try ImportCell.parse(row.field(column), marks: marks, file: file).amount
                        subtotals.append((s.id, year, amount, row.field(column), first))
                    }
                }
                continue
            }
            var (initiative, part) = names(row, labels)
            if let s = labels.solution, !row.field(s).text.trimmedForImport.isEmpty {
                current = solution(named: row.field(s).text.trimmedForImport)
            }
            guard let owner = current else {
                throw TableImportError(at(row.field(0)),
                                       "the line '\(first)' comes before any solution heading; put the solution's name (e.g. E-resept) on a row of its own above it")
            }
            if initiative.isEmpty { (initiative, part) = (part, "") }
            var cells: [ImportedTable.ImportedCell] = []
            for (column, year) in yearColumns where !ImportCell.isBlank(row.field(column).text) {
                let parsed = try ImportCell.parse(row.field(column), marks: marks, file: file)
                cells.append(.init(year: year, amount: parsed.amount, isInternal: parsed.isInternal, marks: parsed.marks))
            }
            var base = ImportCell.slug(initiative + " " + part)
            if base.isEmpty { base = "line" }
            if lineIDs.contains(base) { base += "-" + owner.id }
            lines.append(.init(id: ImportCell.unique(base, in: &lineIDs), solution: owner.id, initiative: initiative, part: part, cells: cells))
        }
        // The written sums against the lines: each subtotal, the Sum row, the rounded Sum row.
        func counted(_ year: Int, solution: String? = nil) throws(TableImportError) -> ExactDecimal {
            var total = ExactDecimal.zero
            for line in lines where solution == nil || line.solution == solution {
                for cell in line.cells where cell.year == year && !cell.isInternal {
                    do { total = try total.adding(cell.amount) } catch {
                        throw TableImportError(.init(file: file, line: 1, column: 1), "the lines of \(year) sum beyond the amount range")
                    }
                }
            }
            return total
        }
        for s in subtotals {
            let computed = try counted(s.year, solution: s.solution)
            guard ImportCell.agrees(written: s.amount, computed: computed) else {
                throw TableImportError(at(s.field), "\(s.label) \(s.year) is \(s.amount), but its lines sum to \(computed)")
            }
        }
        for (label, written, fields) in [("Sum", sums, sumFields), ("Sum, avrundet", rounded, roundedFields)] {
            for (year, amount) in written.sorted(by: { $0.key < $1.key }) {
                let computed = try counted(year)
                guard ImportCell.agrees(written: amount, computed: computed) else {
                    throw TableImportError(at(fields[year]!), "\(label) \(year) is \(amount), but the lines sum to \(computed)")
                }
            }
        }
        var warnings: [String] = []
        if sums.isEmpty && rounded.isEmpty {
            warnings.append("\(file): warning: no Sum row, so the lines were not checked against a total, and every year is taken as summed")
        }
        let summed = years.filter { sums[$0] != nil || rounded[$0] != nil }
        let publishedValues = rounded.isEmpty ? sums : rounded
        return ImportedTable(
            layout: .human, metadata: metadata, years: years, summedYears: summed.isEmpty ? years : summed,
            published: publishedValues.isEmpty ? nil
                : PublishedSums(precision: ImportCell.precision(of: Array(publishedValues.values)), values: publishedValues),
            conditions: conditions, solutions: solutions, lines: lines, warnings: warnings)
    }

    func labelColumns(_ header: DelimitedText.Row, count: Int) -> Labels {
        var labels = Labels(count: count)
        for i in 0..<count {
            switch header.field(i).text.trimmedForImport.lowercased() {
            case "løsning", "solution": labels.solution = i
            case "tiltak", "initiative": labels.initiative = i
            case "del", "part": labels.part = i
            default: break
            }
        }
        if count >= 2, labels.initiative == nil {
            let free = (0..<count).filter { $0 != labels.solution && $0 != labels.part }
            labels.initiative = free.first
            if labels.part == nil { labels.part = free.dropFirst().first }
        }
        return labels
    }

    /// The first non-empty label text of a row.
    func firstText(_ row: DelimitedText.Row) -> String {
        row.fields.map { $0.text.trimmedForImport }.first { !$0.isEmpty } ?? ""
    }

    /// Tiltak and del of a line row.
    func names(_ row: DelimitedText.Row, _ labels: Labels) -> (String, String) {
        if labels.combined {
            let label = row.field(0).text.trimmedForImport
            guard let range = label.firstRange(of: " / ") else { return (label, "") }
            return (String(label[..<range.lowerBound]).trimmedForImport, String(label[range.upperBound...]).trimmedForImport)
        }
        return (labels.initiative.map { row.field($0).text.trimmedForImport } ?? "",
                labels.part.map { row.field($0).text.trimmedForImport } ?? "")
    }

    static func prefixed(_ text: String, _ prefixes: [String]) -> String? {
        for p in prefixes where text.hasPrefix(p) { return String(text.dropFirst(p.count)).trimmedForImport }
        return nil
    }
}
