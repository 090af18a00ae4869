import DFCostEscaping
import DFCostModel

extension HTMLReport {
    /// The TBU table as published: solution headings, lines, subtotals, sums and footnotes
    /// (the ``TotalsBuilder`` table and notes under the heading of the table).
    func totalsSection(_ report: Report, writer: HTMLWriter = HTMLWriter()) -> String {
        let built = TotalsBuilder(language: locale).section(report.applied, totals: report.totals)
        let blocks = built.blocks.filter {
            switch $0 {
            case .table, .notes: true
            default: false
            }
        }
        return writer.section(Section(title: labels.table, level: .part, anchor: "table", blocks: blocks), cells: .people(locale))
    }

    /// Stacked bars of the yearly increase per solution, and the cumulative level (the
    /// ``ReportBuilder`` charts, drawn by ``HTMLWriter``).
    func totalsCharts(_ report: Report) -> String {
        let cells = CellText.people(locale)
        return "<section id=\"charts\">\n<h2>\(Escaper.html.escape(labels.charts))</h2>\n"
            + ReportBuilder(language: locale).charts(report).map { HTMLWriter().figure($0, cells: cells) }.joined() + "</section>\n"
    }
}
