/// Lines, bands and vertical markers on a numeric or categorical x axis: the cumulative level,
/// the fan chart (P10–P90 band, P50 line) and the S-curve with P50 and P85 marked.
struct SVGLineChart {
    struct Series {
        var name: String
        var color: String
        var points: [(x: Double, y: Double)]
        /// Text per point for tooltips; nil draws no point markers.
        var pointLabels: [String]?
        var dash: String? = nil
        var width: Double = 2.5
    }

    struct Band {
        var name: String
        var color: String
        var lower: [(x: Double, y: Double)]
        var upper: [(x: Double, y: Double)]
        var opacity = 0.35
        /// Colour of the band's edges and of a range bar with caps at each point (nil: neither),
        /// so that a narrow band stays visible.
        var edgeColor: String? = nil
    }

    /// A vertical line at `x` with a label at the top.
    struct Marker {
        var x: Double
        var label: String
        var color: String
    }

    var series: [Series]
    var bands: [Band] = []
    var markers: [Marker] = []
    /// Category labels at x positions (0, 1, ...); nil for a numeric x axis with round ticks.
    var categories: [String]?
    var style: NumberStyle
    var yIncludesZero = true
    /// The y axis shows probabilities 0–1 as percentages.
    var yPercent = false
    /// How tightly the y axis fits the data: about this many round steps span the data.
    var yIntervals = 5.0

    func svg(id: String, title: String, description: String) -> String {
        var canvas = SVGCanvas(width: 640, height: 320)
        let left = 56.0, right = 24.0, top = 28.0, bottom = 64.0
        let allPoints = series.flatMap(\.points) + bands.flatMap { $0.lower + $0.upper }
        let y = yPercent
            ? LinearScale(covering: [0, 1], range: (canvas.height - bottom, top))
            : LinearScale(covering: allPoints.map(\.y), includeZero: yIncludesZero, range: (canvas.height - bottom, top), intervals: yIntervals)
        let x: LinearScale
        if let categories {
            let pad = 0.5
            x = LinearScale(domain: (-pad, Double(max(categories.count - 1, 0)) + pad), range: (left, canvas.width - right))
        } else {
            x = LinearScale(covering: allPoints.map(\.x) + markers.map(\.x), includeZero: false, range: (left, canvas.width - right))
        }
        SVGAxes.horizontalGrid(&canvas, y, left: left, right: canvas.width - right, style: style, percent: yPercent)
        if let categories {
            for (i, c) in categories.enumerated() { canvas.text(x(Double(i)), canvas.height - bottom + 18, c) }
        } else {
            for t in x.ticks {
                canvas.line(x(t), canvas.height - bottom, x(t), canvas.height - bottom + 4, stroke: "#555")
                canvas.text(x(t), canvas.height - bottom + 18, style.format(t, decimals: x.tickDecimals), size: 11, fill: "#555")
            }
        }
        if !yPercent, y.domain.0 < 0 { canvas.line(left, y(0), canvas.width - right, y(0), stroke: "#333", width: 1.2) }
        canvas.line(left, canvas.height - bottom, canvas.width - right, canvas.height - bottom, stroke: "#333")
        for b in bands {
            canvas.polygon((b.upper + b.lower.reversed()).map { (x($0.x), y($0.y)) }, fill: b.color, opacity: b.opacity)
            guard let edge = b.edgeColor else { continue }
            canvas.polyline(b.upper.map { (x($0.x), y($0.y)) }, stroke: edge, width: 1)
            canvas.polyline(b.lower.map { (x($0.x), y($0.y)) }, stroke: edge, width: 1)
            for (lo, hi) in zip(b.lower, b.upper) {
                let cx = x(lo.x), cap = 7.0
                canvas.line(cx, y(lo.y), cx, y(hi.y), stroke: edge, width: 2.5, mark: true)
                canvas.line(cx - cap, y(lo.y), cx + cap, y(lo.y), stroke: edge, width: 2, mark: true)
                canvas.line(cx - cap, y(hi.y), cx + cap, y(hi.y), stroke: edge, width: 2, mark: true)
            }
        }
        for m in markers {
            canvas.line(x(m.x), top, x(m.x), canvas.height - bottom, stroke: m.color, width: 1.5, dash: "5 3", mark: true)
            canvas.text(x(m.x), top - 8, m.label, size: 11, weight: "bold", fill: m.color)
        }
        for s in series {
            canvas.polyline(s.points.map { (x($0.x), y($0.y)) }, stroke: s.color, width: s.width, dash: s.dash)
            if let labels = s.pointLabels {
                for (p, label) in zip(s.points, labels) { canvas.circle(x(p.x), y(p.y), fill: s.color, label: "\(s.name): \(label)") }
            }
        }
        let legend = bands.map { ($0.name, $0.color, false) } + series.map { ($0.name, $0.color, $0.pointLabels != nil) }
        SVGAxes.legend(&canvas, legend, y: canvas.height - 22, left: left)
        return canvas.render(id: id, title: title, description: description)
    }
}
