import DFCostModel

extension ReportRenderer {
    /// The HTML report's content (what its `<main>` holds: the table, the charts, the other
    /// sections, the simulation) for a page that frames it with its own header and forms
    /// (`dfcost serve`). The same sections as ``render(_:format:)`` writes, with the tables
    /// annotated for programs (``HTMLWriter/annotated``).
    public func servedContent(_ report: Report) -> String {
        HTMLReport(locale: locale).content(report, writer: HTMLWriter(annotated: true))
    }

    /// The style sheet of the HTML report, for a page that shows its content.
    public static var htmlStyle: String { HTMLReport.css }
}

extension HTMLWriter {
    /// A document's sections, annotated as ``annotated`` says, for a page that frames them (a
    /// served comparison): the same sections as ``write(_:)`` writes.
    public func servedSections(_ document: Document) -> String {
        sections(document.sections, cells: .people(document.language))
    }
}
