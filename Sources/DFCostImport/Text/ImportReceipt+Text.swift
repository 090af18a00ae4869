import DFCostModel

/// The language the receipt and the importer's warnings are worded in.
public enum ImportLanguage: String, Sendable, CaseIterable {
    case nb, en
}

/// The words of the import receipt, one table per language.
struct ImportReceiptWords: Sendable {
    var read: String, lines: String, line: String, solutions: String, rows: String
    var checked: String, written: String, linesGive: String, rounded: String
    var condition: String, cell: String, cells: String, leftOut: String, warning: String
    var sum: String, roundedSum: String, cumulative: String
    var title, source, aboveTable, header, heading, footnote, note, afterTable, metaRow: String
    var noSumRow: String, footnoteUnused: String, windows1252: String
    var unmatched: String, previousMissing: String, applied: String
    var layoutHuman: String, layoutMachine: String

    static let nb = ImportReceiptWords(
        read: "lest", lines: "linjer", line: "linje", solutions: "løsninger", rows: "rader",
        checked: "kontrollert mot linjene", written: "skrevet", linesGive: "linjene gir", rounded: "avrundet",
        condition: "betingelse", cell: "celle", cells: "celler", leftOut: "utelatt", warning: "advarsel",
        sum: "Sum", roundedSum: "Sum, avrundet", cumulative: "Kumulativt nivå",
        title: "tittel (brukt som tabellens tittel)", source: "kilde (brukt som tabellens dokument)",
        aboveTable: "over tabellen, ikke lest", header: "overskriftsraden med årene", heading: "løsningsoverskrift",
        footnote: "fotnote (brukt som betingelse)", note: "merknad under tabellen (brukt som merknad)",
        afterTable: "etter tabellen, ikke lest", metaRow: "dfcosts skjulte ark «%@»: id-er, tagger og betingelser",
        noSumRow: "ingen Sum-rad: linjene er ikke kontrollert mot en sum, og alle år regnes som summert",
        footnoteUnused: "fotnoten for «%@» gjelder ingen celle",
        windows1252: "filen er ikke UTF-8 og er lest som Windows-1252 (lagre som «CSV UTF-8» for å unngå dette)",
        unmatched: "linjen «%@» finnes ikke i forrige runde, så id-en er ny",
        previousMissing: "forrige rundes linje «%@» finnes ikke i tabellen",
        applied: "tabellen er resultatet av scenariet «%@»: betingelsenes tilstander og cellene som er satt til side, er allerede med i beløpene; den importerte filen har tabellen slik, med betingelsene i publisert tilstand",
        layoutHuman: "rapportoppsett", layoutMachine: "dfcosts CSV-oppsett")

    static let en = ImportReceiptWords(
        read: "read", lines: "lines", line: "line", solutions: "solutions", rows: "rows",
        checked: "checked against the lines", written: "written", linesGive: "the lines give", rounded: "rounded",
        condition: "condition", cell: "cell", cells: "cells", leftOut: "left out", warning: "warning",
        sum: "Sum", roundedSum: "Sum, rounded", cumulative: "Cumulative level",
        title: "title (used as the table's title)", source: "source (used as the table's document)",
        aboveTable: "above the table, not read", header: "the header row with the years", heading: "solution heading",
        footnote: "footnote (used as a condition)", note: "note under the table (kept as a note)",
        afterTable: "after the table, not read", metaRow: "dfcost's hidden sheet '%@': ids, tags and conditions",
        noSumRow: "no Sum row: the lines were not checked against a total, and every year is taken as summed",
        footnoteUnused: "the footnote for '%@' applies to no cell",
        windows1252: "the file is not UTF-8 and was read as Windows-1252 (save as \"CSV UTF-8\" to avoid this)",
        unmatched: "the line '%@' has no line in the previous round, so its id is new",
        previousMissing: "the previous round's line '%@' is not in the table",
        applied: "the table is the result of the scenario '%@': its condition states and set-aside cells are already in the amounts; the imported file holds the table so, with every condition in its published state",
        layoutHuman: "report layout", layoutMachine: "dfcost's CSV layout")

    static func of(_ language: ImportLanguage) -> ImportReceiptWords { language == .nb ? nb : en }
}

extension ImportReceipt {
    /// A warning in words, without its place.
    public static func text(_ warning: Warning, language: ImportLanguage) -> String {
        let w = ImportReceiptWords.of(language)
        func fill(_ template: String, _ value: String) -> String { template.replacingOccurrences(of: "%@", with: value) }
        switch warning {
        case .noSumRow: return w.noSumRow
        case .footnoteUnused(let m): return fill(w.footnoteUnused, m)
        case .readAsWindows1252: return w.windows1252
        case .unmatchedLine(let l): return fill(w.unmatched, l)
        case .previousLineMissing(let l): return fill(w.previousMissing, l)
        case .appliedTable(let s): return fill(w.applied, s)
        }
    }

    /// The receipt as lines for standard error: every warning first (`place: advarsel: ...`), then
    /// a summary, the lines per solution, every check, every condition, every row left out.
    /// - Parameters:
    ///   - file: the imported file as the user named it.
    ///   - place: how a place is written (`t.csv:3:1`, or `t.xlsx:Ark1!A3` for a workbook).
    public func lines(file: String, language: ImportLanguage, place: (SourceReference) -> String) -> [String] {
        let w = ImportReceiptWords.of(language)
        func amount(_ value: ExactDecimal) -> String {
            language == .nb ? value.description.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "-", with: "−") : value.description
        }
        let total = linesPerSolution.reduce(0) { $0 + $1.count }
        var out: [String] = warnings.map { "\(place($0.place)): \(w.warning): \(Self.text($0.warning, language: language))" }
        let layoutWord = layout == .human ? w.layoutHuman : w.layoutMachine
        let span = firstRow > 0 ? ", \(language == .nb ? "rad" : "rows") \(firstRow)–\(lastRow)" : ""
        out.append("\(file): \(w.read) \(total) \(total == 1 ? w.line : w.lines), \(linesPerSolution.count) \(w.solutions) (\(layoutWord)\(span))")
        for s in linesPerSolution { out.append("  \(s.name): \(s.count) \(s.count == 1 ? w.line : w.lines)") }
        // One line per total row: its years, what was written and what the lines give.
        var groups: [(kind: Check.Kind, checks: [Check])] = []
        for c in checks {
            if let last = groups.last, last.kind == c.kind, last.checks.first?.place.line == c.place.line {
                groups[groups.count - 1].checks.append(c)
            } else {
                groups.append((c.kind, [c]))
            }
        }
        for g in groups {
            let name: String
            switch g.kind {
            case .subtotal(let s): name = "\(w.sum) \(s)"
            case .sum: name = w.sum
            case .roundedSum: name = w.roundedSum
            case .cumulative: name = w.cumulative
            }
            let items = g.checks.map { c in
                c.written == c.computed ? "\(c.year) \(amount(c.written))" : "\(c.year) \(amount(c.written)) ≈ \(amount(c.computed)) (\(w.rounded))"
            }
            out.append("  \(w.checked): \(name) (\(place(g.checks[0].place))): \(items.joined(separator: "; "))")
        }
        for c in conditions {
            out.append("  \(w.condition) \(c.mark) (\(c.id)): «\(c.description)», \(c.cells) \(c.cells == 1 ? w.cell : w.cells)")
        }
        for r in leftOut {
            let why: String
            switch r.reason {
            case .title: why = w.title
            case .source: why = w.source
            case .aboveTable: why = w.aboveTable
            case .header: why = w.header
            case .solutionHeading(let s): why = "\(w.heading) «\(s)»"
            case .footnote(let m): why = "\(w.footnote) \(m)"
            case .note: why = w.note
            case .afterTable: why = w.afterTable
            case .metaSheet(let sheet, let count):
                out.append("  \(w.read) \(file): \(w.metaRow.replacingOccurrences(of: "%@", with: sheet)) (\(count) \(w.rows))")
                continue
            }
            out.append("  \(w.leftOut) \(place(r.place)): \(why)")
        }
        return out
    }
}
