/// Every format dfcost writes. Each command offers the ones it can write (``OutputFormat/textFormats``
/// for most; `html` for the report; `xlsx`, a workbook written by DFCostWorkbook, for totals,
/// compare and report).
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, csv, json, html, xlsx

    /// The formats of the commands that write tables: text, markdown, CSV and JSON.
    public static let textFormats: [OutputFormat] = [.text, .markdown, .csv, .json]
}
