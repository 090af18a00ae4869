/// `simulate A --compare B --format json`: both runs and their paired difference, each a
/// ``SimulationDocument`` (docs/simulate.schema.json `comparison`).
public struct SimulationComparisonDocument: Encodable, Sendable {
    public var kind = "comparison"
    public var base: SimulationDocument
    public var other: SimulationDocument
    public var difference: SimulationDocument

    /// Both runs and their paired difference OTHER − BASE.
    public init(base: SimulationDocument, other: SimulationDocument, difference: SimulationDocument) {
        self.base = base
        self.other = other
        self.difference = difference
    }
}
