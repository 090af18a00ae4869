import DFCostModel
import DFCostScenario

/// Renders `dfcost explain`: JSON from the explanations, the other formats from the one
/// ``ExplanationBuilder`` document (a record per year; CSV one table).
public struct ExplanationRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect
    /// The table's conditions: each cell shows its condition's mark and state.
    public var conditions: [String: ExplanationBuilder.ConditionNote]

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel, conditions: [String: ExplanationBuilder.ConditionNote] = [:]) {
        self.locale = locale
        self.csvDialect = csvDialect
        self.conditions = conditions
    }

    /// One explanation (one year) as a document of its own.
    public func render(_ e: Explanation, scenario: String, format: OutputFormat) -> String {
        render([e], scenario: scenario, format: format)
    }

    /// Several years as one document: JSON from the explanations, every other format from the
    /// ``ExplanationBuilder`` document (empty for xlsx).
    public func render(_ explanations: [Explanation], scenario: String, format: OutputFormat) -> String {
        if format == .json {
            return JSONValueEncoder.render(ExplanationDocument(explanations, scenario: scenario, reason: reason))
        }
        return DocumentWriter(csvDialect: csvDialect).write(ExplanationBuilder(language: locale, conditions: conditions).document(explanations, scenario: scenario), format: format) ?? ""
    }

    func reason(_ cause: Explanation.Cause) -> String { ExplanationBuilder(language: locale).reason(cause) }
}
