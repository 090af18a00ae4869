import DFCostEscaping

/// Writes a ``Document`` as markdown: `##` and `###` headings, pipe tables with numbers
/// right-aligned and sum rows' labels in bold, notes as a list, warnings as quotes.
public struct MarkdownWriter: Sendable {
    public init() {}

    /// The blocks one after another, a blank line between two.
    public func write(_ document: Document) -> String {
        let cells = CellText.people(document.language)
        var parts: [String] = []
        for section in document.sections {
            if let title = section.title.map(Escaper.markdown.escape) {
                switch section.level {
                // A record stands at the top of a listing, as a title does.
                case .title, .part, .topic, .record: parts.append("## \(title)\n")
                case .section: parts.append("### \(title)\n")
                }
            }
            for block in section.blocks { parts += write(block, cells) }
        }
        return parts.joined(separator: "\n")
    }

    /// A block's parts (each ends with a newline; a blank line goes between two).
    func write(_ block: Block, _ cells: CellText) -> [String] {
        switch block {
        case .paragraph(let p): return [Escaper.markdown.escape(p) + "\n"]
        case .byline, .chart: return []
        case .notes(let n):
            let list = n.notes.isEmpty ? [] : [n.notes.map { "- " + Escaper.markdown.escape($0) + "\n" }.joined()]
            return list + n.warnings.map { "> " + Escaper.markdown.escape($0) + "\n" }
        case .table(let table):
            let shown = table.columns.indices.filter { !table.columns[$0].isDetail && table.columns[$0].kind != .bar }
            var rows = [shown.map { Escaper.markdown.escape(table.columns[$0].header) }]
            for row in table.rows {
                var texts = shown.map { c -> String in
                    let cell = row.cells.indices.contains(c) ? row.cells[c] : .empty
                    if case .lines(let lines) = cell { return lines.map(Escaper.markdown.escape).joined(separator: "<br>") }
                    return Escaper.markdown.escape(cells.text(cell, table.columns[c].kind))
                }
                if row.kind.isEmphasized, !texts.isEmpty { texts[0] = "**\(texts[0])**" }
                rows.append(texts)
            }
            let left = Set(shown.enumerated().filter { table.columns[$0.element].kind == .text }.map(\.offset))
            return [Self.table(rows, leftAligned: left)]
        case .keyValues(let list):
            let rows = [["", Escaper.markdown.escape(list.unit)]]
                + list.items.map { [Escaper.markdown.escape($0.key), Escaper.markdown.escape(cells.text($0.value, list.kind))] }
            let heading = list.title.map { "### \(Escaper.markdown.escape($0))\n\n" } ?? ""
            return [heading + Self.table(rows)]
        }
    }

    /// A table of escaped cells: the first row is the header; the first column and those in
    /// `leftAligned` are left-aligned, the others (numbers) right-aligned (`---:`).
    static func table(_ rows: [[String]], leftAligned: Set<Int> = []) -> String {
        guard let header = rows.first else { return "" }
        let alignment = header.indices.map { $0 == 0 || leftAligned.contains($0) ? "---" : "---:" }
        var out = "| " + header.joined(separator: " | ") + " |\n|" + alignment.joined(separator: "|") + "|\n"
        for r in rows.dropFirst() { out += "| " + r.joined(separator: " | ") + " |\n" }
        return out
    }
}
