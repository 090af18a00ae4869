import DFCostTestSupport
import Foundation
import Testing

/// `dfcost totals` of the published table in every format, byte for byte against the renderer's
/// golden files in Tests/DFCostRenderTests/Goldens/RendererGoldenTests (the command prints exactly
/// what the renderer renders, so one copy serves both). Run with DFCOST_RECORD=1 to (re)write them, then read the
/// diff before committing.
@Suite struct GoldenTests {
    static let formats: [(format: String, file: String)] = [
        ("text", "totals.txt"), ("markdown", "totals.md"), ("csv", "totals-excel.csv"), ("json", "totals.json"),
    ]

    static var recording: Bool { Snapshot.recording }

    @Test(arguments: formats)
    func totalsOfThePublishedTableMatchTheGoldenFile(format: String, file: String) throws {
        let result = try CLI.run(["totals", CLI.published, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.assertMatches(result.stdoutBytes, file: CLI.totalsGoldens.appendingPathComponent(file))
    }

    @Test(.enabled(if: !GoldenTests.recording))
    func goldenFilesCarryThePublishedSums() throws {
        let text = try String(contentsOf: CLI.totalsGoldens.appendingPathComponent("totals.txt"), encoding: .utf8)
        #expect(row("Sum", in: text) == ["93", "21,5", "12"])
        #expect(row("Sum, avrundet", in: text) == ["93", "22", "12"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.totalsGoldens.appendingPathComponent("totals.json")))
        #expect((json as? [String: Any])?["totals"] as? [String: String] == ["2024": "93", "2025": "21.5", "2026": "12"])
    }
}
