import DFCostModel
import DFCostScenario

extension HTMLReport {
    /// Per comparison: the yearly totals side by side and the change per year and solution.
    func comparisonSection(_ report: Report) -> String {
        var out = "<section id=\"comparison\">\n<h2>\(HTMLText.escape(labels.comparison))</h2>\n"
        let renderer = ComparisonRenderer(locale: locale, sources: report.comparisonSources)
        let names = Dictionary(solutions(report).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for (k, c) in report.comparisons.enumerated() {
            let h = renderer.headers(c, at: k)
            out += "<h3>\(HTMLText.escape(h.base)) → \(HTMLText.escape(h.other))</h3>\n"
            var totals: [[String]] = [[locale.labels.year, h.base, h.other, labels.delta, "%"]]
            for y in c.years + [c.horizon] {
                totals.append([y.year == 0 ? renderer.words.total : "\(y.year)", style.format(y.base), style.format(y.other),
                               renderer.signed(y.delta), renderer.percent(y.percent)])
            }
            out += HTMLFigure.table(totals)
            guard c.hasTotalChanges else {
                out += "<p>\(HTMLText.escape(labels.noDifference))</p>\n"
                continue
            }
            let years = c.years.map(\.year)
            var solutionOrder: [String] = []
            for d in c.bySolution where !solutionOrder.contains(d.solution) { solutionOrder.append(d.solution) }
            var series: [SVGBarChart.Series] = []
            var table: [[String]] = [[labels.solution] + years.map(String.init)]
            for (i, s) in solutionOrder.enumerated() {
                let deltas = years.map { y in c.bySolution.first { $0.solution == s && $0.year == y }?.delta ?? .zero }
                guard deltas.contains(where: { !$0.isZero }) else { continue }
                let name = names[s] ?? s
                series.append(.init(name: name, color: HTMLFigure.palette[i % HTMLFigure.palette.count],
                                    values: deltas.map(\.doubleValue), labels: deltas.map(renderer.signed)))
                table.append([name] + deltas.map(renderer.signed))
            }
            table.append([locale.labels.sum] + c.years.map { renderer.signed($0.delta) })
            let description = "\(labels.deltaDescription) \(h.other) − \(h.base), \(Self.span(years)): "
                + c.years.map { renderer.signed($0.delta) }.joined(separator: ", ") + "."
            let chart = SVGBarChart(categories: years.map(String.init), series: series,
                                    net: c.years.map { ($0.delta.doubleValue, renderer.signed($0.delta)) }, style: style,
                                    netName: labels.delta)
            out += HTMLFigure(id: "fig-delta-\(k + 1)", title: "\(labels.deltaTitle): \(h.other)", description: description,
                              svg: chart.svg(id: "svg-delta-\(k + 1)", title: "\(labels.deltaTitle): \(h.other)", description: description),
                              table: table).render()
        }
        return out + "</section>\n"
    }
}
