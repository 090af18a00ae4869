import Foundation
import Testing

/// A workbook dfcost wrote, imported and written again: the notes, the summed years and the
/// totals stay as the scenario file has them, round after round, with no warning.
@Suite struct WorkbookRoundTripNotesTests {
    /// The totals text from the header row on (the title block names the file it was read from).
    static func table(_ stdout: String) -> [Substring] { Array(stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3)) }

    static func notes(_ toml: String) -> [Substring] {
        let lines = toml.split(separator: "\n")
        guard let start = lines.firstIndex(of: "notes = [") else { return [] }
        return Array(lines[(start + 1)...].prefix { $0 != "]" })
    }

    @Test(arguments: ["totals", "report"])
    func twoRoundTripsThroughAWorkbookKeepTheNotesAndSummedYearsWithoutWarnings(_ command: String) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let original = try CLI.run(["totals", CLI.published])
        let published = try String(contentsOfFile: CLI.published, encoding: .utf8)
        #expect(Self.notes(published).count == 2)
        var source = CLI.published
        for round in 1...2 {
            let xlsx = work.url.appendingPathComponent("\(round).xlsx").path, toml = work.url.appendingPathComponent("\(round).toml").path
            #expect(try CLI.run([command, source, "--format", "xlsx", "-o", xlsx]).status == 0)
            let imported = try CLI.run(["import", "--strict", xlsx, "-o", toml])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(!imported.stderr.contains("advarsel"), "\(imported.stderr)")
            let text = try String(contentsOfFile: toml, encoding: .utf8)
            #expect(Self.notes(text) == Self.notes(published), "round \(round): \(text)")
            #expect(text.contains("summed_years = [2024, 2025, 2026]"))
            let totals = try CLI.run(["totals", toml])
            #expect(Self.table(totals.stdout) == Self.table(original.stdout), "round \(round): \(totals.stdout)")
            source = toml
        }
    }
}
