import DFCostModel
import DFCostScenario

extension HTMLReport {
    /// Two or more `--compare` files: every scenario side by side (the scenario first), as
    /// `compare A B C` prints it: the yearly totals, a chart of each solution's horizon total across
    /// the columns, the solutions' and initiatives' totals over the horizon, and each line with how
    /// it moved.
    func roundsSection(_ c: Comparison, report: Report) -> String {
        let renderer = ComparisonRenderer(locale: locale)
        let words = renderer.rounds
        let names = renderer.names(c)
        let title = Labels.fill(words.heading, ["count": "\(c.columns.count)"])
            + "; " + (c.against == .first ? words.againstFirst : words.againstPrevious)
        var out = "<section id=\"comparison\">\n<h2>\(HTMLText.escape(labels.comparison))</h2>\n"
        out += "<p class=\"meta\">\(HTMLText.escape(title))</p>\n"

        var totals = [[locale.labels.year] + renderer.figureHeaders(c, percent: true)]
        for row in c.totals { totals.append([renderer.year(row.year)] + renderer.figures(row.series, percent: true)) }
        out += "<h3>\(HTMLText.escape(words.totalsHeading))</h3>\n" + HTMLFigure.table(totals, className: "data rounds")

        // Each solution's horizon total across the columns: a line per solution.
        var solutionNames: [String: String] = [:]
        for (id, name) in solutions(report) where solutionNames[id] == nil { solutionNames[id] = name }
        let horizons = c.bySolution.filter { $0.year == nil }
        var series: [SVGLineChart.Series] = []
        var table: [[String]] = [[labels.solution] + names]
        for (i, row) in horizons.enumerated() {
            let name = solutionNames[row.key] ?? row.key
            let points = row.series.amounts.enumerated().compactMap { k, a in a.map { (x: Double(k), y: $0.doubleValue) } }
            let pointLabels = row.series.amounts.enumerated().compactMap { k, a in a.map { "\(names[k]) \(style.format($0))" } }
            series.append(.init(name: name, color: HTMLFigure.palette[i % HTMLFigure.palette.count], points: points, pointLabels: pointLabels))
            table.append([name] + row.series.amounts.map(renderer.amount))
        }
        let horizon = c.totals.first { $0.year == nil }?.series.amounts ?? []
        table.append([locale.labels.sum] + horizon.map(renderer.amount))
        let description = "\(labels.roundsDescription) \(Self.span(c.years)): "
            + zip(names, horizon).map { "\($0) \(renderer.amount($1))" }.joined(separator: ", ") + "."
        let chart = SVGLineChart(series: series, categories: names, style: style)
        out += HTMLFigure(id: "fig-rounds", title: labels.roundsTitle, description: description,
                          svg: chart.svg(id: "svg-rounds", title: labels.roundsTitle, description: description), table: table).render()

        var solutionRows = [[labels.solution] + renderer.figureHeaders(c, percent: false)]
        for row in horizons { solutionRows.append([solutionNames[row.key] ?? row.key] + renderer.figures(row.series, percent: false)) }
        out += "<h3>\(HTMLText.escape(words.solutionsHeading))</h3>\n" + HTMLFigure.table(solutionRows, className: "data rounds")
        if let initiatives = c.byInitiative {
            var rows = [[words.initiative.capitalizedFirst] + renderer.figureHeaders(c, percent: false)]
            for row in initiatives where row.year == nil { rows.append([row.key] + renderer.figures(row.series, percent: false)) }
            out += "<h3>\(HTMLText.escape(words.initiativesHeading))</h3>\n" + HTMLFigure.table(rows, className: "data rounds")
        }
        var lines = [[renderer.words.line] + renderer.figureHeaders(c, percent: false) + [words.movement.capitalizedFirst]]
        for row in c.lines { lines.append([row.id] + renderer.figures(row.total, percent: false) + [renderer.movements(row, names: names)]) }
        out += "<h3>\(HTMLText.escape(words.linesHeading))</h3>\n" + HTMLFigure.table(lines, className: "data rounds")
        return out + "</section>\n"
    }
}
