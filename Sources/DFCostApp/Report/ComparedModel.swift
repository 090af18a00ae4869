/// A scenario a report compares with whose analysis model differs from the simulated scenario's:
/// the report's simulation is of its scenario only, so its P50 and P85 say nothing of this one.
/// The report says so beside the simulation.
public struct ComparedModel: Sendable, Hashable {
    /// The compared scenario's name.
    public var scenario: String
    /// True when nothing in it is uncertain (its P50 and P85 would be its basiskostnad).
    public var nothingUncertain: Bool

    public init(scenario: String, nothingUncertain: Bool) {
        self.scenario = scenario
        self.nothingUncertain = nothingUncertain
    }
}
