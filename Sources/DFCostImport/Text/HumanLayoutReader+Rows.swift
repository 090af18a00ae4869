import DFCostModel
import DFCostScenario
import DFCostTableLayout

/// Reading single rows of the report layout: footnotes, the header row, label texts, subtotal
/// owners. (The pass over the rows is in HumanLayoutReader.swift.)
extension HumanLayoutReader {
    /// `* Er avhengig av ...` -> ("*", "Er avhengig av ..."); nil for anything else.
    static func footnote(_ text: String) -> (mark: String, description: String)? {
        var mark = ""
        var rest = Substring(text)
        while let c = rest.first, !(c.isLetter || c.isNumber || c.isWhitespace || "()-\u{2212}\"'«»".contains(c)) {
            mark.append(c)
            rest.removeFirst()
        }
        let description = String(rest).trimmedForImport
        return mark.isEmpty || description.isEmpty ? nil : (mark, description)
    }

    static func prefixed(_ text: String, _ prefixes: [String]) -> String? {
        for p in prefixes where text.lowercased().hasPrefix(p.lowercased()) { return String(text.dropFirst(p.count)).trimmedForImport }
        return nil
    }

    /// Header words that say a label column holds the solution, and words that say it does not.
    static let solutionHeaders: Set<String> = ["løsning", "løsninger", "solution", "solutions", "nasjonal løsning", "e-helseløsning"]
    static let initiativeHeaders: Set<String> = [
        "tiltak", "initiative", "del", "part", "tiltak / del", "tiltak/del", "løsning / tiltak", "løsning/tiltak",
        "linje", "line", "prosjekt", "program",
    ]

    /// How many years a row holds if it reads as a header row: years after its first column, no
    /// amount that is not a year (a line whose amounts look like years, 2071, is no header); 0 else.
    static func headerYears(_ row: DelimitedText.Row) -> Int {
        var count = 0
        for f in row.fields.dropFirst() {
            if ImportCell.year(f.text) != nil { count += 1 } else if ImportCell.isAmount(f.text) { return 0 }
        }
        return count
    }

    /// The header row: the first of the rows with the most fields that are years (after the first column).
    func headerIndex() -> Int? {
        var best: (index: Int, count: Int)?
        for (i, row) in rows.enumerated() {
            let count = Self.headerYears(row)
            if count > 0, count > (best?.count ?? 0) { best = (i, count) }
        }
        return best?.index
    }

    /// "sum e-resept" -> E-resept, when a solution above has that name.
    func subtotalOwner(_ label: String, solutions: [Solution]) -> Solution? {
        for prefix in TableLayout.subtotalPrefixes where label.hasPrefix(prefix) {
            let rest = String(label.dropFirst(prefix.count))
            if let s = solutions.first(where: { TableLayout.normalized($0.name) == rest }) { return s }
        }
        return nil
    }

    /// The first non-empty text among the row's first `limit` columns, and its column.
    func firstLabel(_ row: DelimitedText.Row, limit: Int) -> (column: Int, text: String) {
        for (i, f) in row.fields.prefix(limit).enumerated() {
            let t = f.text.trimmedForImport
            if !t.isEmpty { return (i, t) }
        }
        return (0, "")
    }
}

/// Column letters for messages: 0 -> "A".
enum CellReferenceText {
    static func column(_ index: Int) -> String { CellReference.letters(index + 1) }
}
