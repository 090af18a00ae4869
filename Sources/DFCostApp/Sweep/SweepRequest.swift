import DFCostScenario

/// Everything `sweep` (or a notebook, or a server) asks: a scenario, the parameters varied over it
/// (the first varies slowest), and what-ifs applied before any of them.
///
/// ``run()`` prepares the ``Sweep``, whose combinations a writer then streams.
public struct SweepRequest: Sendable {
    /// The base scenario.
    public var scenario: Scenario
    /// The varied parameters; at least one.
    public var parameters: [SweepParameter]
    /// What-ifs applied before any parameter varies.
    public var whatIfs: ApplyOptions

    public init(scenario: Scenario, parameters: [SweepParameter], whatIfs: ApplyOptions = ApplyOptions()) {
        self.scenario = scenario
        self.parameters = parameters
        self.whatIfs = whatIfs
    }

    /// Prepares the sweep: every line's totals for each combination of the parameters touching it.
    /// - Throws: ``ScenarioError`` for parameters the scenario cannot take, too many combinations,
    ///   or a combination the engine refuses.
    public func run() throws(ScenarioError) -> Sweep {
        try Sweep(scenario: scenario, parameters: parameters, options: whatIfs)
    }
}
