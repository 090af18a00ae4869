/// Writes a ``Document`` as plain text: titles, aligned tables with rules under the header and
/// above the sums, rows under a group heading indented, notes under the table; a topic's blocks
/// (the tables of one comparison) each after a blank line.
public struct TextWriter: Sendable {
    public init() {}

    public func write(_ document: Document) -> String {
        let cells = CellText.people(document.language)
        var out = ""
        for section in document.sections {
            var blocks = section.blocks[...]
            switch section.level {
            case .title:
                if let title = section.title { out += title + "\n" }
                // The title's lines (source, scenario), then a blank line before the rest.
                while let first = blocks.first, let line = Self.headLine(first) {
                    out += line + "\n"
                    blocks = blocks.dropFirst()
                }
                out += "\n"
            case .part:
                // Underlined, set off by a blank line from what is above it.
                if let title = section.title { out += "\(out.isEmpty ? "" : "\n")\(title)\n\(String(repeating: "=", count: title.count))\n\n" }
            case .section:
                out += "\n" + (section.title.map { $0 + "\n" } ?? "")
            case .record:
                if !out.isEmpty { out += "\n" }
                if let title = section.title { out += "\(title)\n" }
            case .topic:
                // Set off from what is above it by one blank line; each block after a blank line.
                if !out.isEmpty, !out.hasSuffix("\n\n") { out += "\n" }
                if let title = section.title { out += title + "\n" }
                for block in blocks {
                    let text = write(block, cells)
                    if !text.isEmpty { out += "\n" + text }
                }
                continue
            }
            for block in blocks { out += write(block, cells) }
        }
        return out
    }

    static func headLine(_ block: Block) -> String? {
        switch block {
        case .paragraph(let p): p
        case .byline(let key, let value): "\(key): \(value)"
        default: nil
        }
    }

    func write(_ block: Block, _ cells: CellText) -> String {
        switch block {
        case .paragraph, .byline: return Self.headLine(block)! + "\n"
        case .notes(let n):
            var out = n.notes.isEmpty ? "" : "\n" + n.notes.joined(separator: "\n") + "\n"
            for w in n.warnings { out += w + "\n" }
            return out
        case .table(let table) where table.textLayout == .entries: return entries(table, cells)
        case .table(let table): return grid(table, cells).render()
        case .keyValues(let list):
            var grid = TextGrid()
            grid.rows = list.items.map { [$0.key, cells.text($0.value, list.kind)] }
            if list.kind == .text { grid.leftAligned.insert(1) }
            // A titled list reads "title: the items".
            return (list.title.map { "\n\($0):\n" } ?? "") + grid.render()
        case .chart: return ""
        }
    }

    /// A table as a listing of entries (``Table/TextLayout/entries``).
    func entries(_ table: Table, _ cells: CellText) -> String {
        let shown = table.columns.indices.filter { !table.columns[$0].isDetail }
        guard let label = shown.first(where: { table.columns[$0].kind == .label }) else { return "" }
        let number = shown.first { ![.label, .text, .bar].contains(table.columns[$0].kind) }
        let below = shown.filter { $0 != label && $0 != number }
        func cell(_ row: Table.Row, _ c: Int) -> Table.Cell { row.cells.indices.contains(c) ? row.cells[c] : .empty }
        let indent = String(repeating: " ", count: 12)
        var out = ""
        for row in table.rows {
            switch row.kind {
            case .solutionHeading: out += "  \(cells.text(cell(row, label), .label)):\n"
            case .line:
                let amount = number.map { cells.text(cell(row, $0), table.columns[$0].kind) } ?? ""
                out += "  \(String(repeating: " ", count: max(0, 8 - amount.count)))\(amount)  \(cells.text(cell(row, label), .label))\n"
                for c in below {
                    switch cell(row, c) {
                    case .lines(let lines): for line in lines { out += indent + line + "\n" }
                    case .empty: break
                    case let other:
                        let header = table.columns[c].header
                        let lowered = header.prefix(1).lowercased() + header.dropFirst()
                        out += indent + (lowered.isEmpty ? "" : lowered + " ") + cells.text(other, table.columns[c].kind) + "\n"
                    }
                }
            default: continue
            }
        }
        return out
    }

    func grid(_ table: Table, _ cells: CellText) -> TextGrid {
        let shown = table.columns.indices.filter { !table.columns[$0].isDetail }
        var grid = TextGrid()
        grid.rows.append(shown.map { table.columns[$0].header })
        grid.rulesAfter = [0]
        for (i, c) in shown.enumerated() where c > 0 && [.text, .bar].contains(table.columns[c].kind) { grid.leftAligned.insert(i) }
        for (r, row) in table.rows.enumerated() {
            if r == table.firstSumIndex, r > 0 { grid.rulesAfter.insert(grid.rows.count - 1) }
            var texts = shown.map { row.cells.indices.contains($0) ? cells.text(row.cells[$0], table.columns[$0].kind) : "" }
            if table.isIndented(row), !texts.isEmpty { texts[0] = "  " + texts[0] }
            grid.rows.append(texts)
        }
        return grid
    }
}
