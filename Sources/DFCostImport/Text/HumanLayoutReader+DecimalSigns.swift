import DFCostModel
import DFCostScenario
import DFCostTableLayout

extension HumanLayoutReader {
    /// One decimal sign in the whole table, and a known one: `1.250` among amounts such as
    /// `13,5` could be 1 250 or 1,25, so a table with both signs is refused at the first amount
    /// with the rarer one; and `1.250` (or `1,250`) in a table where no other amount shows the
    /// decimal sign (`AmbiguousSeparator`) is refused at the first such amount. In a workbook only
    /// the text cells are checked (`typedText`): its numbers are numbers, whatever they show.
    func checkDecimalSigns(_ body: [DelimitedText.Row], columns: [Int]) throws(TableImportError) {
        var comma: [DelimitedText.Field] = [], point: [DelimitedText.Field] = []
        var decided = false, ambiguous: DelimitedText.Field?
        for row in body {
            for c in columns {
                let f = row.field(c)
                guard typedText?.contains(CellReference(row: f.line, column: f.column)) ?? true else { continue }
                let t = f.text
                guard t.contains(where: \.isNumber) else { continue }
                let hasComma = t.contains(","), hasPoint = t.contains(".")
                if hasComma && !hasPoint { comma.append(f) } else if hasPoint && !hasComma { point.append(f) }
                switch AmbiguousSeparator.kind(of: t) {
                case .none: break
                case .decides: decided = true
                case .ambiguous: if ambiguous == nil { ambiguous = f }
                }
            }
        }
        if !comma.isEmpty, !point.isEmpty {
            let oddIsPoint = point.count <= comma.count
            let (odd, usual) = oddIsPoint ? (point[0], comma[0]) : (comma[0], point[0])
            throw TableImportError(at(odd), .mixedDecimalSigns(text: odd.text.trimmedForImport, comma: !oddIsPoint,
                                                               example: usual.text.trimmedForImport, line: usual.line, column: usual.column))
        }
        if !decided, let f = ambiguous {
            let text = f.text.trimmedForImport
            throw TableImportError(at(f), .ambiguousSeparator(text: text, comma: text.contains(",")))
        }
    }
}
