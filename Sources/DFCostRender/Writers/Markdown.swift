import DFCostEscaping

/// The markdown helpers of the comparison renderers, which are not yet built as documents.
enum Markdown {
    /// ``Escaper/markdown`` under its older name, for the comparison renderers not yet converted.
    static func escape(_ s: String) -> String { Escaper.markdown.escape(s) }

    /// A table of unescaped cells (``MarkdownWriter/table(_:leftAligned:)`` after escaping each).
    static func table(_ rows: [[String]], leftAligned: Set<Int> = []) -> String {
        MarkdownWriter.table(rows.map { $0.map(Escaper.markdown.escape) }, leftAligned: leftAligned)
    }
}
