import DFCostEscaping

/// Markdown text helpers shared by the renderers.
enum Markdown {
    /// ``Escaper/markdown`` under its older name, for the comparison renderers not yet converted.
    static func escape(_ s: String) -> String { Escaper.markdown.escape(s) }

    /// A table: the first row is the header; every column but the first and those in
    /// `leftAligned` holds numbers and is right-aligned (`---:`), as in the text layout.
    static func table(_ rows: [[String]], leftAligned: Set<Int> = []) -> String {
        guard let header = rows.first else { return "" }
        let alignment = header.indices.map { $0 == 0 || leftAligned.contains($0) ? "---" : "---:" }
        var out = "| " + header.map(escape).joined(separator: " | ") + " |\n|" + alignment.joined(separator: "|") + "|\n"
        for r in rows.dropFirst() { out += "| " + r.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }
}
