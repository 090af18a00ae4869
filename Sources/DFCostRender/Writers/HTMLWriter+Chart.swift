import DFCostModel

extension HTMLWriter {
    /// A chart as a figure: its title, its description ending with the figures it draws, the
    /// SVG, and its data table beside it (as the CSV lists it).
    func figure(_ chart: Chart, cells: CellText) -> String {
        let style = cells.style
        let series = chart.series + (chart.total.map { [$0] } ?? [])
        func value(_ cell: Table.Cell) -> Double {
            switch cell {
            case .amount(let x), .tableAmount(let x, _, _): x.doubleValue
            case .number(let d), .estimate(let d, _): d
            case .empty, .missing, .text, .lines: 0
            }
        }
        func text(_ cell: Table.Cell) -> String { cells.text(cell, chart.valueKind) }
        func text(_ cell: Table.Cell, of s: Chart.Series) -> String { cells.text(cell, s.valueKind ?? chart.valueKind) }
        // A caption's figures each named by its category and set apart by semicolons
        // ("2024: 93; 2025: 21,5; 2026: 12"), so a decimal comma never reads as a separator.
        func listed(_ values: [Table.Cell]) -> String {
            zip(chart.categories, values).map { "\($0): \(text($1))" }.joined(separator: "; ")
        }
        func points(_ s: Chart.Series) -> [(x: Double, y: Double)] { s.values.enumerated().map { (Double($0.offset), value($0.element)) } }
        let span = HTMLReport.span(chart.categories.compactMap { Int($0) })
        // "Sum 2024–2026:"; a chart over other categories (scenarios) names no span.
        let lead = [chart.total?.name ?? "", span].filter { !$0.isEmpty }.joined(separator: " ")
        let table: [[String]]
        if chart.kind.listsByCategory {
            table = [[chart.categoryHeader] + series.map(\.name)] + (chart.listed ?? Array(chart.categories.indices)).map { k in
                [chart.categories[k]] + series.map { k < $0.values.count ? text($0.values[k], of: $0) : "" }
            }
        } else {
            table = [[chart.categoryHeader] + chart.categories] + series.map { s in [s.name] + s.values.map { text($0, of: s) } }
        }
        let description: String
        let svg: (String) -> String
        switch chart.kind {
        case .bars:
            let figures = (chart.total ?? chart.series.first).map { listed($0.values) } ?? ""
            description = "\(chart.description) \(lead) (\(chart.unit)): \(figures)."
            let bars = SVGBarChart(
                categories: chart.categories,
                series: chart.series.enumerated().map { i, s in
                    .init(name: s.name, color: HTMLFigure.palette[i % HTMLFigure.palette.count], values: s.values.map(value), labels: s.values.map(text))
                },
                net: chart.total.map { t in t.values.map { (value($0), text($0)) } }, style: style, netName: chart.total?.name ?? "")
            svg = { bars.svg(id: "svg-\(chart.id)", title: chart.title, description: $0) }
        case .line:
            let figures = (chart.total ?? chart.series.first).map { listed($0.values) } ?? ""
            description = "\(chart.description) \(lead) (\(chart.unit)): \(figures)."
            let line = SVGLineChart(
                series: chart.series.enumerated().map { i, s in
                    .init(name: chart.series.count == 1 ? chart.title : s.name, color: HTMLFigure.palette[i % HTMLFigure.palette.count],
                          points: points(s), pointLabels: zip(chart.categories, s.values).map { "\($0) \(text($1))" })
                },
                categories: chart.categories, style: style)
            svg = { line.svg(id: "svg-\(chart.id)", title: chart.title, description: $0) }
        case .fan(let median, let band):
            guard chart.series.count >= 3 else { return "" }
            let lower = chart.series[0], middle = chart.series[1], upper = chart.series[2]
            description = "\(chart.description) \(span), \(chart.unit); \(middle.name): " + listed(middle.values) + "."
            var lines: [SVGLineChart.Series] = [.init(name: median, color: "#1f5f8b", points: points(middle), pointLabels: nil)]
            if chart.series.count > 3 {
                let reference = chart.series[3]
                lines.append(.init(name: reference.name, color: "#111", points: points(reference),
                                   pointLabels: zip(chart.categories, reference.values).map { "\($0) \(text($1))" }, dash: "2 4", width: 1))
            }
            let fan = SVGLineChart(series: lines,
                                   bands: [.init(name: band, color: "#6f9cc6", lower: points(lower), upper: points(upper), opacity: 0.55, edgeColor: "#2f5f8f")],
                                   categories: chart.categories, style: style)
            svg = { fan.svg(id: "svg-\(chart.id)", title: chart.title, description: $0) }
        case .curve(let probabilities):
            guard let values = chart.series.first?.values else { return "" }
            var markers: [SVGLineChart.Marker] = []
            var marked: [String] = []
            for (p, color) in [(0.50, "#1f5f8b"), (0.85, "#c8553d")] {
                guard let k = probabilities.firstIndex(of: p), k < values.count else { continue }
                markers.append(.init(x: value(values[k]), label: "\(chart.categories[k]) \(text(values[k]))", color: color))
                marked.append("\(chart.categories[k]) = \(text(values[k])) \(chart.unit)")
            }
            description = "\(chart.description) " + marked.joined(separator: "; ") + "."
            let curve = SVGLineChart(
                series: [.init(name: chart.categoryHeader, color: "#1f5f8b", points: zip(values, probabilities).map { (value($0), $1) }, pointLabels: nil)],
                markers: markers, categories: nil, style: style, yIncludesZero: false, yPercent: true)
            svg = { curve.svg(id: "svg-\(chart.id)", title: chart.title, description: $0) }
        case .tornado:
            guard let first = chart.series.first else { return "" }
            let entries = zip(chart.categories, first.values).map { SVGTornado.Entry(label: $0, value: value($1), text: text($1, of: first)) }
            description = "\(chart.description) " + entries.prefix(3).map { "\($0.label): \($0.text)" }.joined(separator: "; ") + "."
            svg = { SVGTornado(entries: entries, style: style).svg(id: "svg-\(chart.id)", title: chart.title, description: $0) }
        }
        return HTMLFigure(id: "fig-\(chart.id)", title: chart.title, description: description, svg: svg(description), table: table).render()
    }
}
