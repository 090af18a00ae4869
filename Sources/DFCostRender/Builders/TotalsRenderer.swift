import DFCostTableLayout
import DFCostModel
import DFCostScenario

/// Renders the TBU table of an applied scenario in the format asked for.
public struct TotalsRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    /// The rendered document.
    /// - Parameter payers: each payer's part (`--by payer`), rendered after the table.
    public func render(_ applied: AppliedScenario, totals: Totals, format: OutputFormat, payers: PayerAllocation? = nil) -> String {
        let payerRenderer = PayerRenderer(locale: locale)
        switch format {
        case .text: return text(applied, totals: totals) + (payers.map(payerRenderer.text) ?? "")
        case .markdown: return markdown(applied, totals: totals) + (payers.map(payerRenderer.markdown) ?? "")
        case .csv: return csv(applied, totals: totals, payers: payers)
        case .json:
            guard case .object(var members) = TotalsJSON.document(applied, totals: totals) else { return "" }
            if let payers { members += PayerRenderer.json(payers) }
            return JSONValue.object(members).render()
        }
    }

    func text(_ applied: AppliedScenario, totals: Totals) -> String {
        let style = locale.numbers
        let layout = TotalsLayout(applied: applied, totals: totals, labels: locale.labels)
        let meta = applied.table.metadata
        var out = "\(meta.title) (\(meta.unit))\n"
        if let source = Footnotes.source(meta, locale: locale) { out += source + "\n" }
        if applied.name != "" { out += "\(locale.labels.scenario): \(applied.name)\n" }
        out += "\n"
        var grid = TextGrid()
        grid.rows.append([locale.labels.line] + layout.years.map(String.init))
        grid.rulesAfter.insert(0)
        for row in layout.rows {
            let indent: String
            switch row.kind {
            case .solution: indent = ""
            case .line, .subtotal: indent = "  "
            default: indent = ""
            }
            let cells = row.kind == .solution ? [] : layout.years.map { TotalsLayout.text(row.cells[$0], style: style) }
            if row.kind == .sum { grid.rulesAfter.insert(grid.rows.count - 1) }
            grid.rows.append([indent + row.label] + cells)
        }
        out += grid.render()
        let notes = Footnotes.lines(applied: applied, locale: locale)
        if !notes.isEmpty { out += "\n" + notes.joined(separator: "\n") + "\n" }
        for w in applied.notices { out += locale.warning(w) + "\n" }
        return out
    }

    func markdown(_ applied: AppliedScenario, totals: Totals) -> String {
        let style = locale.numbers
        let layout = TotalsLayout(applied: applied, totals: totals, labels: locale.labels)
        let meta = applied.table.metadata
        var out = "## \(meta.title) (\(meta.unit))\n\n"
        if let source = Footnotes.source(meta, locale: locale) { out += source + "\n\n" }
        out += "| \(locale.labels.line) | " + layout.years.map(String.init).joined(separator: " | ") + " |\n"
        out += "|---|" + layout.years.map { _ in "---:" }.joined(separator: "|") + "|\n"
        for row in layout.rows {
            let label: String
            switch row.kind {
            case .solution: label = "**\(Markdown.escape(row.label))**"
            case .line: label = Markdown.escape(row.label)
            default: label = "**\(Markdown.escape(row.label))**"
            }
            let cells = layout.years.map { Markdown.escape(TotalsLayout.text(row.cells[$0], style: style)) }
            out += "| \(label) | " + cells.joined(separator: " | ") + " |\n"
        }
        let notes = Footnotes.lines(applied: applied, locale: locale)
        if !notes.isEmpty { out += "\n" + notes.map { "- " + Markdown.escape($0) }.joined(separator: "\n") + "\n" }
        for w in applied.notices { out += "\n> " + Markdown.escape(locale.warning(w)) + "\n" }
        return out
    }

    func csv(_ applied: AppliedScenario, totals: Totals, payers: PayerAllocation? = nil) -> String {
        let layout = TotalsLayout(applied: applied, totals: totals, labels: locale.labels)
        var writer = CSVWriter(dialect: csvDialect)
        writer.row([TableLayout.kindHeader, TableLayout.idHeader] + TableLayout.labelHeaders
            + layout.years.flatMap { ["\($0)", "\($0)\(TableLayout.internalSuffix)", "\($0)\(TableLayout.conditionsSuffix)"] })
        for row in layout.rows where row.kind != .solution {
            var fields = [row.kind.machine.rawValue, row.id, row.solution, row.initiative, row.part]
            for year in layout.years {
                if let cell = row.cells[year] {
                    fields += [writer.number(cell.amount), cell.isInternal ? "true" : "false", cell.marks]
                } else {
                    fields += ["", "", ""]
                }
            }
            writer.row(fields)
        }
        for row in TableMetaRows.rows(applied) { writer.row(row) }
        if let payers { PayerRenderer(locale: locale).csvRows(payers, into: &writer, years: layout.years) }
        return writer.output
    }
}

/// The formats every table-producing command offers.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, csv, json
}
