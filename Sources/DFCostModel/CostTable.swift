/// The D&F cost table that goes to the technical calculation committee (TBU):
/// lines of increases per year, grouped by solution.
public struct CostTable: Sendable, Hashable {
    /// Title, source and unit.
    public var metadata: TableMetadata
    /// The solutions, in display order.
    public var solutions: [Solution]
    /// The conditions cells may depend on.
    public var conditions: [ConditionDefinition]
    /// Every year shown, ascending.
    public var years: [Int]
    /// The years whose increases are summed (2024-2026 in the October 2023 table).
    public var summedYears: [Int]
    /// The lines, in display order within each solution.
    public var lines: [CostLine]
    /// The published sums, when the table is a published one.
    public var published: PublishedSums?

    public init(
        metadata: TableMetadata, solutions: [Solution], conditions: [ConditionDefinition] = [],
        years: [Int], summedYears: [Int], lines: [CostLine], published: PublishedSums? = nil
    ) {
        self.metadata = metadata
        self.solutions = solutions
        self.conditions = conditions
        self.years = years
        self.summedYears = summedYears
        self.lines = lines
        self.published = published
    }

    /// The solution with an id.
    public func solution(_ id: String) -> Solution? {
        solutions.first { $0.id == id }
    }

    /// The condition with an id.
    public func condition(_ id: String) -> ConditionDefinition? {
        conditions.first { $0.id == id }
    }

    /// The lines of one solution, in order.
    public func lines(of solution: String) -> [CostLine] {
        lines.filter { $0.solution == solution }
    }
}
