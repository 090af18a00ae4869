import DFCostModel

/// Builds the total D&F level (totalt D&F-nivå) of a scenario with a `[baseline]`: the level per
/// solution and year (baseline + cumulative increase) with the rule and the baseline's source,
/// then the two tables it is the sum of, and with payer keys each payer's part. Every figure is
/// the ``TotalLevel``'s; each table ends in a Sum row over its solutions.
///
/// In the machine layout (the totals CSV) the rows are keyed `level`, `level_baseline`,
/// `level_increase` and `level_payer`, the solution's or payer's id as the id, `sum` for the Sum row.
public struct TotalLevelBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// The sections, the first at `level` (a report's part, or a section under the totals' title).
    public func sections(_ level: TotalLevel, table: CostTable, precisionScale: Int, at sectionLevel: Section.Level = .section) -> [Section] {
        let words = language.baseline
        let unit = table.metadata.unit
        func name(_ id: String) -> String { table.solution(id)?.name ?? id }
        func heading(_ template: String) -> String { Labels.fill(template, ["unit": unit]) }

        var notes: [String] = []
        let indexed = level.rows.map(\.solution).filter { level.indexFactors[$0]?.isEmpty == false }
        if !indexed.isEmpty {
            let precision = (try? ExactDecimal(significand: 1, scale: precisionScale)).map(language.numbers.format) ?? ""
            notes.append(Labels.fill(words.indexed, ["solutions": Self.list(indexed.map(name), language: language), "precision": precision, "unit": unit]))
        }
        if !level.withoutBaseline.isEmpty {
            notes.append(Labels.fill(words.without, ["solutions": Self.list(level.withoutBaseline.map(name), language: language)]))
        }
        var first: [Block] = [.paragraph(words.rule), .paragraph("\(words.source): \(level.source)"),
                              .table(self.table(level, \.level, kind: "level", header: words.solution, name: name, caption: heading(words.levelHeading)))]
        if !notes.isEmpty { first.append(.notes(Notes(notes: notes))) }
        var sections = [
            Section(title: heading(words.heading), level: sectionLevel, anchor: "level", blocks: first),
            Section(title: heading(words.baselineHeading), level: .section, anchor: "level-baseline", blocks: [
                .table(self.table(level, \.baseline, kind: "level_baseline", header: words.solution, name: name, caption: nil)),
            ]),
            Section(title: heading(words.increaseHeading), level: .section, anchor: "level-increase", blocks: [
                .table(self.table(level, \.cumulativeIncrease, kind: "level_increase", header: words.solution, name: name, caption: nil)),
            ]),
        ]
        if let payers = level.payers {
            let rows = payers.map { p in
                Table.Row(.line, [.text(p.payer.name)] + level.years.map { y in p.level[y].map(Table.Cell.amount) ?? .missing },
                          machine: Table.MachineKey(kind: "level_payer", id: p.payer.id))
            }
            let sum = Table.Row(.sum, [.text(language.labels.sum)] + level.years.map { y in level.sum.level[y].map(Table.Cell.amount) ?? .missing },
                                machine: Table.MachineKey(kind: "level_payer", id: "sum"))
            sections.append(Section(title: heading(words.payersHeading), level: .section, anchor: "level-payers", blocks: [
                .table(Table(columns: columns(level, header: words.payer), rows: rows + [sum])),
            ]))
        }
        return sections
    }

    func columns(_ level: TotalLevel, header: String) -> [Table.Column] {
        [Table.Column(header, .label)] + level.years.map { Table.Column("\($0)", .year($0)) }
    }

    /// A row per solution with a baseline, then the Sum row (captioned only where the section's title does not already say what it is) (the level's sum, which is the sum of the rows).
    func table(_ level: TotalLevel, _ figure: KeyPath<TotalLevel.Row, [Int: ExactDecimal]>, kind: String, header: String,
               name: (String) -> String, caption: String?) -> Table {
        let rows = level.rows.map { row in
            Table.Row(.line, [.text(name(row.solution))] + level.years.map { y in row[keyPath: figure][y].map(Table.Cell.amount) ?? .missing },
                      machine: Table.MachineKey(kind: kind, id: row.solution, solution: row.solution))
        }
        let sum = Table.Row(.sum, [.text(language.labels.sum)] + level.years.map { y in level.sum[keyPath: figure][y].map(Table.Cell.amount) ?? .missing },
                            machine: Table.MachineKey(kind: kind, id: "sum"))
        return Table(caption: caption, columns: columns(level, header: header), rows: rows + [sum])
    }

    /// "a, b og c" / "a, b and c".
    static func list(_ items: [String], language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .nb ? " og " : " and ") + items.last!
    }
}
