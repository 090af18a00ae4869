import Foundation
import Testing

/// `dfcost totals` of the published table in every format, byte for byte against the files in
/// Tests/DFCostCLITests/Fixtures/golden. Run with DFCOST_RECORD=1 to (re)write them, then read
/// the diff before committing.
@Suite struct GoldenTests {
    static let formats: [(format: String, file: String)] = [
        ("text", "totals.txt"), ("markdown", "totals.md"), ("csv", "totals.csv"), ("json", "totals.json"),
    ]

    static var recording: Bool { ProcessInfo.processInfo.environment["DFCOST_RECORD"] == "1" }

    @Test(arguments: formats)
    func totalsOfThePublishedTableMatchTheGoldenFile(format: String, file: String) throws {
        let result = try CLI.run(["totals", CLI.published, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = CLI.golden.appendingPathComponent(file)
        if Self.recording {
            try FileManager.default.createDirectory(at: CLI.golden, withIntermediateDirectories: true)
            try result.stdoutBytes.write(to: golden)
            Issue.record("recorded \(file) (DFCOST_RECORD=1); read the diff, then run the tests again without it")
            return
        }
        let expected = try #require(try? Data(contentsOf: golden), "missing \(file); run with DFCOST_RECORD=1 to record it")
        if result.stdoutBytes != expected {
            let got = String(decoding: result.stdoutBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = first.map { "line \($0.offset + 1): got '\($0.element.0)', golden '\($0.element.1)'" }
                ?? "lengths differ: \(got.count) lines, golden \(want.count)"
            Issue.record("\(file) differs from the golden file (\(detail)); DFCOST_RECORD=1 rewrites it")
        }
    }

    @Test(.enabled(if: !GoldenTests.recording))
    func goldenFilesCarryThePublishedSums() throws {
        let text = try String(contentsOf: CLI.golden.appendingPathComponent("totals.txt"), encoding: .utf8)
        #expect(row("Sum", in: text) == ["93", "21,5", "12"])
        #expect(row("Sum, avrundet", in: text) == ["93", "22", "12"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.golden.appendingPathComponent("totals.json")))
        #expect((json as? [String: Any])?["totals"] as? [String: String] == ["2024": "93", "2025": "21.5", "2026": "12"])
    }
}
