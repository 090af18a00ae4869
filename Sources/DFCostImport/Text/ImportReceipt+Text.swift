import DFCostModel

/// The language the receipt and the importer's warnings are worded in.
public enum ImportLanguage: String, Sendable, CaseIterable {
    case nb, en
}

/// The words of the import receipt, one table per language.
struct ImportReceiptWords: Sendable {
    var read: String, lines: String, line: String, solution: String, solutions: String, rows: String, summedYears: String
    var checked: String, rounded: String
    var condition: String, cell: String, cells: String, leftOut: String, warning: String
    var sum: String, roundedSum: String, cumulative: String
    var title, source, aboveTable, note, parenthesisLegend, afterTable, metaRow: String
    var noSumRow: String, yearNotSummed: String, footnoteUnused: String, windows1252: String
    var unmatched: String, previousMissing: String, applied: String, publishedDiffers: String
    var layoutHuman: String, layoutMachine: String

    static let nb = ImportReceiptWords(
        read: "lest", lines: "linjer", line: "linje", solution: "løsning", solutions: "løsninger", rows: "rader", summedYears: "summerte år",
        checked: "kontrollert mot linjene", rounded: "avrundet",
        condition: "betingelse", cell: "celle", cells: "celler", leftOut: "utelatt", warning: "advarsel",
        sum: "Sum", roundedSum: "Sum, avrundet", cumulative: "Kumulativt nivå",
        title: "tittel (brukt som tabellens tittel)", source: "kilde (brukt som tabellens dokument)",
        aboveTable: "over tabellen, ikke lest",
        note: "merknad under tabellen (brukt som merknad)",
        parenthesisLegend: "forklaringen av parentesene (skrives av dfcost ut fra cellene, ikke brukt som merknad)",
        afterTable: "etter tabellen, ikke lest", metaRow: "dfcosts skjulte ark «%@»: id-er, merker og betingelser",
        noSumRow: "ingen Sum-rad: linjene er ikke kontrollert mot en sum, og alle år regnes som summert",
        yearNotSummed: "Sum-raden er tom for %@, men linjene har beløp som summeres der: året regnes ikke som summert (skriv summen, eller sett beløpene i parentes om de ble dekket internt)",
        footnoteUnused: "fotnoten for «%@» gjelder ingen celle",
        windows1252: "filen er ikke UTF-8 og er lest som Windows-1252 (lagre som «CSV UTF-8» for å unngå dette)",
        unmatched: "linjen «%@» finnes ikke i forrige runde, så id-en er ny",
        previousMissing: "forrige rundes linje «%@» finnes ikke i tabellen",
        applied: "tabellen er resultatet av scenariet «%@»: betingelsenes tilstander og cellene som er satt til side, er allerede med i beløpene; den importerte filen har tabellen slik, med betingelsene i publisert tilstand",
        publishedDiffers: "tabellens sum for %1 er %2, men arbeidsboken ble skrevet med den publiserte summen %3: tabellen er endret siden; filen beholder den publiserte summen, så «dfcost verify» viser forskjellen",
        layoutHuman: "rapportoppsett", layoutMachine: "dfcosts CSV-oppsett")

    static let en = ImportReceiptWords(
        read: "read", lines: "lines", line: "line", solution: "solution", solutions: "solutions", rows: "rows", summedYears: "summed years",
        checked: "checked against the lines", rounded: "rounded",
        condition: "condition", cell: "cell", cells: "cells", leftOut: "left out", warning: "warning",
        sum: "Sum", roundedSum: "Sum, rounded", cumulative: "Cumulative level",
        title: "title (used as the table's title)", source: "source (used as the table's document)",
        aboveTable: "above the table, not read",
        note: "note under the table (kept as a note)",
        parenthesisLegend: "the legend of the parentheses (dfcost writes it from the cells; not kept as a note)",
        afterTable: "after the table, not read", metaRow: "dfcost's hidden sheet '%@': ids, tags and conditions",
        noSumRow: "no Sum row: the lines were not checked against a total, and every year is taken as summed",
        yearNotSummed: "the Sum row is blank for %@, but lines have counted amounts there: the year is not summed (write its sum, or put the amounts in parentheses if they were covered internally)",
        footnoteUnused: "the footnote for '%@' applies to no cell",
        windows1252: "the file is not UTF-8 and was read as Windows-1252 (save as \"CSV UTF-8\" to avoid this)",
        unmatched: "the line '%@' has no line in the previous round, so its id is new",
        previousMissing: "the previous round's line '%@' is not in the table",
        applied: "the table is the result of the scenario '%@': its condition states and set-aside cells are already in the amounts; the imported file holds the table so, with every condition in its published state",
        publishedDiffers: "the table's sum for %1 is %2, but the workbook was written with the published sum %3: the table was edited since; the file keeps the published sum, so `dfcost verify` shows the difference",
        layoutHuman: "report layout", layoutMachine: "dfcost's CSV layout")

    static func of(_ language: ImportLanguage) -> ImportReceiptWords { language == .nb ? nb : en }
}

extension ImportReceipt {
    /// An amount as the receipt shows it: `1 250,5` and `−4` in Norwegian (no-break space between
    /// thousands, a real minus), `1,250.5` in English.
    static func amount(_ value: ExactDecimal, language: ImportLanguage) -> String {
        let text = value.description
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1).map(String.init)
        var whole = ""
        for (i, c) in parts[0].reversed().enumerated() {
            if i > 0, i % 3 == 0 { whole.insert(contentsOf: language == .nb ? "\u{00A0}" : ",", at: whole.startIndex) }
            whole.insert(c, at: whole.startIndex)
        }
        let fraction = parts.count > 1 ? (language == .nb ? "," : ".") + parts[1] : ""
        return (negative ? (language == .nb ? "\u{2212}" : "-") : "") + whole + fraction
    }

    /// A warning in words, without its place.
    public static func text(_ warning: Warning, language: ImportLanguage) -> String {
        let w = ImportReceiptWords.of(language)
        func fill(_ template: String, _ value: String) -> String { template.replacingOccurrences(of: "%@", with: value) }
        switch warning {
        case .noSumRow: return w.noSumRow
        case .yearNotSummed(let year): return fill(w.yearNotSummed, String(year))
        case .footnoteUnused(let m): return fill(w.footnoteUnused, m)
        case .readAsWindows1252: return w.windows1252
        case .unmatchedLine(let l): return fill(w.unmatched, l)
        case .previousLineMissing(let l): return fill(w.previousMissing, l)
        case .appliedTable(let s): return fill(w.applied, s)
        case .publishedSumDiffers(let year, let table, let published):
            func amount(_ v: ExactDecimal) -> String { Self.amount(v, language: language) }
            return w.publishedDiffers.replacingOccurrences(of: "%1", with: String(year))
                .replacingOccurrences(of: "%2", with: amount(table)).replacingOccurrences(of: "%3", with: amount(published))
        }
    }

    /// The receipt as lines for standard error: every warning first (`place: advarsel: ...`), then
    /// a summary, the lines per solution, every check, every condition, every row left out.
    /// - Parameters:
    ///   - file: the imported file as the user named it.
    ///   - place: how a place is written (`t.csv:3:1`, or `t.xlsx:Ark1!A3` for a workbook).
    public func lines(file: String, language: ImportLanguage, place: (SourceReference) -> String) -> [String] {
        let w = ImportReceiptWords.of(language)
        func amount(_ value: ExactDecimal) -> String { Self.amount(value, language: language) }
        /// A count, grouped as amounts are ("12 345 linjer").
        func count(_ n: Int) -> String { amount(ExactDecimal(n)) }
        let total = linesPerSolution.reduce(0) { $0 + $1.count }
        var out: [String] = warnings.map { "\(place($0.place)): \(w.warning): \(Self.text($0.warning, language: language))" }
        let layoutWord = layout == .human ? w.layoutHuman : w.layoutMachine
        let span = firstRow > 0 ? ", \(language == .nb ? "rad" : "rows") \(firstRow)–\(lastRow)" : ""
        let solutionWord = linesPerSolution.count == 1 ? w.solution : w.solutions
        let where_ = sheet.map { language == .nb ? " (ark «\($0)»)" : " (sheet '\($0)')" } ?? ""
        out.append("\(file)\(where_): \(w.read) \(count(total)) \(total == 1 ? w.line : w.lines), \(count(linesPerSolution.count)) \(solutionWord) (\(layoutWord)\(span))")
        if !summedYears.isEmpty {
            out.append("  \(w.summedYears): " + summedYears.map(String.init).joined(separator: ", "))
        }
        for s in linesPerSolution { out.append("  \(s.name): \(count(s.count)) \(s.count == 1 ? w.line : w.lines)") }
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
            out.append("  \(w.condition) \(c.mark) (\(c.id)): «\(c.description)», \(count(c.cells)) \(c.cells == 1 ? w.cell : w.cells)")
        }
        for r in leftOut {
            let why: String
            switch r.reason {
            case .title: why = w.title
            case .source: why = w.source
            case .aboveTable: why = w.aboveTable
            case .note: why = w.note
            case .parenthesisLegend: why = w.parenthesisLegend
            case .afterTable: why = w.afterTable
            case .metaSheet(let sheet, let rows):
                out.append("  \(w.read) \(file): \(w.metaRow.replacingOccurrences(of: "%@", with: sheet)) (\(Self.amount(ExactDecimal(rows), language: language)) \(w.rows))")
                continue
            }
            out.append("  \(w.leftOut) \(place(r.place)): \(why)")
        }
        return out
    }
}
