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

    /// The totals document with the subtotals: the table, then the section; in JSON the
    /// totals document with a `by_initiative` member; in CSV the subtotal table alone. A total D&F
    /// level (a `[baseline]`) follows the table, as without the breakdown (in JSON `total_level`).
    public func render(_ applied: AppliedScenario, totals: Totals, subtotals: InitiativeSubtotals, format: OutputFormat,
                       level: TotalLevel? = nil) -> String {
        let builder = InitiativesBuilder(language: locale)
        switch format {
        case .json:
            return JSONValueEncoder.render(TotalsDocument(applied, totals: totals, initiatives: subtotals, level: level))
        case .csv:
            let table = Section(title: nil, level: .section, blocks: [.table(builder.table(subtotals, totals: totals))])
            return SheetCSVWriter(dialect: csvDialect).write(Document(language: locale, sections: [table]))
        default:
            var document = TotalsBuilder(language: locale).document(applied, totals: totals, level: level)
            document.sections.append(builder.section(subtotals, totals: totals))
            return DocumentWriter(csvDialect: csvDialect).write(document, format: format) ?? ""
        }
    }
}
