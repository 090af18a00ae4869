import DFCostModel
import DFCostScenario
import DFCostTableLayout

extension HumanLayoutReader {
    /// One decimal sign in the whole table: `1.250` among amounts such as `13,5` could be 1 250 or
    /// 1,25, so a table with both signs is refused at the first amount with the rarer one.
    func checkDecimalSigns(_ body: [DelimitedText.Row], columns: [Int]) throws(TableImportError) {
        var comma: [DelimitedText.Field] = [], point: [DelimitedText.Field] = []
        for row in body {
            for c in columns {
                let f = row.field(c)
                let t = f.text
                guard t.contains(where: \.isNumber) else { continue }
                let hasComma = t.contains(","), hasPoint = t.contains(".")
                if hasComma && !hasPoint { comma.append(f) } else if hasPoint && !hasComma { point.append(f) }
            }
        }
        guard !comma.isEmpty, !point.isEmpty else { return }
        let oddIsPoint = point.count <= comma.count
        let (odd, usual) = oddIsPoint ? (point[0], comma[0]) : (comma[0], point[0])
        throw TableImportError(at(odd), .mixedDecimalSigns(text: odd.text.trimmedForImport, comma: !oddIsPoint,
                                                           example: usual.text.trimmedForImport, line: usual.line, column: usual.column))
    }
}
