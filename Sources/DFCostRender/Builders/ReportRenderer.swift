import DFCostModel

/// Renders a ``Report`` in the format asked for: the ``ReportBuilder`` document and the simulation
/// renderer for the text formats, ``HTMLReport`` for the page and ``ReportCSV`` for the sheet.
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

    /// The rendered report (empty for xlsx, which DFCostWorkbook writes).
    public func render(_ report: Report, format: OutputFormat) -> String {
        switch format {
        case .html:
            return HTMLReport(locale: locale).render(report)
        case .csv:
            return ReportCSV(locale: locale, dialect: csvDialect).render(report)
        case .json:
            return JSONValueEncoder.render(ReportDocument(report))
        case .xlsx:
            return ""
        default:
            // Text, markdown and any new format: the report's document, then the simulation's.
            var out = DocumentWriter(csvDialect: csvDialect).write(ReportBuilder(language: locale).document(report), format: format) ?? ""
            if let sim = report.simulation {
                let part = Document(language: locale, sections: SimulationBuilder(language: locale).reportSummary(sim))
                out += "\n" + (DocumentWriter(csvDialect: csvDialect).write(part, format: format) ?? "")
            }
            return out
        }
    }
}
