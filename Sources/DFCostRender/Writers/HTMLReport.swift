import DFCostEscaping
import DFCostModel

/// The report as one self-contained HTML page: no scripts, no external styles, fonts or images.
/// Charts are inline SVG, each with a title, a description and its data table beside it; the
/// page prints on A4.
struct HTMLReport {
    let locale: Language

    var labels: ReportLabels { locale.report }
    var style: NumberStyle { locale.numbers }

    func render(_ report: Report) -> String {
        let meta = report.applied.table.metadata
        var out = "<!DOCTYPE html>\n<html lang=\"\(locale.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(Escaper.html.escape(meta.title))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(Escaper.html.escape(meta.title))</h1>\n"
        if let source = Footnotes.source(meta, locale: locale) { out += "<p class=\"source\">\(Escaper.html.escape(source))</p>\n" }
        out += "<p class=\"meta\">\(Escaper.html.escape(labels.scenario)): \(Escaper.html.escape(report.applied.name)) · \(Escaper.html.escape(labels.unit)): \(Escaper.html.escape(meta.unit))</p>\n</header>\n"
        out += "<main>\n"
        out += content(report, writer: HTMLWriter())
        out += "</main>\n<footer><p>\(Escaper.html.escape(labels.generated))</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// What `<main>` holds: the table, its charts, the report's other sections and the
    /// simulation, each written by `writer` (annotated for a served page).
    func content(_ report: Report, writer: HTMLWriter) -> String {
        var out = totalsSection(report, writer: writer)
        out += totalsCharts(report)
        // The report's sections after the table (who pays, per initiative, the comparisons), as the builders made them.
        out += writer.sections(ReportBuilder(language: locale).document(report).sections.filter { $0.level != .title }, cells: .people(locale))
        if let sim = report.simulation {
            let builder = SimulationBuilder(language: locale)
            out += writer.section(builder.reportPage(sim), cells: .people(locale))
            out += writer.sections(builder.analysisSections(sim), cells: .people(locale))
        }
        return out
    }

    /// "2024–2026" or "2024".
    static func span(_ years: [Int]) -> String {
        guard let f = years.first, let l = years.last else { return "" }
        return f == l ? "\(f)" : "\(f)–\(l)"
    }

    /// The style sheet of every HTML page: a 1 280 px window and A4 paper (portrait; a table of
    /// many columns on a landscape page). Numbers and one-word cells never wrap, text wraps at
    /// spaces only; tables and charts are not split across pages, their header rows repeat.
    static let css = """
        @page { size: A4 portrait; margin: 14mm 12mm; }
        @page landscape { size: A4 landscape; margin: 14mm 12mm; }
        :root { color-scheme: light; }
        body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #222; background: #fff; max-width: 1120px; margin: 0 auto; padding: 16px 24px; font-size: 14px; line-height: 1.4; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 24px 0 8px; border-bottom: 2px solid #1f5f8b; padding-bottom: 2px; }
        h3 { font-size: 15px; margin: 16px 0 6px; }
        p.source, p.meta { margin: 2px 0; color: #555; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; max-width: 100%; }
        th, td { padding: 3px 8px; border-bottom: 1px solid #e3e3e3; vertical-align: top; overflow-wrap: normal; word-break: normal; hyphens: manual; }
        th { text-align: left; font-weight: 600; }
        .num, .word { white-space: nowrap; }
        .num { text-align: right; }
        td.text { min-width: 10em; }
        table.tbu { width: 100%; }
        table.tbu thead th { border-bottom: 2px solid #333; }
        tr.solution th { background: #eef3f7; }
        tr.line th { padding-left: 22px; font-weight: normal; }
        tr.subtotal th, tr.subtotal td { font-style: italic; padding-left: 22px; }
        tr.sum th, tr.sum td { font-weight: bold; border-top: 2px solid #333; }
        tr.sumRounded th, tr.sumRounded td, tr.cumulative th, tr.cumulative td { font-weight: 600; }
        ul.notes { padding-left: 18px; color: #333; font-size: 13px; }
        figure.chart { margin: 18px 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { margin-bottom: 6px; }
        figcaption span { display: block; color: #555; font-size: 13px; }
        .chart-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start; }
        .chart-body.stacked { grid-template-columns: minmax(0, 1fr); }
        .chart-body.stacked .plot { max-width: 760px; }
        .chart-body.stacked table.data { width: auto; min-width: 60%; }
        .chart-body svg { width: 100%; height: auto; display: block; }
        table.data { font-size: 12px; width: 100%; }
        table.data caption { text-align: left; font-size: 12px; color: #555; padding-bottom: 2px; }
        footer { margin-top: 24px; color: #777; font-size: 12px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          table.tbu { font-size: 9pt; }
          table.data { font-size: 8pt; }
          th, td { padding: 2px 5px; }
          thead { display: table-header-group; }
          tr, figure { break-inside: avoid; page-break-inside: avoid; }
          .landscape { page: landscape; }
          .chart-body { gap: 6mm; }
        }

        """
}
