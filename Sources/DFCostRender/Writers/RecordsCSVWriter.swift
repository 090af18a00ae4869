/// Writes a ``Document`` as one CSV table a program reads (``Document/CSVLayout/records``): the
/// first table's header, then the line rows of every table in order. Titles, group headings,
/// sums, notes and other blocks are left out; detail columns are shown, summary columns
/// (``Table/Column/isSummary``) and bars are not. Numbers are in the dialect's style.
public struct RecordsCSVWriter: Sendable {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect) { self.dialect = dialect }

    public func write(_ document: Document) -> String {
        var w = CSVWriter(dialect: dialect)
        let cells = CellText.sheet(dialect)
        let tables = document.sections.flatMap(\.blocks).compactMap { block -> Table? in
            if case .table(let t) = block { t } else { nil }
        }
        guard let first = tables.first else { return w.output }
        func shown(_ t: Table) -> [Int] { t.columns.indices.filter { t.columns[$0].kind != .bar && !t.columns[$0].isSummary } }
        w.row(shown(first).map { first.columns[$0].header })
        for table in tables {
            for row in table.rows where row.kind == .line {
                w.row(shown(table).map { row.cells.indices.contains($0) ? cells.text(row.cells[$0], table.columns[$0].kind) : "" })
            }
        }
        return w.output
    }
}
