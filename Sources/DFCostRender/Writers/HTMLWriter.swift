import DFCostEscaping

/// Writes a ``Document`` as HTML: a self-contained page (``write(_:)``), or its sections for a
/// page of its own (the report, ``section(_:cells:)``).
///
/// A grouped table (rows under group headings) is the published table: class `tbu`, each row
/// classed by its kind for the style sheet (`line`, `subtotal`, `sum`, `sumRounded`,
/// `cumulative`), group headings spanning the table. Other tables are data tables (class `data`
/// and the section's anchor). Numbers are right-aligned (`num`); notes and warnings are a list.
public struct HTMLWriter: Sendable {
    /// Whether tables carry names for programs (a served page, read by scripts and tests): the
    /// published table `id="totals"`, each row its kind in `data-row`, each year cell its year and
    /// exact value (`data-year`, `data-value`, dot decimal, unrounded); a list with machine keys
    /// its `id` and each row `data-term` and `data-value`. Off for the files the commands write.
    public var annotated: Bool

    public init(annotated: Bool = false) { self.annotated = annotated }

    /// The whole document as one page: no scripts, no external styles, fonts or images.
    public func write(_ document: Document) -> String {
        let cells = CellText.people(document.language)
        let title = document.sections.first?.title ?? ""
        var out = "<!DOCTYPE html>\n<html lang=\"\(document.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(Escaper.html.escape(title))</title>\n<style>\n\(HTMLReport.css)</style>\n</head>\n<body>\n<main>\n"
        out += sections(document.sections, cells: cells)
        return out + "</main>\n</body>\n</html>\n"
    }

    /// Sections one after another, each heading at its depth: a section that follows a topic
    /// (one comparison, under the part that holds them) is a level below it, until the next part.
    func sections(_ sections: [Section], cells: CellText) -> String {
        var underTopic = false
        var out = ""
        for section in sections {
            switch section.level {
            case .title, .part: underTopic = false
            case .topic: underTopic = true
            case .section, .record: break
            }
            out += self.section(section, cells: cells, underTopic: underTopic && section.level != .topic)
        }
        return out
    }

    /// One section: the title a heading (`h1` for the document's title, `h3` for a topic, `h4`
    /// for a section under a topic, else `h2`), then its blocks.
    func section(_ section: Section, cells: CellText, underTopic: Bool = false) -> String {
        var out = section.anchor.map { "<section id=\"\(Escaper.html.escape($0))\">\n" } ?? "<section>\n"
        if let title = section.title {
            let h = switch section.level {
            case .title: "h1"
            case .topic: "h3"
            case .part, .section, .record: underTopic ? "h4" : "h2"
            }
            out += "<\(h)>\(Escaper.html.escape(title))</\(h)>\n"
        }
        for block in section.blocks { out += write(block, anchor: section.anchor, cells: cells) }
        return out + "</section>\n"
    }

    func write(_ block: Block, anchor: String?, cells: CellText) -> String {
        switch block {
        case .paragraph(let p): return "<p>\(Escaper.html.escape(p))</p>\n"
        case .byline(let key, let value): return "<p class=\"meta\">\(Escaper.html.escape(key)): \(Escaper.html.escape(value))</p>\n"
        case .notes(let n):
            let all = n.notes + n.warnings
            guard !all.isEmpty else { return "" }
            return "<ul class=\"notes\">\n" + all.map { "<li>\(Escaper.html.escape($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let t):
            return table(t, className: t.isGrouped ? "tbu" : (["data"] + (anchor.map { [$0] } ?? [])).joined(separator: " "), cells: cells,
                         id: annotated ? t.machineID ?? (t.isGrouped && anchor == "table" ? "totals" : nil) : nil)
        case .keyValues(let list):
            // A titled list reads as its heading over the table, as in markdown.
            let t = Table(columns: [Table.Column("", .label), Table.Column(list.unit, list.kind)],
                          rows: list.items.map { Table.Row(.line, [.text($0.key), $0.value]) })
            let keyed = annotated && list.machineKeys.count == list.items.count
            return (list.title.map { "<h3>\(Escaper.html.escape($0))</h3>\n" } ?? "")
                + table(t, className: "data", cells: cells, id: keyed ? list.machineID : nil, terms: keyed ? list.machineKeys : nil)
        case .chart(let chart): return figure(chart, cells: cells)
        }
    }

    /// A table; detail columns are left out.
    ///
    /// Laid out to fit a 1 280 px window and an A4 page: numbers never wrap (`num`), a cell or
    /// header of one word (an id, a name such as `e-resept`, a number) is not broken inside the
    /// word (`word`), text with spaces wraps at them (`text`); a table of more than
    /// ``landscapeColumns`` columns is wrapped in `<div class="landscape">`, printed on a landscape page.
    /// With ``annotated``, `id` names the table and `terms` (one per row) name its rows.
    func table(_ t: Table, className: String, cells: CellText, id: String? = nil, terms: [String]? = nil) -> String {
        let shown = t.columns.indices.filter { !t.columns[$0].isDetail && t.columns[$0].kind != .bar }
        let grouped = t.isGrouped
        let named = annotated && id != nil
        var out = "<table class=\"\(className)\"\(id.map { " id=\"\(Escaper.html.escape($0))\"" } ?? "")>\n"
        if !grouped, let caption = t.caption { out += "<caption>\(Escaper.html.escape(caption))</caption>\n" }
        out += "<thead><tr>" + shown.enumerated().map { i, c in
            let left = i == 0 || t.columns[c].kind == .text
            let header = t.columns[c].header
            return "<th scope=\"col\"\(Self.classes(left ? nil : "num", header))>\(Escaper.html.escape(header))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        for (r, row) in t.rows.enumerated() {
            let texts = shown.map { row.cells.indices.contains($0) ? cells.text(row.cells[$0], t.columns[$0].kind) : "" }
            if row.kind == .solutionHeading {
                out += "<tr class=\"solution\"><th scope=\"rowgroup\" colspan=\"\(shown.count)\">\(Escaper.html.escape(texts.first ?? ""))</th></tr>\n"
                continue
            }
            // Every row of the published table is classed by its kind; in other tables the sums are.
            var rowNames = ""
            if named {
                rowNames = terms.map { " data-term=\"\(Escaper.html.escape($0[r]))\"" + (Self.exact(row.cells.last).map { " data-value=\"\($0)\"" } ?? "") }
                    ?? " data-row=\"\(Self.machineName(row.kind))\"" + (row.machine.flatMap { row.kind != .line ? nil : $0 }.map { " data-line=\"\(Escaper.html.escape($0.id))\"" } ?? "")
            }
            out += grouped || row.kind != .line ? "<tr class=\"\(Self.cssClass(row.kind))\"\(rowNames)>" : "<tr\(rowNames)>"
            out += texts.enumerated().map { i, text in
                if i == 0 { return "<th scope=\"row\"\(Self.classes(nil, text))>\(Self.keepingWords(text))</th>" }
                var cellNames = ""
                if named, terms == nil, case .year(let year) = t.columns[shown[i]].kind, let value = Self.exact(row.cells[safe: shown[i]]) {
                    cellNames = " data-year=\"\(year)\" data-value=\"\(value)\""
                }
                return t.columns[shown[i]].kind == .text
                    ? "<td\(Self.classes("text", text))>\(Self.keepingWords(text))</td>"
                    : "<td class=\"num\"\(cellNames)>\(Escaper.html.escape(text))</td>"
            }.joined()
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return shown.count > Self.landscapeColumns ? "<div class=\"landscape\">\n\(out)</div>\n" : out
    }

    /// Text that wraps at its spaces only: each word with a hyphen (an id such as
    /// `pds-deling-kjernejournal` inside a sentence) in a `<span class="word">`, which the
    /// browser would otherwise break after a hyphen. Escaped.
    static func keepingWords(_ text: String) -> String {
        guard text.contains("-"), text.contains(where: \.isWhitespace) else { return Escaper.html.escape(text) }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { token in
            token.contains("-") ? "<span class=\"word\">\(Escaper.html.escape(String(token)))</span>" : Escaper.html.escape(String(token))
        }.joined(separator: " ")
    }

    /// Tables with more columns than this print on a landscape page.
    static let landscapeColumns = 6

    /// ` class="..."`: the given class, and `word` when the text is one word (no space to wrap at);
    /// empty when neither.
    static func classes(_ base: String?, _ text: String) -> String {
        let word = !text.isEmpty && !text.contains(where: \.isWhitespace) && base != "num"
        let all = [base, word ? "word" : nil].compactMap { $0 }
        return all.isEmpty ? "" : " class=\"\(all.joined(separator: " "))\""
    }

    /// The exact value of an amount cell, dot decimal, unrounded; nil for other cells.
    static func exact(_ cell: Table.Cell?) -> String? {
        switch cell {
        case .amount(let v), .tableAmount(let v, _, _): "\(v)"
        default: nil
        }
    }

    /// A row kind's name for programs (`data-row`).
    static func machineName(_ kind: Table.RowKind) -> String {
        switch kind {
        case .line: "line"
        case .solutionHeading: "solution"
        case .subtotal: "subtotal"
        case .sum: "sum"
        case .roundedSum: "sum-rounded"
        case .cumulative: "cumulative"
        }
    }

    /// The style sheet's class of a row kind.
    static func cssClass(_ kind: Table.RowKind) -> String {
        switch kind {
        case .line: "line"
        case .solutionHeading: "solution"
        case .subtotal: "subtotal"
        case .sum: "sum"
        case .roundedSum: "sumRounded"
        case .cumulative: "cumulative"
        }
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
