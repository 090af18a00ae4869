import DFCostEscaping
import DFCostModel
import DFCostNumerics

extension HTMLReport {
    /// The percentiles of the S-curve's data table (all of them when 12 or fewer were computed).
    static let curveTablePercentiles: Set<Double> = [0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.85, 0.90, 0.95, 0.99]

    /// The fan chart, the S-curve with P50 and P85, the KS2 breakdown and the tornado.
    func simulationSection(_ sim: ReportSimulation) -> String {
        let result = sim.result, years = sim.model.years
        let unit = sim.model.deterministic.table.metadata.unit
        var out = "<section id=\"simulation\">\n<h2>\(Escaper.html.escape(labels.simulation))</h2>\n"
        let words = locale.labels.simulation
        out += "<p>\(Escaper.html.escape(style.format(Double(result.trials), decimals: 0))) \(Escaper.html.escape(words.trials)), \(Escaper.html.escape(words.seed)) \(result.seed).</p>\n"
        func value(_ v: Double) -> String { style.format(v, decimals: 1) }

        // Fan chart over the yearly increases.
        var lower: [(x: Double, y: Double)] = [], upper: [(x: Double, y: Double)] = [], median: [(x: Double, y: Double)] = []
        var table: [[String]] = [[locale.labels.year, "P10", "P50", "P90", labels.deterministic]]
        var deterministic: [(x: Double, y: Double)] = []
        for c in result.columns {
            guard case .output(let i) = c.kind, let p10 = c.percentile(0.10), let p50 = c.percentile(0.50), let p90 = c.percentile(0.90) else { continue }
            let x = Double(i), base = sim.model.totals.totals[years[i]] ?? .zero
            lower.append((x, p10.value)); upper.append((x, p90.value)); median.append((x, p50.value))
            deterministic.append((x, base.doubleValue))
            table.append(["\(years[i])", value(p10.value), value(p50.value), value(p90.value), style.format(base)])
        }
        if !median.isEmpty {
            let description = "\(labels.fanDescription) \(Self.span(years)), \(unit); P50: " + median.map { value($0.y) }.joined(separator: ", ") + "."
            let chart = SVGLineChart(
                series: [.init(name: labels.median, color: "#1f5f8b", points: median, pointLabels: nil),
                         .init(name: labels.deterministic, color: "#111", points: deterministic,
                               pointLabels: table.dropFirst().map { "\($0[0]) \($0[4])" }, dash: "2 4", width: 1)],
                bands: [.init(name: labels.band, color: "#6f9cc6", lower: lower, upper: upper, opacity: 0.55, edgeColor: "#2f5f8f")],
                categories: years.map(String.init), style: style, yIncludesZero: false, yIntervals: 10)
            out += HTMLFigure(id: "fig-fan", title: labels.fanTitle, description: description,
                              svg: chart.svg(id: "svg-fan", title: labels.fanTitle, description: description), table: table).render()
        }

        // S-curve of the horizon total from the percentiles that were requested.
        let curve = result.total.percentiles.sorted { $0.probability < $1.probability }
        if !curve.isEmpty {
            var markers: [SVGLineChart.Marker] = []
            var marked: [String] = []
            for (p, color) in [(0.50, "#1f5f8b"), (0.85, "#c8553d")] {
                guard let e = result.total.percentile(p) else { continue }
                let key = SimulationRenderer.percentileKey(p)
                markers.append(.init(x: e.value, label: "\(key) \(value(e.value))", color: color))
                marked.append("\(key) = \(value(e.value)) \(unit)")
            }
            var rows: [[String]] = [[labels.probability, labels.value]]
            for e in curve where Self.curveTablePercentiles.contains(e.probability) || curve.count <= 12 {
                rows.append([SimulationRenderer.percentileKey(e.probability), value(e.value)])
            }
            let description = "\(labels.curveDescription) " + marked.joined(separator: ", ") + "."
            let chart = SVGLineChart(
                series: [.init(name: labels.probability, color: "#1f5f8b", points: curve.map { ($0.value, $0.probability) }, pointLabels: nil)],
                markers: markers, categories: nil, style: style, yIncludesZero: false, yPercent: true)
            out += HTMLFigure(id: "fig-scurve", title: labels.curveTitle, description: description,
                              svg: chart.svg(id: "svg-scurve", title: labels.curveTitle, description: description), table: rows).render()
        }
        if let ks2 = sim.ks2 {
            out += "<h3>\(Escaper.html.escape(words.ks2.capitalizedFirst))</h3>\n"
            out += HTMLFigure.table([
                ["", unit],
                [words.base.capitalizedFirst, style.format(ks2.deterministicBase)],
                [words.p50, value(ks2.p50)],
                [words.p85, value(ks2.p85)],
                [words.reserve.capitalizedFirst, value(ks2.reserve)],
            ])
        }

        // Tornado of the standardized regression coefficients, factors without effect in a note.
        let tornado = sim.tornado
        if result.sensitivity.isEmpty && result.sensitivityOmitted == nil {
            out += "<p>\(Escaper.html.escape(labels.noFactors))</p>\n"
        }
        if !tornado.entries.isEmpty {
            let entries = tornado.entries.map {
                SVGTornado.Entry(label: $0.factorID, value: $0.standardizedCoefficient, text: style.format($0.standardizedCoefficient, decimals: 3))
            }
            let description = "\(labels.tornadoDescription) " + entries.prefix(3).map { "\($0.label) \($0.text)" }.joined(separator: ", ") + "."
            let rows = [[labels.factor, "SRC", "ρ"]] + tornado.entries.map {
                [$0.factorID, style.format($0.standardizedCoefficient, decimals: 3), style.format($0.spearman, decimals: 3)]
            }
            out += HTMLFigure(id: "fig-tornado", title: labels.tornadoTitle, description: description,
                              svg: SVGTornado(entries: entries, style: style).svg(id: "svg-tornado", title: labels.tornadoTitle, description: description),
                              table: rows).render()
        }
        let notes = SimulationRenderer(locale: locale).sensitivityNotes(result, tornado: tornado)
        if !notes.isEmpty { out += "<ul class=\"notes\">\n" + notes.map { "<li>\(Escaper.html.escape($0))</li>\n" }.joined() + "</ul>\n" }
        return out + "</section>\n"
    }
}
