import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// `[baseline]`: the existing D&F level per solution and year, with its required source.
@Suite struct BaselineTests {
    /// A file extending the published table with `body` after `[baseline]`'s header.
    func file(_ body: String) throws -> (TemporaryFolder, String) {
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("b.toml").path
        try "version = 1\nextends = \"\(Paths.published)\"\n[baseline]\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        return (dir, path)
    }

    func error(_ body: String) throws -> String {
        let (dir, path) = try file(body)
        defer { dir.remove() }
        return loadError(path).map { "\($0)" } ?? "no error"
    }

    @Test func aBaselineIsReadPerSolutionAndYearWithItsSource() throws {
        let (dir, path) = try file("""
            source = "Budsjett 2024, side 12"
            e-resept = { 2024 = 120.5, 2025 = 121, 2026 = 0 }
            helsenorge = { 2026 = 150, 2024 = 140, 2025 = 145 }
            """)
        defer { dir.remove() }
        let baseline = try #require(try ScenarioLoader.load(path: path).baseline)
        #expect(baseline.source == "Budsjett 2024, side 12")
        #expect(baseline.entries.map(\.solution) == ["e-resept", "helsenorge"])
        #expect(baseline.entries[0].levels == years([2024: "120.5", 2025: "121", 2026: "0"]))
        #expect(baseline.entries[1].levels == years([2024: "140", 2025: "145", 2026: "150"]))
        #expect(baseline.entries[0].origin?.line == 5)
    }

    @Test func aFileWithoutBaselineHasNoneAndAnEmptyOneIsEmpty() throws {
        #expect(try ScenarioLoader.load(path: Paths.published).baseline == nil)
        let (dir, path) = try file("source = \"a note\"")
        defer { dir.remove() }
        #expect(try ScenarioLoader.load(path: path).baseline?.isEmpty == true)
    }

    @Test func theSourceIsRequiredAndNotBlank() throws {
        let missing = try error("e-resept = { 2024 = 1, 2025 = 1, 2026 = 1 }")
        #expect(missing.contains("b.toml:3:2") && missing.contains("needs source"), "\(missing)")
        let blank = try error("source = \"  \"")
        #expect(blank.contains("b.toml:4:10") && blank.contains("never invents"), "\(blank)")
    }

    @Test func aMisspelledSolutionIsLocatedWithASuggestion() throws {
        let message = try error("source = \"x\"\ne-resep = { 2024 = 1, 2025 = 1, 2026 = 1 }")
        #expect(message.contains("b.toml:5:1") && message.contains("unknown solution 'e-resep'") && message.contains("did you mean 'e-resept'"),
                "\(message)")
    }

    @Test func yearsMustBeTheSummedYearsEveryOneOfThem() throws {
        let notSummed = try error("source = \"x\"\ne-resept = { 2023 = 1, 2024 = 1, 2025 = 1, 2026 = 1 }")
        #expect(notSummed.contains("b.toml:5:14") && notSummed.contains("'2023'") && notSummed.contains("2024-2026"), "\(notSummed)")
        let missing = try error("source = \"x\"\ne-resept = { 2024 = 1, 2026 = 1 }")
        #expect(missing.contains("b.toml:5:12") && missing.contains("no level for 2025"), "\(missing)")
    }

    @Test func aLevelIsAFiniteNumberNotNegativeInATableOfYears() throws {
        let negative = try error("source = \"x\"\ne-resept = { 2024 = -1, 2025 = 1, 2026 = 1 }")
        #expect(negative.contains("b.toml:5:21") && negative.contains("cannot be negative"), "\(negative)")
        let text = try error("source = \"x\"\ne-resept = { 2024 = \"1\", 2025 = 1, 2026 = 1 }")
        #expect(text.contains("b.toml:5:21") && text.contains("must be a number"), "\(text)")
        let flat = try error("source = \"x\"\ne-resept = 120")
        #expect(flat.contains("b.toml:5:12") && flat.contains("table of years"), "\(flat)")
    }

    @Test func theIllustrativeExampleLoads() throws {
        let scenario = try ScenarioLoader.load(path: Paths.example("examples/illustrativ-driftsgrunnlag.toml"))
        #expect(scenario.name.hasPrefix("ILLUSTRATIV"))
        #expect(scenario.baseline?.source.hasPrefix("ILLUSTRATIV") == true)
        #expect(scenario.baseline?.entries.map(\.solution) == ["e-resept", "kjernejournal", "helsenorge"])
    }
}
