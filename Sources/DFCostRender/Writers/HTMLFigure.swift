import DFCostEscaping

/// One chart of the HTML report: a title, a text description, the SVG, and the data table
/// beside it.
struct HTMLFigure {
    var id: String
    var title: String
    var description: String
    var svg: String
    /// The data table: a header row, then rows; the first column is a label, the rest numbers.
    var table: [[String]]

    func render() -> String {
        var out = "<figure class=\"chart\" id=\"\(id)\">\n"
        out += "<figcaption><strong>\(Escaper.html.escape(title))</strong> <span>\(Escaper.html.escape(description))</span></figcaption>\n"
        // A data table of more than four columns goes under the chart, not beside it.
        let wide = (table.first?.count ?? 0) > 4
        out += "<div class=\"chart-body\(wide ? " stacked" : "")\">\n<div class=\"plot\">\n\(svg)\n</div>\n"
        out += Self.table(table, caption: title)
        return out + "</div>\n</figure>\n"
    }

    /// A data table; the first column holds labels, the others numbers (right-aligned).
    static func table(_ rows: [[String]], caption: String? = nil, className: String = "data") -> String {
        guard let header = rows.first else { return "" }
        var out = "<table class=\"\(className)\">\n"
        if let caption { out += "<caption>\(Escaper.html.escape(caption))</caption>\n" }
        out += "<thead><tr>" + header.enumerated().map { i, h in "<th scope=\"col\"\(HTMLWriter.classes(i == 0 ? nil : "num", h))>\(Escaper.html.escape(h))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows.dropFirst() {
            out += "<tr>" + row.enumerated().map { i, c in
                i == 0 ? "<th scope=\"row\"\(HTMLWriter.classes(nil, c))>\(HTMLWriter.keepingWords(c))</th>" : "<td class=\"num\">\(Escaper.html.escape(c))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Colours of the series, in order (distinct in grey print as well).
    static let palette = ["#1f5f8b", "#e07b39", "#3a9a5b", "#9b4f96", "#c9a227", "#5b6b7b", "#c8553d", "#2aa3a3"]
}
