import DFCostModel

extension HTMLWriter {
    /// A chart as a figure: its title, its description ending with the figures it draws (the
    /// total's values for bars, the series' for a line) over the categories' span, the SVG, and
    /// its data table beside it (as the CSV lists it).
    func figure(_ chart: Chart, cells: CellText) -> String {
        let style = cells.style
        let series = chart.series + (chart.total.map { [$0] } ?? [])
        func value(_ cell: Table.Cell) -> Double {
            switch cell {
            case .amount(let x), .tableAmount(let x, _, _): x.doubleValue
            case .number(let d), .estimate(let d, _): d
            case .empty, .text, .lines: 0
            }
        }
        let drawn = chart.total ?? chart.series.first
        let figures = (drawn?.values ?? []).map { cells.text($0, chart.valueKind) }.joined(separator: ", ")
        let span = HTMLReport.span(chart.categories.compactMap { Int($0) })
        let description = "\(chart.description) \(chart.total.map { "\($0.name) " } ?? "")\(span): \(figures) \(chart.unit)."
        let svg: String
        let table: [[String]]
        switch chart.kind {
        case .bars:
            let bars = SVGBarChart(
                categories: chart.categories,
                series: chart.series.enumerated().map { i, s in
                    .init(name: s.name, color: HTMLFigure.palette[i % HTMLFigure.palette.count], values: s.values.map(value),
                          labels: s.values.map { cells.text($0, chart.valueKind) })
                },
                net: chart.total.map { t in t.values.map { (value($0), cells.text($0, chart.valueKind)) } }, style: style,
                netName: chart.total?.name ?? "")
            svg = bars.svg(id: "svg-\(chart.id)", title: chart.title, description: description)
            table = [[chart.categoryHeader] + chart.categories] + series.map { [$0.name] + $0.values.map { cells.text($0, chart.valueKind) } }
        case .line:
            let line = SVGLineChart(
                series: chart.series.enumerated().map { i, s in
                    .init(name: chart.series.count == 1 ? chart.title : s.name, color: HTMLFigure.palette[i % HTMLFigure.palette.count],
                          points: s.values.enumerated().map { (Double($0.offset), value($0.element)) },
                          pointLabels: zip(chart.categories, s.values).map { "\($0) \(cells.text($1, chart.valueKind))" })
                },
                categories: chart.categories, style: style)
            svg = line.svg(id: "svg-\(chart.id)", title: chart.title, description: description)
            table = [[chart.categoryHeader] + series.map(\.name)] + chart.categories.enumerated().map { k, category in
                [category] + series.map { k < $0.values.count ? cells.text($0.values[k], chart.valueKind) : "" }
            }
        }
        return HTMLFigure(id: "fig-\(chart.id)", title: chart.title, description: description, svg: svg, table: table).render()
    }
}
