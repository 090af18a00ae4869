/// Markdown text helpers shared by the renderers.
enum Markdown {
    /// The text with the characters that would end a table cell or start emphasis escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "|" || c == "*" || c == "_" { out += "\\" }
            out.append(c)
        }
        return out
    }

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
