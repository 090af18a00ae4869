import DFCostModel
import DFCostScenario

/// Renders `dfcost explain`: JSON from the explanations, the other formats from the one
/// ``ExplanationBuilder`` document (a record per year; CSV one table).
public struct ExplanationRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    /// One explanation (one year) as a document of its own.
    public func render(_ e: Explanation, scenario: String, format: OutputFormat) -> String {
        render([e], scenario: scenario, format: format)
    }

    /// Several years as one document: JSON from the explanations, every other format from the
    /// ``ExplanationBuilder`` document (empty for xlsx).
    public func render(_ explanations: [Explanation], scenario: String, format: OutputFormat) -> String {
        if format == .json {
            return JSONValue.object([("scenario", .string(scenario)), ("explanations", .array(explanations.map { json($0) }))]).render()
        }
        return DocumentWriter(csvDialect: csvDialect).write(ExplanationBuilder(language: locale).document(explanations, scenario: scenario), format: format) ?? ""
    }

    func reason(_ cause: Explanation.Cause) -> String { ExplanationBuilder(language: locale).reason(cause) }

    // MARK: - JSON

    func json(_ e: Explanation) -> JSONValue {
        .object([
            ("year", .number("\(e.year)")),
            ("solution", e.solution.map { .string($0) } ?? .null), ("total", .string(e.total.description)), ("summed_year", .bool(e.isSummedYear)),
            ("contributions", .array(e.contributions.map { c in
                .object([
                    ("line", .string(c.lineID)), ("solution", .string(c.solution)), ("amount", .string(c.cell.amount.description)),
                    ("origin", c.cell.origin.map { .string($0.description) } ?? .null),
                    ("history", history(c.cell)),
                ])
            })),
            ("not_counted", .array(e.notCounted.map { a in
                .object([("line", .string(a.lineID)), ("solution", .string(a.solution)), ("year", .number("\(a.cell.year)")),
                         ("amount", .string(a.cell.amount.description)), ("reason", .string(reason(a.cause))),
                         ("origin", a.cell.origin.map { .string($0.description) } ?? .null),
                         ("history", history(a.cell))])
            })),
        ])
    }

    /// A cell's steps, in the order of evaluation.
    func history(_ cell: Cell) -> JSONValue {
        .array(cell.history.map { s in
            .object([("operation", .string(ReasonLabels.machine.text(s.reason))), ("origin", s.origin.map { .string($0.description) } ?? .null),
                     ("from_year", .number("\(s.fromYear)")), ("from", .string(s.fromAmount.description)),
                     ("to_year", .number("\(s.toYear)")), ("to", .string(s.toAmount.description))])
        })
    }
}
