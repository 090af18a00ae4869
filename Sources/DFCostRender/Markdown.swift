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
}
