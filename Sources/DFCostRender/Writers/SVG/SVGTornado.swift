/// A tornado: one horizontal bar per factor, left of the axis for a negative effect and right
/// for a positive one, largest at the top (the order given).
struct SVGTornado {
    struct Entry {
        var label: String
        var value: Double
        var text: String
    }

    var entries: [Entry]
    var style: NumberStyle
    var positiveColor = "#1f5f8b"
    var negativeColor = "#c8553d"

    func svg(id: String, title: String, description: String) -> String {
        let rowHeight = 24.0, top = 16.0, bottom = 36.0, left = 200.0, right = 56.0
        var canvas = SVGCanvas(width: 640, height: top + bottom + rowHeight * Double(max(entries.count, 1)))
        let largest = max(entries.map { abs($0.value) }.max() ?? 1, 1e-9)
        let x = LinearScale(covering: [-largest, largest], range: (left, canvas.width - right))
        for t in x.ticks {
            canvas.line(x(t), top, x(t), canvas.height - bottom, stroke: "#ddd")
            canvas.text(x(t), canvas.height - bottom + 16, style.format(t, decimals: x.tickDecimals), size: 11, fill: "#555")
        }
        for (i, e) in entries.enumerated() {
            let cy = top + rowHeight * (Double(i) + 0.5)
            let x0 = x(min(0, e.value)), x1 = x(max(0, e.value))
            canvas.rect(x: x0, y: cy - rowHeight * 0.35, width: x1 - x0, height: rowHeight * 0.7,
                        fill: e.value < 0 ? negativeColor : positiveColor, label: "\(e.label): \(e.text)")
            canvas.text(left - 8, cy + 4, e.label, anchor: .end, size: 11)
            canvas.text(e.value < 0 ? x0 - 4 : x1 + 4, cy + 4, e.text, anchor: e.value < 0 ? .end : .start, size: 10, fill: "#333")
        }
        canvas.line(x(0), top, x(0), canvas.height - bottom, stroke: "#333", width: 1.2)
        return canvas.render(id: id, title: title, description: description)
    }
}
