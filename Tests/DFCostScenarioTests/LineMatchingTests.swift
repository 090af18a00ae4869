import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// How `compare` follows a line from one round to the next: by id in the same
/// solution, then `continues`, then solution + initiative + part with labels folded, then id in
/// another solution (a solution change). Rounds are whole tables with the header of
/// ``RoundComparisonTests`` (solutions alpha and beta).
@Suite struct LineMatchingTests {
    func round(_ lines: String, in folder: TemporaryFolder, name: String) throws -> AppliedScenario {
        try ScenarioLoader.load(path: try folder.write("\(name).toml", RoundComparisonTests.header + lines)).apply()
    }

    func line(_ id: String, _ solution: String, _ initiative: String, part: String = "", cells: String, continues: String? = nil) -> String {
        RoundComparisonTests().line(id, solution, initiative, part: part, cells: cells, continues: continues)
    }

    func compare(_ rounds: [AppliedScenario]) throws -> Comparison {
        try Comparison(rounds.enumerated().map { Comparison.Input(name: $1.name, file: "f\($0).toml", applied: $1) })
    }

    /// The importer's ids when the Kjernejournal block comes first, and when the Helsenorge block
    /// does: the unsuffixed id lands on another solution's line.
    func reordered(in folder: TemporaryFolder) throws -> (AppliedScenario, AppliedScenario) {
        let first = try round(line("legemiddelliste", "alpha", "Legemiddelliste", cells: "2024 = 16.5, 2025 = 2")
                              + line("legemiddelliste-beta", "beta", "Legemiddelliste", cells: "2024 = 3")
                              + line("sfm", "alpha", "SFM", cells: "2025 = 1"), in: folder, name: "r1")
        let second = try round(line("legemiddelliste", "beta", "Legemiddelliste", cells: "2024 = 3")
                               + line("legemiddelliste-alpha", "alpha", "Legemiddelliste", cells: "2024 = 16.5, 2025 = 2")
                               + line("sfm", "alpha", "SFM", cells: "2025 = 1"), in: folder, name: "r2")
        return (first, second)
    }

    @Test func reorderedSolutionBlocksPairEachLineWithItsOwnSolutionAndNothingMoves() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (first, second) = try reordered(in: folder)
        let c = try compare([first, second])
        #expect(c.lines.count == 3)
        for row in c.lines {
            let m = try #require(row.movements[1])
            #expect(m.kinds == [.unchanged], "\(row.ids): \(m.kinds)")
            #expect(row.solutions[0] == row.solutions[1], "\(row.ids)")
            #expect(row.total.deltas[1]?.isZero == true)
        }
        let alpha = try #require(c.lines.first { $0.ids[0] == "legemiddelliste" })
        #expect(alpha.ids == ["legemiddelliste", "legemiddelliste-alpha"] && alpha.movements[1]?.match == .key)
        // The pairwise comparison behind --fail-on-change sees no cell and no total change; the
        // two new ids are two renamed lines, not two additions and two removals.
        let pairwise = try ScenarioComparison(base: first, other: second)
        #expect(!pairwise.hasTotalChanges && pairwise.cells.isEmpty && pairwise.setAside.isEmpty)
        #expect(pairwise.lines.map(\.kind) == [.renamed, .renamed])
        #expect(pairwise.lines.map(\.previousID) == ["legemiddelliste", "legemiddelliste-beta"])
        #expect(pairwise.lines.map(\.lineID) == ["legemiddelliste-alpha", "legemiddelliste"])
    }

    @Test(arguments: [("Legemiddelliste", "SFM", "legemiddelliste", "sfm"),
                      ("Program  Pasientens legemiddelliste", "", " program pasientens\\u00A0LEGEMIDDELLISTE\\t", ""),
                      ("Init A", "Del\\u00A0 1", "init a", " del 1 ")])
    func labelsThatDifferOnlyInCaseAndWhitespaceMatch(initiative: String, part: String, otherInitiative: String, otherPart: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try round(line("old", "alpha", initiative, part: part, cells: "2024 = 2"), in: folder, name: "r1")
        let second = try round(line("new", "alpha", otherInitiative, part: otherPart, cells: "2024 = 2"), in: folder, name: "r2")
        let c = try compare([first, second])
        #expect(c.lines.map(\.ids) == [["old", "new"]])
        let m = try #require(c.lines.first?.movements[1])
        #expect(m.match == .key && m.previousID == "old" && m.kinds == [.unchanged])
        // The same line id with a label that differs only so is not a rename.
        let third = try round(line("old", "alpha", otherInitiative, part: otherPart, cells: "2024 = 2"), in: folder, name: "r3")
        #expect(try ScenarioComparison(base: first, other: third).lines.isEmpty)
    }

    @Test func theSameLabelInTwoSolutionsNeverPairs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // x moves from alpha to beta by id only if nothing else claims it: here beta's own
        // "felles" line and alpha's new id for its "Felles" line are the pairs.
        let first = try round(line("x", "alpha", "Felles", cells: "2024 = 1") + line("y", "beta", "Felles", cells: "2024 = 2"),
                              in: folder, name: "r1")
        let second = try round(line("x", "beta", "felles", cells: "2024 = 2") + line("z", "alpha", "FELLES", cells: "2024 = 1"),
                               in: folder, name: "r2")
        let c = try compare([first, second])
        #expect(Set(c.lines.map(\.ids)) == [["x", "z"], ["y", "x"]])
        #expect(c.lines.allSatisfy { $0.solutions[0] == $0.solutions[1] && $0.movements[1]?.kinds == [.unchanged] })
        // A label found only in another solution is a new line there and a dropped one here.
        let third = try round(line("w", "beta", "Felles", cells: "2024 = 1"), in: folder, name: "r3")
        let d = try compare([try round(line("v", "alpha", "Felles", cells: "2024 = 1"), in: folder, name: "r4"), third])
        #expect(d.lines.map { $0.movements[1]?.kinds } == [[.new], [.dropped]] || d.lines.map { $0.movements[1]?.kinds } == [[.dropped], [.new]])
        #expect(d.lines.allSatisfy { $0.ids.compactMap { $0 }.count == 1 })
    }

    @Test func aLineKeepingItsIdInAnotherSolutionIsASolutionChange() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try round(line("p", "alpha", "P", cells: "2024 = 1") + line("q", "alpha", "Q", cells: "2024 = 2"),
                              in: folder, name: "r1")
        let second = try round(line("p", "beta", "P", cells: "2024 = 1") + line("q", "beta", "Q", cells: "2024 = 5"),
                               in: folder, name: "r2")
        let c = try compare([first, second])
        let p = try #require(c.lines.first { $0.id == "p" })
        #expect(p.solutions == ["alpha", "beta"])
        #expect(p.movements[1] == Comparison.Movement(kinds: [.solutionChanged], match: .id, previousSolution: "alpha"))
        let q = try #require(c.lines.first { $0.id == "q" }?.movements[1])
        #expect(q.kinds == [.solutionChanged, .amountChanged] && q.previousSolution == "alpha")
        #expect(c.hasChanges)
        // The pairwise comparison: one change per line, its cells compared with the line it continues.
        let pairwise = try ScenarioComparison(base: first, other: second)
        #expect(pairwise.lines.map(\.kind) == [.solutionChanged, .solutionChanged])
        #expect(pairwise.lines.map(\.previousSolution) == ["alpha", "alpha"] && pairwise.lines.map(\.previousID) == [nil, nil])
        #expect(pairwise.cells.map(\.lineID) == ["q"] && pairwise.cells.first?.other == dec("5"))
    }

    @Test func aRenamedLineIsOneChangeWithItsCellsComparedToTheLineItContinues() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try round(line("a1", "alpha", "Init A", part: "P1", cells: "2024 = 10") + line("b1", "beta", "B", cells: "2024 = 1"),
                              in: folder, name: "r1")
        let second = try round(line("a1-new", "alpha", "Init A", part: "Part one", cells: "2024 = 10", continues: "a1")
                               + line("b1", "beta", "B renamed", cells: "2024 = 1"), in: folder, name: "r2")
        let c = try ScenarioComparison(base: first, other: second)
        #expect(c.cells.isEmpty && c.setAside.isEmpty && !c.hasTotalChanges)
        #expect(c.lines == [
            .init(lineID: "a1-new", solution: "alpha", kind: .renamed, match: .continues, previousID: "a1",
                  previousLabel: "Init A / P1", label: "Init A / Part one"),
            .init(lineID: "b1", solution: "beta", kind: .renamed, match: .id, previousLabel: "B", label: "B renamed"),
        ])
    }

    @Test func continuesNamingAnIdTheFileStillHasIsAnErrorAtTheContinuesKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = RoundComparisonTests.header + line("a1", "alpha", "A", cells: "2024 = 1")
            + line("a1-split", "alpha", "A", part: "2", cells: "2024 = 1", continues: "a1")
        let path = try folder.write("r.toml", text)
        let error = try #require(loadError(path))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.hasPrefix("continues = ") }) + 1
        guard case .file(let at, .line(.continuesPresentLine(let continuing, let continued, _))) = error else {
            Issue.record("expected a line's continuesPresentLine, got \(error)")
            return
        }
        #expect(at == SourceReference(file: path, line: row, column: 1))
        #expect(continuing == "a1-split" && continued == "a1")
        #expect("\(error)".contains("'a1-split' continues 'a1'") && "\(error)".contains("still a line of this table"))
        #expect(!"\(error)".contains("\n"))
        // A line added by an operation with the continued id counts as well.
        let extended = try folder.write("s.toml", RoundComparisonTests.header + line("a1-new", "alpha", "A", cells: "2024 = 1", continues: "a1")
                                        + "[[operations]]\nadd = { id = \"a1\", solution = \"alpha\", initiative = \"B\", cells = { 2024 = 1 } }\n")
        #expect("\(try #require(loadError(extended)))".contains("continues 'a1'"))
    }
}
