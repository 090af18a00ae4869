/// Writes a ``Document`` as one CSV sheet a person opens in a spreadsheet, laid out as the text
/// reads: the title and its lines, then each table, chart and section under a heading row after
/// an empty row. Numbers are in the dialect's style (no grouping, hyphen minus); cells that are
/// text in the published table, such as "(14)*", stay text. Detail columns are shown.
public struct SheetCSVWriter: Sendable {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect) { self.dialect = dialect }

    public func write(_ document: Document) -> String {
        var w = CSVWriter(dialect: dialect)
        write(document, into: &w)
        return w.output
    }

    func write(_ document: Document, into w: inout CSVWriter) {
        let cells = CellText.sheet(dialect)
        for section in document.sections {
            if let title = section.title {
                if section.level != .title { w.row([]) }
                w.row([title])
            }
            for (i, block) in section.blocks.enumerated() {
                // A table is set off by an empty row from the lines above it (the document's
                // title and its lines always), not from its section's title.
                if i > 0 || section.level == .title, Self.isTable(block) { w.row([]) }
                write(block, cells, into: &w)
            }
        }
    }

    static func isTable(_ block: Block) -> Bool {
        switch block {
        case .table, .keyValues: true
        default: false
        }
    }

    static func isEstimate(_ cell: Table.Cell) -> Bool {
        if case .estimate = cell { true } else { false }
    }

    func write(_ block: Block, _ cells: CellText, into w: inout CSVWriter) {
        switch block {
        case .paragraph(let p): w.row([p])
        case .byline(let key, let value): w.row([key, value])
        case .notes(let n):
            guard !n.isEmpty else { return }
            w.row([])
            for note in n.notes + n.warnings { w.row([note]) }
        case .table(let table):
            if let caption = table.caption { w.row([caption]) }
            let shown = table.columns.indices.filter { table.columns[$0].kind != .bar && !table.columns[$0].isSummary }
            // An estimate takes two columns, the second headed "±", so both stay numbers.
            let estimates = Set(shown.filter { c in table.rows.contains { r in r.cells.indices.contains(c) && Self.isEstimate(r.cells[c]) } })
            w.row(shown.flatMap { estimates.contains($0) ? [table.columns[$0].header, "±"] : [table.columns[$0].header] })
            for row in table.rows {
                if row.kind == .solutionHeading {
                    w.row([cells.text(row.cells.first ?? .empty, .label)])
                    continue
                }
                var texts = shown.flatMap { c -> [String] in
                    let cell = row.cells.indices.contains(c) ? row.cells[c] : .empty
                    if case .estimate(let v, let se) = cell {
                        return [cells.text(.number(v), table.columns[c].kind), se.isFinite ? cells.text(.number(se), table.columns[c].kind) : ""]
                    }
                    return estimates.contains(c) ? [cells.text(cell, table.columns[c].kind), ""] : [cells.text(cell, table.columns[c].kind)]
                }
                if table.isIndented(row), !texts.isEmpty { texts[0] = "  " + texts[0] }
                w.row(texts)
            }
        case .keyValues(let list):
            if let title = list.title { w.row([title]) }
            w.row(["", list.unit])
            for item in list.items { w.row([item.key, cells.text(item.value, list.kind)]) }
        case .chart(let chart):
            w.row([])
            w.row([chart.title])
            let series = chart.series + (chart.total.map { [$0] } ?? [])
            if chart.kind.listsByCategory {
                // A row per category, a column per series.
                w.row([chart.categoryHeader] + series.map(\.name))
                for k in chart.listed ?? Array(chart.categories.indices) {
                    let category = chart.categories[k]
                    w.row([category] + series.map { k < $0.values.count ? cells.text($0.values[k], $0.valueKind ?? chart.valueKind) : "" })
                }
            } else {
                w.row([chart.categoryHeader] + chart.categories)
                for s in series { w.row([s.name] + s.values.map { cells.text($0, s.valueKind ?? chart.valueKind) }) }
            }
        }
    }
}
