/// Lays out rows of text in aligned columns: the first column left-aligned, the rest right-aligned.
struct TextGrid {
    var rows: [[String]] = []
    /// Indices of rows after which a rule is drawn.
    var rulesAfter: Set<Int> = []
    /// Columns (besides the first) that are left-aligned, such as free text.
    var leftAligned: Set<Int> = []

    func render() -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for (r, row) in rows.enumerated() {
            var line = ""
            for i in 0..<columns {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += i == 0 ? cell + pad : (leftAligned.contains(i) ? "  " + cell + pad : "  " + pad + cell)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
            if rulesAfter.contains(r) {
                out += String(repeating: "-", count: widths.reduce(0, +) + 2 * max(columns - 1, 0)) + "\n"
            }
        }
        return out
    }
}
