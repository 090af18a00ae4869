import DFCostModel
import DFCostScenario

/// `dfcost explain --format json` (docs/explain.schema.json): for each year explained, the cells
/// that make its total, each with where it was written and every step that changed it, and the
/// cells that do not count. Members in the order the schema lists them.
public struct ExplanationDocument: Encodable, Sendable {
    public var scenario: String
    public var explanations: [Year]

    /// One year's total and the cells behind it.
    public struct Year: Encodable, Sendable {
        public var year: Int
        /// The solution asked for, else null.
        @JSONNullable public var solution: String?
        public var total: JSONDecimal
        public var summedYear: Bool
        public var contributions: [Contribution]
        public var notCounted: [NotCounted]
    }

    /// A cell that counts.
    public struct Contribution: Encodable, Sendable {
        public var line: String
        public var solution: String
        public var amount: JSONDecimal
        @JSONNullable public var origin: String?
        public var history: [Step]
    }

    /// A cell of the year that does not count, and why.
    public struct NotCounted: Encodable, Sendable {
        public var line: String
        public var solution: String
        public var year: Int
        public var amount: JSONDecimal
        public var reason: String
        @JSONNullable public var origin: String?
        public var history: [Step]
    }

    /// One step of the order of evaluation that changed a cell.
    public struct Step: Encodable, Sendable {
        public var operation: String
        @JSONNullable public var origin: String?
        public var fromYear: Int
        public var from: JSONDecimal
        public var toYear: Int
        public var to: JSONDecimal
    }

    /// - Parameter reason: why a cell does not count, in the words the document is written in.
    public init(_ explanations: [Explanation], scenario: String, reason: (Explanation.Cause) -> String) {
        self.scenario = scenario
        self.explanations = explanations.map { e in
            Year(year: e.year, solution: e.solution, total: JSONDecimal(e.total), summedYear: e.isSummedYear,
                 contributions: e.contributions.map { c in
                     Contribution(line: c.lineID, solution: c.solution, amount: JSONDecimal(c.cell.amount),
                                  origin: c.cell.origin?.description, history: Self.history(c.cell))
                 },
                 notCounted: e.notCounted.map { a in
                     NotCounted(line: a.lineID, solution: a.solution, year: a.cell.year, amount: JSONDecimal(a.cell.amount),
                                reason: reason(a.cause), origin: a.cell.origin?.description, history: Self.history(a.cell))
                 })
        }
    }

    /// A cell's steps, in the order of evaluation.
    static func history(_ cell: Cell) -> [Step] {
        cell.history.map { s in
            Step(operation: ReasonLabels.machine.text(s.reason), origin: s.origin?.description, fromYear: s.fromYear,
                 from: JSONDecimal(s.fromAmount), toYear: s.toYear, to: JSONDecimal(s.toAmount))
        }
    }
}
