/// The writer of each text format over a ``Document``: the one place a new text format is added.
public struct DocumentWriter: Sendable {
    public var csvDialect: CSVDialect

    public init(csvDialect: CSVDialect = .excel) { self.csvDialect = csvDialect }

    /// The document in `format`; nil for the formats not written from a document (JSON,
    /// which comes from the results' own types, and the xlsx workbook of DFCostWorkbook).
    public func write(_ document: Document, format: OutputFormat) -> String? {
        switch format {
        case .text: TextWriter().write(document)
        case .markdown: MarkdownWriter().write(document)
        case .csv:
            switch document.csvLayout {
            case .sheet: SheetCSVWriter(dialect: csvDialect).write(document)
            case .tableLayout: TableLayoutCSVWriter(dialect: csvDialect).write(document)
            case .records: RecordsCSVWriter(dialect: csvDialect).write(document)
            }
        case .html: HTMLWriter().write(document)
        case .json, .xlsx: nil
        }
    }
}
