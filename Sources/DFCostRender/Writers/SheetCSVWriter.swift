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
            for block in section.blocks { write(block, cells, into: &w) }
        }
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
            if let caption = table.caption {
                w.row([])
                w.row([caption])
            }
            let shown = table.columns.indices.filter { table.columns[$0].kind != .bar }
            w.row(shown.map { table.columns[$0].header })
            for row in table.rows {
                if row.kind == .solutionHeading {
                    w.row([cells.text(row.cells.first ?? .empty, .label)])
                    continue
                }
                var texts = shown.map { row.cells.indices.contains($0) ? cells.text(row.cells[$0], table.columns[$0].kind) : "" }
                if table.isIndented(row), !texts.isEmpty { texts[0] = "  " + texts[0] }
                w.row(texts)
            }
        case .keyValues(let list):
            if let title = list.title {
                w.row([])
                w.row([title])
            }
            w.row(["", list.unit])
            for item in list.items { w.row([item.key, cells.text(item.value, list.kind)]) }
        case .chart(let chart):
            w.row([])
            w.row([chart.title])
            let series = chart.series + (chart.total.map { [$0] } ?? [])
            if series.count == 1 {
                // One series: a row per category, as a column of values reads.
                w.row([chart.categoryHeader, series[0].name])
                for (category, value) in zip(chart.categories, series[0].values) { w.row([category, cells.text(value, chart.valueKind)]) }
            } else {
                w.row([chart.categoryHeader] + chart.categories)
                for s in series { w.row([s.name] + s.values.map { cells.text($0, chart.valueKind) }) }
            }
        }
    }
}
