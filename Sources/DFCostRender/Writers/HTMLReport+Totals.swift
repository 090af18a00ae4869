import DFCostEscaping
import DFCostModel

extension HTMLReport {
    /// The TBU table as published: solution headings, lines, subtotals, sums and footnotes
    /// (the ``TotalsBuilder`` table and notes under the heading of the table).
    func totalsSection(_ report: Report) -> String {
        let built = TotalsBuilder(language: locale).section(report.applied, totals: report.totals)
        let blocks = built.blocks.filter {
            switch $0 {
            case .table, .notes: true
            default: false
            }
        }
        return HTMLWriter().section(Section(title: labels.table, level: .part, anchor: "table", blocks: blocks), cells: .people(locale))
    }

    /// Solution ids with their names, in the table's order (every solution with lines).
    func solutions(_ report: Report) -> [(id: String, name: String)] {
        let table = report.applied.table
        var ids = table.solutions.map(\.id)
        for line in table.lines where !ids.contains(line.solution) { ids.append(line.solution) }
        return ids.filter { id in report.totals.bySolution[id] != nil }.map { ($0, table.solution($0)?.name ?? $0) }
    }

    /// Stacked bars of the yearly increase per solution, and the cumulative level.
    func totalsCharts(_ report: Report) -> String {
        let years = report.totals.summedYears
        let sols = solutions(report)
        var series: [SVGBarChart.Series] = []
        var table: [[String]] = [[labels.solution] + years.map(String.init)]
        for (i, s) in sols.enumerated() {
            let values = years.map { report.totals.bySolution[s.id]?[$0] ?? .zero }
            series.append(.init(name: s.name, color: HTMLFigure.palette[i % HTMLFigure.palette.count],
                                values: values.map(\.doubleValue), labels: values.map { style.format($0) }))
            table.append([s.name] + values.map { style.format($0) })
        }
        let sums = years.map { report.totals.totals[$0] ?? .zero }
        table.append([locale.labels.sum] + sums.map { style.format($0) })
        let bars = SVGBarChart(categories: years.map(String.init), series: series,
                               net: sums.map { ($0.doubleValue, style.format($0)) }, style: style, netName: locale.labels.sum)
        let sumText = sums.map { style.format($0) }.joined(separator: ", ")
        let increaseDescription = "\(labels.increaseDescription) \(locale.labels.sum) \(Self.span(years)): \(sumText) \(report.applied.table.metadata.unit)."
        var out = "<section id=\"charts\">\n<h2>\(Escaper.html.escape(labels.charts))</h2>\n"
        out += HTMLFigure(id: "fig-increase", title: labels.increaseTitle, description: increaseDescription,
                          svg: bars.svg(id: "svg-increase", title: labels.increaseTitle, description: increaseDescription), table: table).render()
        let levels = years.map { report.totals.cumulative[$0] ?? .zero }
        let line = SVGLineChart(
            series: [.init(name: labels.cumulativeTitle, color: "#1f5f8b",
                           points: levels.enumerated().map { (Double($0.offset), $0.element.doubleValue) },
                           pointLabels: zip(years, levels).map { "\($0) \(style.format($1))" })],
            categories: years.map(String.init), style: style)
        let levelText = levels.map { style.format($0) }.joined(separator: ", ")
        let cumulativeDescription = "\(labels.cumulativeDescription) \(Self.span(years)): \(levelText) \(report.applied.table.metadata.unit)."
        out += HTMLFigure(id: "fig-cumulative", title: labels.cumulativeTitle, description: cumulativeDescription,
                          svg: line.svg(id: "svg-cumulative", title: labels.cumulativeTitle, description: cumulativeDescription),
                          table: [[locale.labels.year, labels.level]] + zip(years, levels).map { ["\($0)", style.format($1)] }).render()
        return out + "</section>\n"
    }
}
