import DFCostModel
import DFCostScenario

/// Builds the section of `--by initiative`: one subtotal per initiative (tiltak), its parts (del)
/// summed across solutions, and the sum, which they add up to exactly. The solutions of each
/// initiative are a detail column (CSV, workbook).
public struct InitiativesBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func table(_ s: InitiativeSubtotals, totals: Totals) -> Table {
        let words = language.initiatives
        let columns = [Table.Column(words.initiative, .label), Table.Column(words.solutions, .text, isDetail: true)]
            + s.years.map { Table.Column("\($0)", .year($0)) }
        var rows = s.rows.map { row in
            Table.Row(.line, [.text(row.initiative), .text(row.solutions.joined(separator: " "))]
                      + s.years.map { .amount(row.amounts[$0] ?? .zero) })
        }
        rows.append(Table.Row(.sum, [.text(language.labels.sum), .text("")] + s.years.map { .amount(totals.totals[$0] ?? .zero) }))
        return Table(columns: columns, rows: rows)
    }

    public func section(_ s: InitiativeSubtotals, totals: Totals) -> Section {
        Section(title: language.initiatives.heading, level: .section, anchor: "initiatives", blocks: [.table(table(s, totals: totals))])
    }
}
