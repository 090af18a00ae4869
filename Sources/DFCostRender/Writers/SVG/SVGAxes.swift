/// Grid lines, tick labels and legends shared by the charts.
enum SVGAxes {
    static func horizontalGrid(_ canvas: inout SVGCanvas, _ y: LinearScale, left: Double, right: Double, style: NumberStyle, percent: Bool = false) {
        for t in y.ticks {
            canvas.line(left, y(t), right, y(t), stroke: "#ddd")
            let text = percent ? style.format(t * 100, decimals: 0) + " %" : style.format(t, decimals: y.tickDecimals)
            canvas.text(left - 6, y(t) + 4, text, anchor: .end, size: 11, fill: "#555")
        }
    }

    /// Swatches and names in rows from `left`; a round swatch for point series.
    static func legend(_ canvas: inout SVGCanvas, _ items: [(String, String, Bool)], y: Double, left: Double) {
        var x = left, row = y
        for (name, color, round) in items {
            let w = 22 + Double(name.count) * 6.5
            if x + w > canvas.width - 8 { x = left; row += 16 }
            if round {
                canvas.body += "<circle cx=\"\(SVGCanvas.n(x + 5))\" cy=\"\(SVGCanvas.n(row - 4))\" r=\"4.5\" fill=\"\(color)\"/>\n"
            } else {
                canvas.body += "<rect x=\"\(SVGCanvas.n(x))\" y=\"\(SVGCanvas.n(row - 9))\" width=\"10\" height=\"10\" fill=\"\(color)\"/>\n"
            }
            canvas.text(x + 14, row, name, anchor: .start, size: 11)
            x += w
        }
    }
}
