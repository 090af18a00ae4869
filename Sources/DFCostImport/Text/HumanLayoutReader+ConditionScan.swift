import DFCostModel
import DFCostScenario

/// The table's conditions: read from its footnotes, then every mark in its cells explained by them.
extension HumanLayoutReader {
    /// The footnotes in the body (rows without values), in order, with their places. A footnote
    /// repeated with the same text is a merged cell; another text under the same mark, or a mark
    /// that ends another, is an error.
    func footnoteConditions(_ extent: TableExtent, columns: YearColumns) throws(TableImportError)
        -> (conditions: [ConditionDefinition], places: [String: SourceReference]) {
        var conditions: [ConditionDefinition] = []
        var conditionPlaces: [String: SourceReference] = [:]
        for i in extent.bodyIndices where !columns.hasValues(rows[i]) {
            let (column, text) = firstLabel(rows[i], limit: rows[i].fields.count)
            guard let (mark, description) = Self.footnote(text) else { continue }
            if let known = conditions.first(where: { $0.mark == mark }) {
                // The same footnote again: a workbook's cell merged over several rows.
                if known.description == description { continue }
                throw TableImportError(at(rows[i], column: column), .secondFootnote(mark: mark, first: known.description))
            }
            // The loader's rule for marks: one must not end another ("*" and "**" cannot be told
            // apart from a doubled "*"), so a file import writes always loads.
            if let other = conditions.first(where: { $0.mark.hasSuffix(mark) || mark.hasSuffix($0.mark) }) {
                throw TableImportError(at(rows[i], column: column), .marksAlike(other.mark, mark, longer: mark.count > other.mark.count ? mark : other.mark))
            }
            conditions.append(ConditionDefinition(id: "", description: description, mark: mark))
            conditionPlaces[mark] = at(rows[i], column: column)
        }
        return (conditions, conditionPlaces)
    }

    /// Every mark after an amount is made of the footnotes' marks; a digit-like character after
    /// the number is a stray, anything else unexplained.
    func checkMarks(_ extent: TableExtent, columns: YearColumns, conditions: [ConditionDefinition]) throws(TableImportError) {
        for i in extent.bodyIndices {
            for (column, _) in columns.columns {
                let field = rows[i].field(column)
                guard !ImportCell.isBlank(field.text), let mark = ImportCell.mark(field.text) else { continue }
                if let stray = mark.first(where: { ImportCell.numberCharacters.contains($0) }) {
                    throw TableImportError(at(field), .strayAfterNumber(text: field.text.trimmedForImport, stray: String(stray)))
                }
                // Peel the footnotes' marks, longest first: "*‡" is two marks when both have footnotes.
                var rest = mark
                var peeled = true
                while peeled, !rest.isEmpty {
                    peeled = false
                    for known in conditions.map(\.mark).sorted(by: { $0.count > $1.count }) where rest.hasSuffix(known) {
                        rest.removeLast(known.count)
                        peeled = true
                        break
                    }
                }
                guard rest.isEmpty else {
                    throw TableImportError(at(field), .unexplainedMark(text: field.text.trimmedForImport, mark: rest))
                }
            }
        }
    }
}
