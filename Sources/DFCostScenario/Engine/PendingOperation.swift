/// An operation written before the scenario it applies to is known: a line added or a cell
/// set, whose cells need the scenario's years and condition marks. A front end's notation makes
/// it (`--add`, `--set`); ``ApplyOptions/resolved(for:)`` turns it into an ``Operation`` for each
/// scenario it is applied to.
public struct PendingOperation: Sendable, Hashable, CustomStringConvertible {
    /// The operation as written, for headers that list the what-ifs applied; also its identity.
    public var text: String
    private let make: @Sendable (Scenario) throws(ScenarioError) -> Operation

    /// An operation written as `text`, made for a scenario by `make`.
    public init(_ text: String, make: @escaping @Sendable (Scenario) throws(ScenarioError) -> Operation) {
        self.text = text
        self.make = make
    }

    /// The operation for `scenario`.
    /// - Throws: ``ScenarioError/badWhatIf(_:subject:_:)`` for a cell or line that does not fit it.
    public func operation(for scenario: Scenario) throws(ScenarioError) -> Operation { try make(scenario) }

    public var description: String { text }

    public static func == (a: PendingOperation, b: PendingOperation) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
