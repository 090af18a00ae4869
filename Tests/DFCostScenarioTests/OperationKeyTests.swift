import DFCostScenario
import Testing

/// Every key of an `[[operations]]` entry is read as its own operation (none falls through to
/// another, `horizon` included).
@Suite struct OperationKeyTests {
    static let entries: [(key: String, toml: String)] = [
        ("scale", "scale = 1.5\nselect = { line = \"a1\" }"),
        ("shift", "shift = 1\nselect = { line = \"a1\" }"),
        ("set", "set = { 2024 = 4 }\nselect = { line = \"a1\" }"),
        ("add", "add = { id = \"n1\", solution = \"alpha\", initiative = \"Ny\", cells = { 2025 = 1 } }"),
        ("remove", "remove = true\nselect = { line = \"b1\" }"),
        ("index", "index = { base_year = 2023, rates = { 2024 = 0.03, 2025 = 0.03, 2026 = 0.03 } }"),
        ("horizon", "horizon = { years = [2023, 2024, 2025, 2026, 2027], summed_years = [2024, 2025, 2026, 2027] }"),
    ]

    static func key(of kind: Operation.Kind) -> String {
        switch kind {
        case .scale: "scale"
        case .shift: "shift"
        case .set: "set"
        case .add: "add"
        case .remove: "remove"
        case .index: "index"
        case .horizon: "horizon"
        }
    }

    @Test(arguments: entries)
    func eachOperationKeyIsReadAsItsOwnOperation(key: String, toml: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("s.toml", "version = 1\nextends = \"\(try Paths.fixture("base.toml"))\"\n[[operations]]\n\(toml)\n")
        let scenario = try ScenarioLoader.load(path: path)
        let operation = try #require(scenario.operations.last)
        #expect(Self.key(of: operation.kind) == key)
    }

    @Test func theHorizonIsReadWithItsYears() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("s.toml", "version = 1\nextends = \"\(try Paths.fixture("base.toml"))\"\n[[operations]]\n\(Self.entries[6].toml)\n")
        let operation = try #require(try ScenarioLoader.load(path: path).operations.last)
        #expect(operation.kind == .horizon(years: [2023, 2024, 2025, 2026, 2027], summedYears: [2024, 2025, 2026, 2027]))
        #expect(operation.label == "horizon 2023-2027 summed 2024-2027")
    }

    @Test func everyOperationKindHasAKey() {
        #expect(Set(Self.entries.map(\.key)).count == 7)
    }
}
