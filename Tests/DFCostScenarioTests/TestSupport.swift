import DFCostModel
import DFCostScenario
import DFCostTestSupport
import Foundation
import Testing

/// Where the test inputs are.
enum Paths {
    /// The package root.
    static let root = PackageRoot.url

    /// The published October 2023 table, read where it lives in the repository.
    static var published: String { PackageRoot.path(PackageRoot.published) }

    /// An example scenario in Scenarios/.
    static func example(_ name: String) -> String {
        root.appendingPathComponent("Scenarios/\(name)").path
    }

    /// A file under the bundled Fixtures folder.
    static func fixture(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent(name)
        #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
        return url.path
    }
}

/// Shorthand for a decimal written as text.
func dec(_ text: String) -> ExactDecimal {
    guard let value = ExactDecimal(text) else {
        Issue.record("'\(text)' did not parse")
        return .zero
    }
    return value
}

/// Year -> amount, from text, for comparing totals.
func years(_ pairs: KeyValuePairs<Int, String>) -> [Int: ExactDecimal] {
    var out: [Int: ExactDecimal] = [:]
    for (y, v) in pairs { out[y] = dec(v) }
    return out
}

/// The shared temporary folder (Tests/DFCostTestSupport), by the name this target's tests use.
typealias TemporaryFolder = DFCostTestSupport.TemporaryFolder

/// Loads a scenario file, returning the error it throws (nil when it loads).
func loadError(_ path: String) -> ScenarioError? {
    do {
        _ = try ScenarioLoader.load(path: path)
        return nil
    } catch {
        return error
    }
}

/// Loads and applies, returning the error thrown by either step (nil on success).
func applyError(_ path: String, _ options: ApplyOptions = ApplyOptions()) -> ScenarioError? {
    do {
        _ = try ScenarioLoader.load(path: path).apply(options)
        return nil
    } catch {
        return error
    }
}

/// The applied published table with command-line what-ifs.
func published(_ options: ApplyOptions = ApplyOptions()) throws -> AppliedScenario {
    try ScenarioLoader.load(path: Paths.published).apply(options)
}

/// Applies a scenario written on top of the Fixtures/base.toml test table (see its totals there).
/// The text is what follows `version` and `extends`.
func overBase(_ body: String, options: ApplyOptions = ApplyOptions()) throws -> AppliedScenario {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("derived.toml", "version = 1\nextends = \"\(try Paths.fixture("base.toml"))\"\n\(body)")
    return try ScenarioLoader.load(path: path).apply(options)
}

/// The error that loading or applying a scenario over the base throws, with the derived file's path.
func errorOverBase(_ body: String, options: ApplyOptions = ApplyOptions()) throws -> (ScenarioError?, String) {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("derived.toml", "version = 1\nextends = \"\(try Paths.fixture("base.toml"))\"\n\(body)")
    return (applyError(path, options), path)
}

extension AppliedScenario {
    /// The line with an id.
    func line(_ id: String) -> CostLine? {
        table.lines.first { $0.id == id }
    }

    /// The amount of a line's cell.
    func amount(_ id: String, _ year: Int) -> ExactDecimal? {
        line(id)?.cell(in: year)?.amount
    }
}
