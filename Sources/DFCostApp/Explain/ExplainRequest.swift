import DFCostScenario

/// Everything `explain` (or a notebook, or a server) asks: where a scenario's totals come from,
/// cell by cell, for one summed year or all of them, optionally for one solution.
public struct ExplainRequest: Sendable {
    /// The scenario explained.
    public var scenario: Scenario
    /// What-ifs applied to it first.
    public var whatIfs: ApplyOptions
    /// The year to explain; nil for every summed year.
    public var year: Int?
    /// The solution to restrict to; nil for every solution.
    public var solution: String?

    public init(scenario: Scenario, whatIfs: ApplyOptions = ApplyOptions(), year: Int? = nil, solution: String? = nil) {
        self.scenario = scenario
        self.whatIfs = whatIfs
        self.year = year
        self.solution = solution
    }

    /// Applies the scenario and explains each year asked for.
    /// - Throws: ``ScenarioError`` (a year the table does not sum, an unknown solution, the engine's errors).
    public func run() throws(ScenarioError) -> ExplainResult {
        let applied = try scenario.apply(whatIfs)
        let years = year.map { [$0] } ?? applied.table.summedYears
        var explanations: [Explanation] = []
        for year in years { explanations.append(try Explanation(applied, year: year, solution: solution)) }
        return ExplainResult(applied: applied, explanations: explanations)
    }
}

/// What an ``ExplainRequest`` produced: the applied scenario and one explanation per year.
public struct ExplainResult: Sendable {
    /// The scenario as applied.
    public var applied: AppliedScenario
    /// One explanation per year, in order.
    public var explanations: [Explanation]
    /// The engine's notices, for the front end to word and show.
    public var notices: [EngineWarning] { applied.notices }
}
