import DFCostModel
import DFCostScenario

/// Renders `--by initiative`: one subtotal per initiative (tiltak), its parts (del) summed across
/// solutions, adding up exactly to the totals.
public struct InitiativeRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    var heading: String { locale == .nb ? "Sum per tiltak (MNOK)" : "Sum per initiative (MNOK)" }
    var initiativeWord: String { locale == .nb ? "Tiltak" : "Initiative" }
    var solutionsWord: String { locale == .nb ? "Løsninger" : "Solutions" }

    /// The subtotals as a section of a human document, or as CSV rows.
    public func render(_ s: InitiativeSubtotals, totals: Totals, format: OutputFormat) -> String {
        let n = locale.numbers
        switch format {
        case .text:
            var grid = TextGrid()
            grid.rows.append([initiativeWord] + s.years.map(String.init))
            grid.rulesAfter = [0, s.rows.count]
            for row in s.rows { grid.rows.append([row.initiative] + s.years.map { n.format(row.amounts[$0] ?? .zero) }) }
            grid.rows.append([locale.labels.sum] + s.years.map { n.format(totals.totals[$0] ?? .zero) })
            return "\n\(heading)\n" + grid.render()
        case .markdown:
            var out = "\n### \(heading)\n\n| \(initiativeWord) |" + s.years.map { " \($0) |" }.joined() + "\n|---|"
                + s.years.map { _ in "---:|" }.joined() + "\n"
            for row in s.rows {
                out += "| \(Markdown.escape(row.initiative)) |" + s.years.map { " \(n.format(row.amounts[$0] ?? .zero)) |" }.joined() + "\n"
            }
            out += "| **\(locale.labels.sum)** |" + s.years.map { " **\(n.format(totals.totals[$0] ?? .zero))** |" }.joined() + "\n"
            return out
        case .csv:
            var w = CSVWriter(dialect: csvDialect)
            w.row([initiativeWord, solutionsWord] + s.years.map(String.init))
            for row in s.rows { w.row([row.initiative, row.solutions.joined(separator: " ")] + s.years.map { w.number(row.amounts[$0] ?? .zero) }) }
            w.row([locale.labels.sum, ""] + s.years.map { w.number(totals.totals[$0] ?? .zero) })
            return w.output
        case .json:
            return json(s).render()
        }
    }

    /// `by_initiative`: a list, in table order, of `{initiative, solutions, totals: {year: amount}}`.
    public func json(_ s: InitiativeSubtotals) -> JSONValue {
        .array(s.rows.map { row in
            .object([
                ("initiative", .string(row.initiative)),
                ("solutions", .array(row.solutions.map { .string($0) })),
                ("totals", .object(s.years.map { ("\($0)", .string((row.amounts[$0] ?? .zero).description)) })),
            ])
        })
    }

    /// The totals document with the subtotals: the table, then the section; in JSON the
    /// totals document with a `by_initiative` member; in CSV the subtotal table alone.
    public func render(_ applied: AppliedScenario, totals: Totals, subtotals: InitiativeSubtotals, format: OutputFormat) -> String {
        switch format {
        case .json:
            guard case .object(var members) = TotalsJSON.document(applied, totals: totals) else { return "" }
            members.append(("by_initiative", json(subtotals)))
            return JSONValue.object(members).render()
        case .csv:
            return render(subtotals, totals: totals, format: .csv)
        case .text, .markdown:
            return TotalsRenderer(locale: locale, csvDialect: csvDialect).render(applied, totals: totals, format: format)
                + render(subtotals, totals: totals, format: format)
        }
    }
}
