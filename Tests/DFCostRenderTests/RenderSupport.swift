import DFCostModel
import DFCostScenario
import DFCostTestSupport
import Foundation
import Testing

/// Paths and golden-file helpers of the renderer tests.
enum RenderSupport {
    /// The package root.
    static let root = PackageRoot.url
    static var recording: Bool { Snapshot.recording }

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Makes the package root the working directory (once; every test wants the same) and returns
    /// `relative`, so origins in the output read "Scenarios/...:21:9" wherever the tree lives.
    static func inRoot(_ relative: String) -> String {
        _ = enterRoot
        return relative
    }

    private static let enterRoot: Bool = FileManager.default.changeCurrentDirectoryPath(root.path)
    static var published: String { path("Scenarios/published/ehelseportefolje-2023-10.toml") }
    static var workload: String { inRoot("Scenarios/bench/standard-workload.toml") }

    /// A scenario loaded by its path relative to the package root, applied, with its totals.
    /// Names are the files' stems, so snapshots do not depend on where the tree lives.
    static func applied(_ relative: String) throws -> (Scenario, AppliedScenario, Totals) {
        let scenario = try ScenarioLoader.load(path: inRoot(relative))
        let applied = try scenario.apply()
        return (scenario, applied, try applied.totals())
    }

    /// Compares `text` with the golden file `name` of the calling test file (in
    /// Goldens/<test file's name>/, see ``Snapshot/goldens(of:)``), or writes it when recording
    /// (and fails: see ``Snapshot``).
    static func assertSnapshot(_ text: String, named name: String, relativeTolerance: Double? = nil,
                               filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.assertMatches(text, file: Snapshot.goldens(of: filePath).appendingPathComponent(name),
                                   relativeTolerance: relativeTolerance, sourceLocation: sourceLocation)
    }
}

/// The shared temporary folder (Tests/DFCostTestSupport), by the name this target's tests use.
typealias TemporaryFolder = DFCostTestSupport.TemporaryFolder
