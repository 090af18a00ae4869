import DFCostModel
import DFCostScenario

/// Renders `--by initiative`: one subtotal per initiative (tiltak), its parts (del) summed across
/// solutions, adding up exactly to the totals. JSON from the results; the other formats from
/// ``InitiativesBuilder``.
public struct InitiativeRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
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
        let builder = InitiativesBuilder(language: locale)
        switch format {
        case .json:
            guard case .object(var members) = TotalsJSON.document(applied, totals: totals) else { return "" }
            members.append(("by_initiative", json(subtotals)))
            return JSONValue.object(members).render()
        case .csv:
            let table = Section(title: nil, level: .section, blocks: [.table(builder.table(subtotals, totals: totals))])
            return SheetCSVWriter(dialect: csvDialect).write(Document(language: locale, sections: [table]))
        default:
            var document = TotalsBuilder(language: locale).document(applied, totals: totals)
            document.sections.append(builder.section(subtotals, totals: totals))
            return DocumentWriter(csvDialect: csvDialect).write(document, format: format) ?? ""
        }
    }
}
