import DFCostModel
import DFCostScenario

/// Writes comparisons in the format asked for: text, markdown and CSV by the document writers from
/// the documents of ``ComparisonBuilder`` (CSV from its records), JSON from the comparison models
/// (ComparisonRenderer+JSON.swift).
public struct ComparisonRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect
    /// Per comparison, in order, where its two scenarios came from. Used to tell two equal names
    /// apart in headers: the what-ifs applied to each side, then the file paths.
    public var sources: [ComparisonSources]
    /// The names of solutions by id (the base table's), shown in tables instead of the ids.
    public var solutionNames: [String: String]
    /// The names of lines by id, shown in tables instead of the ids.
    public var lineNames: LineNames

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel, sources: [ComparisonSources] = [],
                solutionNames: [String: String] = [:], lineNames: LineNames = LineNames()) {
        self.lineNames = lineNames
        self.locale = locale
        self.csvDialect = csvDialect
        self.sources = sources
        self.solutionNames = solutionNames
    }

    var builder: ComparisonBuilder { ComparisonBuilder(language: locale, sources: sources, solutionNames: solutionNames, lineNames: lineNames) }

    /// Comparisons of two scenarios of one table, the detailed view; empty for HTML and xlsx,
    /// which the report and the workbook write.
    /// - Parameter payerDeltas: per comparison, each payer's part in both scenarios (`--by payer`).
    public func render(_ comparisons: [ScenarioComparison], format: OutputFormat, payerDeltas: [[PayerDelta]]? = nil) -> String {
        switch format {
        case .json:
            return JSONValueEncoder.render(comparisons.enumerated().map { i, c in ScenarioComparisonDocument(c, payerDeltas: payerDeltas?[i]) })
        case .html, .xlsx:
            return ""
        default:
            // Every other format is the document's (a new one needs only its writer).
            let document = format == .csv ? builder.records(comparisons) : builder.document(comparisons, payerDeltas: payerDeltas)
            return DocumentWriter(csvDialect: csvDialect).write(document, format: format) ?? ""
        }
    }

    /// A comparison in columns; empty for HTML and xlsx.
    public func render(_ c: Comparison, format: OutputFormat) -> String {
        switch format {
        case .json: JSONValueEncoder.render(ComparisonDocument(c))
        case .html, .xlsx: ""
        default: DocumentWriter(csvDialect: csvDialect).write(format == .csv ? builder.records(c) : builder.document(c), format: format) ?? ""
        }
    }
}
