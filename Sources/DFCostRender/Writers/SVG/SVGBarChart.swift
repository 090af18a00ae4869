/// Stacked bars: one stack per category, positive values stacked up from zero and negative
/// values stacked down from it (e-resept 2025 is −10), with an optional net marker per stack.
struct SVGBarChart {
    struct Series {
        var name: String
        var color: String
        /// One value per category.
        var values: [Double]
        /// The values as people read them, for tooltips.
        var labels: [String]
    }

    var categories: [String]
    var series: [Series]
    /// Net value per category (drawn as a dot), and its text.
    var net: [(value: Double, label: String)]?
    var style: NumberStyle
    var netName: String = "Sum"

    func svg(id: String, title: String, description: String) -> String {
        var canvas = SVGCanvas(width: 640, height: 330)
        let left = 56.0, right = 16.0, top = 16.0, bottom = 78.0
        var extents: [Double] = []
        for i in categories.indices {
            var pos = 0.0, neg = 0.0
            for s in series { if s.values[i] >= 0 { pos += s.values[i] } else { neg += s.values[i] } }
            extents += [pos, neg]
        }
        extents += (net ?? []).map(\.value)
        let y = LinearScale(covering: extents, range: (canvas.height - bottom, top))
        SVGAxes.horizontalGrid(&canvas, y, left: left, right: canvas.width - right, style: style)
        let band = (canvas.width - left - right) / Double(max(categories.count, 1))
        let barWidth = min(band * 0.55, 90)
        for (i, category) in categories.enumerated() {
            let x = left + band * (Double(i) + 0.5)
            var pos = 0.0, neg = 0.0
            for s in series where s.values[i] != 0 {
                let v = s.values[i]
                let (from, to): (Double, Double)
                if v >= 0 { (from, to) = (pos, pos + v); pos = to } else { (from, to) = (neg + v, neg); neg = from }
                canvas.rect(x: x - barWidth / 2, y: y(to), width: barWidth, height: y(from) - y(to), fill: s.color,
                            label: "\(s.name) \(category): \(s.labels[i])")
            }
            if let net {
                canvas.circle(x, y(net[i].value), r: 4.5, fill: "#111", label: "\(netName) \(category): \(net[i].label)")
                canvas.text(x + barWidth / 2 + 4, y(net[i].value) + 4, net[i].label, anchor: .start, size: 11)
            }
            canvas.text(x, canvas.height - bottom + 18, category)
        }
        canvas.line(left, y(0), canvas.width - right, y(0), stroke: "#333", width: 1.2)
        var legend = series.map { ($0.name, $0.color, false) }
        if net != nil { legend.append((netName, "#111", true)) }
        SVGAxes.legend(&canvas, legend, y: canvas.height - 30, left: left)
        return canvas.render(id: id, title: title, description: description)
    }
}
