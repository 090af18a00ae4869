import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// Paths and golden-file helpers of the renderer tests.
enum RenderSupport {
    /// The package root, from this file (Tests/DFCostRenderTests/RenderSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The snapshots in the source tree, so that DFCOST_RECORD=1 rewrites what is committed.
    static let snapshots = root.appendingPathComponent("Tests/DFCostRenderTests/Snapshots")
    static var recording: Bool { ProcessInfo.processInfo.environment["DFCOST_RECORD"] == "1" }

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

    /// Compares `text` with the snapshot `name`, or writes it when recording.
    static func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = snapshots.appendingPathComponent(name)
        let bytes = Data(text.utf8)
        if recording {
            try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
            try bytes.write(to: url)
            // Recording is never a pass: the new file must be read and committed, then the test run again.
            Issue.record("recorded \(name) (DFCOST_RECORD=1); read the diff, then run the tests again without it",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing snapshot \(name); run with DFCOST_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        guard bytes != expected else { return }
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
        let detail = first.map { "line \($0.offset + 1): got '\($0.element.0)', snapshot '\($0.element.1)'" }
            ?? "lengths differ: \(got.count) lines, snapshot \(want.count)"
        Issue.record("\(name) differs from its snapshot (\(detail)); DFCOST_RECORD=1 rewrites it", sourceLocation: sourceLocation)
    }
}
