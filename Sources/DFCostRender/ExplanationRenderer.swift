import DFCostModel
import DFCostScenario

/// Renders `dfcost explain`: each contributing cell with its origin and history.
public struct ExplanationRenderer: Sendable {
    public var locale: Locale

    public init(locale: Locale = .nb) { self.locale = locale }

    public func render(_ e: Explanation, scenario: String, format: OutputFormat) -> String {
        switch format {
        case .json: json(e, scenario: scenario).render()
        default: text(e, scenario: scenario)
        }
    }

    func text(_ e: Explanation, scenario: String) -> String {
        let n = locale.numbers
        var out = "\(scenario): \(e.year)\(e.solution.map { " \($0)" } ?? "") = \(n.format(e.total)) MNOK\(e.isSummedYear ? "" : " (not a summed year: shown, never in the totals)")\n"
        for c in e.contributions {
            out += "  \(n.format(c.cell.amount).leftPadded(8))  \(c.lineID) (\(c.label))\n"
            out += steps(c.cell)
        }
        if !e.setAside.isEmpty {
            out += "  not counted:\n"
            for a in e.setAside {
                out += "  \(n.format(a.cell.amount).leftPadded(8))  \(a.lineID) \(a.cell.year): \(a.reason)\n"
                out += steps(a.cell)
            }
        }
        return out
    }

    /// Where a cell was written, then each step of the order of evaluation that changed it.
    func steps(_ cell: Cell) -> String {
        let n = locale.numbers
        var out = "            written at \(cell.origin?.description ?? "(command line)")\n"
        for step in cell.history {
            let from = step.fromYear == step.toYear ? n.format(step.fromAmount) : "\(step.fromYear) \(n.format(step.fromAmount))"
            let to = step.fromYear == step.toYear ? n.format(step.toAmount) : "\(step.toYear) \(n.format(step.toAmount))"
            out += "            \(step.operation): \(from) -> \(to) (\(step.origin?.description ?? "command line"))\n"
        }
        return out
    }

    func json(_ e: Explanation, scenario: String) -> JSONValue {
        .object([
            ("scenario", .string(scenario)), ("year", .number("\(e.year)")),
            ("solution", e.solution.map { .string($0) } ?? .null), ("total", .string(e.total.description)), ("summed_year", .bool(e.isSummedYear)),
            ("contributions", .array(e.contributions.map { c in
                .object([
                    ("line", .string(c.lineID)), ("solution", .string(c.solution)), ("amount", .string(c.cell.amount.description)),
                    ("origin", c.cell.origin.map { .string($0.description) } ?? .null),
                    ("history", history(c.cell)),
                ])
            })),
            ("not_counted", .array(e.setAside.map { a in
                .object([("line", .string(a.lineID)), ("year", .number("\(a.cell.year)")),
                         ("amount", .string(a.cell.amount.description)), ("reason", .string(a.reason)),
                         ("origin", a.cell.origin.map { .string($0.description) } ?? .null),
                         ("history", history(a.cell))])
            })),
        ])
    }
}

extension ExplanationRenderer {
    /// A cell's steps, in the order of evaluation.
    func history(_ cell: Cell) -> JSONValue {
        .array(cell.history.map { s in
            .object([("operation", .string(s.operation)), ("origin", s.origin.map { .string($0.description) } ?? .null),
                     ("from_year", .number("\(s.fromYear)")), ("from", .string(s.fromAmount.description)),
                     ("to_year", .number("\(s.toYear)")), ("to", .string(s.toAmount.description))])
        })
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
