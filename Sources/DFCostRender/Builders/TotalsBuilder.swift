import DFCostModel
import DFCostScenario

/// Builds the document of a TBU table and its totals: the title with the source and scenario,
/// the table (group headings, lines, subtotals, sums), the footnotes and warnings; with the
/// payers' parts a section after it. Its CSV is the machine layout that `dfcost import` reads.
public struct TotalsBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// The whole document of `totals`; with a total D&F level (a `[baseline]`), its sections after the payers'.
    public func document(_ applied: AppliedScenario, totals: Totals, payers: PayerAllocation? = nil, level: TotalLevel? = nil) -> Document {
        var sections = [section(applied, totals: totals)]
        if let payers { sections.append(PayersBuilder(language: language).section(payers)) }
        if let level {
            sections += TotalLevelBuilder(language: language).sections(level, table: applied.table, precisionScale: applied.precisionScale)
        }
        return Document(language: language, sections: sections, csvLayout: .tableLayout)
    }

    /// The title section: title, source, scenario, the table and its notes.
    public func section(_ applied: AppliedScenario, totals: Totals) -> Section {
        let labels = language.labels
        let meta = applied.table.metadata
        var blocks: [Block] = []
        if let source = Footnotes.source(meta, locale: language) { blocks.append(.paragraph(source)) }
        if applied.name != "" { blocks.append(.byline(key: labels.scenario, value: applied.name)) }
        blocks.append(.table(table(applied, totals: totals)))
        blocks.append(.notes(Notes(notes: Footnotes.lines(applied: applied, locale: language),
                                   warnings: applied.notices.map(language.warning))))
        return Section(title: "\(meta.title) (\(meta.unit))", level: .title, blocks: blocks)
    }

    /// The table: a group heading per solution, its lines and subtotal, then the sums; each row
    /// keyed for the machine layout, and the table's meta rows after it.
    public func table(_ applied: AppliedScenario, totals: Totals) -> Table {
        let labels = language.labels
        let layout = TotalsLayout(applied: applied, totals: totals, labels: labels)
        let columns = [Table.Column(labels.line, .label)] + layout.years.map { Table.Column("\($0)", .year($0)) }
        let rows = layout.rows.map { row -> Table.Row in
            if row.kind == .solution { return Table.Row(.solutionHeading, [.text(row.label)]) }
            let cells = layout.years.map { year -> Table.Cell in
                row.cells[year].map { .tableAmount($0.amount, isInternal: $0.isInternal, marks: $0.marks) } ?? .empty
            }
            let key = Table.MachineKey(kind: row.kind.machine.rawValue, id: row.id, solution: row.solution,
                                       initiative: row.initiative, part: row.part)
            return Table.Row(Self.kind(row.kind), [.text(row.label)] + cells, machine: key)
        }
        // Totals computed this scale when they were made, so it exists.
        return Table(caption: labels.report.table, columns: columns, rows: rows, meta: TableMetaRows.rows(applied),
                     roundedSumScale: try? totals.roundingPrecision.precisionScale())
    }

    static func kind(_ kind: TotalsLayout.RowKind) -> Table.RowKind {
        switch kind {
        case .solution: .solutionHeading
        case .line: .line
        case .subtotal: .subtotal
        case .sum: .sum
        case .sumRounded: .roundedSum
        case .cumulative: .cumulative
        }
    }
}
