import DFCostModel

/// Renders a ``Report`` in the format asked for, reusing the totals, comparison and simulation
/// renderers for the text formats, ``HTMLReport`` for the page and ``ReportCSV`` for the sheet.
public struct ReportRenderer: Sendable {
    /// Language and number style of the human formats.
    public var locale: Language
    /// Dialect of the CSV format.
    public var csvDialect: CSVDialect

    /// A renderer in Norwegian and Excel CSV unless told otherwise.
    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    /// The rendered report.
    /// The rendered report (empty for xlsx, which DFCostWorkbook writes).
    public func render(_ report: Report, format: OutputFormat) -> String {
        let comparison = ComparisonRenderer(locale: locale, csvDialect: csvDialect, sources: report.comparisonSources)
        let simulation = SimulationRenderer(locale: locale, csvDialect: csvDialect)
        let labels = locale.report
        switch format {
        case .html:
            return HTMLReport(locale: locale).render(report)
        case .text, .markdown:
            let markdown = format == .markdown
            let outputFormat: OutputFormat = markdown ? .markdown : .text
            func heading(_ s: String) -> String { markdown ? "\n## \(s)\n\n" : "\n\(s)\n\(String(repeating: "=", count: s.count))\n\n" }
            var out = DocumentWriter(csvDialect: csvDialect).write(ReportBuilder(language: locale).document(report), format: outputFormat) ?? ""
            if let rounds = report.rounds {
                out += heading(labels.comparison) + ComparisonRenderer(locale: locale, csvDialect: csvDialect).render(rounds, format: outputFormat)
            } else if !report.comparisons.isEmpty {
                out += heading(labels.comparison) + comparison.render(report.comparisons, format: outputFormat)
            }
            if let sim = report.simulation {
                out += heading(labels.simulation) + simulation.render(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, format: outputFormat)
            }
            return out
        case .csv:
            return ReportCSV(locale: locale, dialect: csvDialect).render(report)
        case .json:
            return JSONValueEncoder.render(ReportDocument(report))
        case .xlsx:
            return ""
        }
    }
}
