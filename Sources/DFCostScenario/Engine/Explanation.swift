import DFCostModel

/// The provenance of a total: every cell that enters it, where it was written, and each
/// operation applied to it in order; and the cells of that year set aside from it.
public struct Explanation: Sendable, Hashable {
    public struct Contribution: Sendable, Hashable {
        public var lineID: String
        public var solution: String
        public var label: String
        public var cell: Cell
    }

    /// Why a cell of the year does not count.
    public enum Cause: Sendable, Hashable {
        /// Covered internally by the initiative's owner: shown in parentheses, never summed.
        case `internal`
        /// Moved to another year by the step (an operation or a condition).
        case moved(toYear: Int, step: CellReason)
        /// Set aside by the engine (a condition set to none, a removal, a horizon).
        case setAside(SetAsideReason)
    }

    /// A cell of the year that does not count, and why.
    public struct NotCounted: Sendable, Hashable {
        public var lineID: String
        /// The line's display name ("Program Pasientens legemiddelliste / FM"), as for a contribution.
        public var label: String
        public var solution: String
        public var cell: Cell
        public var cause: Cause
    }

    public var year: Int
    public var solution: String?
    /// The exact total of the contributions.
    public var total: ExactDecimal
    /// False for a year that is shown but not summed (its cells never reach the TBU totals).
    public var isSummedYear: Bool
    public var contributions: [Contribution]
    /// Cells of the year that do not count (internal, moved away, excluded by a condition or
    /// removal, beyond the horizon), each with its cause.
    public var notCounted: [NotCounted]

    /// Explains one summed year's total, optionally for one solution.
    public init(_ applied: AppliedScenario, year: Int, solution: String? = nil) throws(ScenarioError) {
        let table = applied.table
        guard table.years.contains(year) else {
            throw .badWhatIf(.year, subject: "\(year)", .notATableYear(span: ScenarioBuilder.span(table.years)))
        }
        if let solution, table.solution(solution) == nil {
            throw .badWhatIf(.solution, subject: nil, .unknownSolution(solution, suggestion: Suggestion.closest(to: solution, in: table.solutions.map(\.id))))
        }
        self.year = year
        self.solution = solution
        isSummedYear = table.summedYears.contains(year)
        var contributions: [Contribution] = []
        var notCounted: [NotCounted] = []
        for line in table.lines where solution == nil || line.solution == solution {
            for moved in line.cells where moved.year != year
                && moved.history.contains(where: { $0.fromYear == year && $0.toYear != year }) {
                let step = moved.history.first { $0.fromYear == year && $0.toYear != year }!
                notCounted.append(NotCounted(lineID: line.id, label: line.label, solution: line.solution, cell: moved,
                                             cause: .moved(toYear: moved.year, step: step.reason)))
            }
            guard let cell = line.cell(in: year) else { continue }
            if cell.isCounted {
                contributions.append(Contribution(lineID: line.id, solution: line.solution, label: line.label, cell: cell))
            } else {
                notCounted.append(NotCounted(lineID: line.id, label: line.label, solution: line.solution, cell: cell, cause: .internal))
            }
        }
        for aside in applied.excluded + applied.beyondHorizon where solution == nil || aside.solution == solution {
            if aside.cell.year == year || aside.cell.history.first?.fromYear == year {
                notCounted.append(NotCounted(lineID: aside.lineID, label: aside.label, solution: aside.solution, cell: aside.cell, cause: .setAside(aside.reason)))
            }
        }
        self.contributions = contributions
        self.notCounted = notCounted
        do {
            total = try contributions.map(\.cell.amount).exactSum()
        } catch {
            throw .operation(nil, .arithmetic(error))
        }
    }
}
