import DFCostEscaping

/// A small SVG writer for the report's charts: shapes in a fixed view box, coordinates written
/// with one decimal in machine style so output is byte-stable.
///
/// Data marks (bars, lines, bands, points) carry `class="mark"` so a checker can tell a chart
/// that draws its data from an empty one.
struct SVGCanvas {
    let width: Double
    let height: Double
    var body = ""

    init(width: Double = 640, height: Double = 320) {
        self.width = width
        self.height = height
    }

    static func n(_ v: Double) -> String { NumberStyle.machine.format(v, decimals: 1) }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, mark: Bool = true, label: String? = nil) {
        body += "<rect\(mark ? " class=\"mark\"" : "") x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(width, 0)))\" height=\"\(Self.n(max(height, 0)))\" fill=\"\(fill)\">"
        if let label { body += "<title>\(Escaper.html.escape(label))</title>" }
        body += "</rect>\n"
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil, mark: Bool = false) {
        body += "<line\(mark ? " class=\"mark\"" : "") x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String? = nil) {
        body += "<polyline class=\"mark\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") points=\"\(Self.points(points))\"/>\n"
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double = 1) {
        body += "<polygon class=\"mark\" fill=\"\(fill)\" fill-opacity=\"\(Self.n(opacity))\" points=\"\(Self.points(points))\"/>\n"
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double = 3.5, fill: String, label: String? = nil) {
        body += "<circle class=\"mark\" cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(r))\" fill=\"\(fill)\">"
        if let label { body += "<title>\(Escaper.html.escape(label))</title>" }
        body += "</circle>\n"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ x: Double, _ y: Double, _ s: String, anchor: Anchor = .middle, size: Double = 12, weight: String? = nil, fill: String = "#222") {
        body += "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(Self.n(size))\"\(weight.map { " font-weight=\"\($0)\"" } ?? "") fill=\"\(fill)\">\(Escaper.html.escape(s))</text>\n"
    }

    static func points(_ ps: [(Double, Double)]) -> String {
        ps.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
    }

    /// The finished `<svg>` element with its accessible title and description.
    func render(id: String, title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            + "<title id=\"\(id)-title\">\(Escaper.html.escape(title))</title>\n<desc id=\"\(id)-desc\">\(Escaper.html.escape(description))</desc>\n"
            + body + "</svg>"
    }
}
