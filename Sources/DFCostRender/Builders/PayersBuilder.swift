import DFCostModel

/// Builds the section of who pays: each payer's exact part, its rounded part (largest
/// remainder) and its part of the cumulative level; the rounding rule and the assumptions under it.
public struct PayersBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// "Antakelse: E-resept 2024–2026: text": a payer key that is an assumption, the solution by
    /// its name and the years as this language writes a range (every format words it here).
    public func assumptionLine(_ note: PayerAllocation.Assumption) -> String {
        "\(language.labels.payers.assumption): \(note.solutionName) \(language.years(note.years)): \(note.text)"
    }

    public func section(_ a: PayerAllocation) -> Section {
        let words = language.labels.payers
        let columns = [Table.Column(words.payer, .label), Table.Column("", .text)] + a.years.map { Table.Column("\($0)", .year($0)) }
        var rows: [Table.Row] = []
        for p in a.payers {
            for (i, (kind, word, values)) in [("payer", words.exact, a.exact), ("payer_rounded", words.rounded, a.rounded),
                                              ("payer_cumulative", words.cumulative, a.cumulative)].enumerated() {
                let cells = a.years.map { Table.Cell.amount(values[p.id]?[$0] ?? .zero) }
                rows.append(Table.Row(.line, [.text(i == 0 ? p.name : ""), .text(word)] + cells,
                                      machine: Table.MachineKey(kind: kind, id: p.id, initiative: p.name)))
            }
        }
        // The Sum row: each kind of part added over the payers, as the table above it.
        for (i, (word, values)) in [(words.exact, a.exact), (words.rounded, a.rounded), (words.cumulative, a.cumulative)].enumerated() {
            guard let sums = try? a.sum(values) else { break }
            rows.append(Table.Row(.sum, [.text(i == 0 ? language.labels.sum : ""), .text(word)] + a.years.map { Table.Cell.amount(sums[$0] ?? .zero) }))
        }
        let blocks: [Block] = [.table(Table(columns: columns, rows: rows)), .paragraph(words.roundingNote)]
            + a.assumptions.map { .paragraph(assumptionLine($0)) }
        return Section(title: words.heading, level: .section, anchor: "payers", blocks: blocks)
    }
}
