import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// `compare A B C ...` side by side: columns in order, changes against the first or the previous
/// column, lines followed across rounds by id, `continues`, then solution + initiative + part.
/// Rounds are whole tables written like Fixtures/base.toml (a1: 2024 10, 2025 10;
/// a2: 2023 (4), 2024 3, 2025 -2*; b1: 2025 1.5, 2026 6).
@Suite struct RoundComparisonTests {
    static let header = """
        version = 1
        [table]
        title = "Test table"
        years = [2023, 2024, 2025, 2026]
        summed_years = [2024, 2025, 2026]
        [conditions.late]
        description = "Late."
        mark = "*"
        [[solutions]]
        id = "alpha"
        name = "Alpha"
        [[solutions]]
        id = "beta"
        name = "Beta"

        """

    /// A round: the base table's header with these lines (TOML `[[lines]]` entries).
    func round(_ lines: String, in folder: TemporaryFolder, name: String) throws -> AppliedScenario {
        try ScenarioLoader.load(path: try folder.write("\(name).toml", Self.header + lines)).apply()
    }

    func line(_ id: String, _ solution: String, _ initiative: String, part: String = "", cells: String, continues: String? = nil) -> String {
        "[[lines]]\nid = \"\(id)\"\nsolution = \"\(solution)\"\ninitiative = \"\(initiative)\"\npart = \"\(part)\"\n"
            + (continues.map { "continues = \"\($0)\"\n" } ?? "") + "cells = { \(cells) }\n"
    }

    func base() throws -> AppliedScenario { try overBase("") }

    func inputs(_ applied: [AppliedScenario]) -> [Comparison.Input] {
        applied.enumerated().map { Comparison.Input(name: $1.name, file: "f\($0).toml", applied: $1) }
    }

    @Test func columnsKeepTheGivenOrderAndHoldEachScenariosOwnTotals() throws {
        let applied = [try base(), try overBase("[[operations]]\nscale = 2\nselect = { line = \"a1\" }"),
                       try overBase("[[operations]]\nshift = 1\nselect = { line = \"b1\", years = \"2025\" }")]
        let c = try Comparison(inputs(applied))
        #expect(c.columns.map(\.file) == ["f0.toml", "f1.toml", "f2.toml"])
        #expect(c.years == [2024, 2025, 2026])
        for (k, a) in applied.enumerated() {
            let totals = try a.totals()
            for row in c.totals {
                #expect(row.series.amounts[k] == (row.year.map { totals.totals[$0] } ?? totals.horizonTotal))
            }
        }
        #expect(c.totals.first { $0.year == 2024 }?.series.amounts == [dec("13"), dec("23"), dec("13")])
    }

    @Test func changesAreAgainstTheFirstColumnUnlessAskedForThePrevious() throws {
        let applied = [try base(), try overBase("[[operations]]\nscale = 2\nselect = { line = \"a1\" }"),
                       try overBase("[[operations]]\nscale = 3\nselect = { line = \"a1\" }")]
        let first = try Comparison(inputs(applied))
        let previous = try Comparison(inputs(applied), against: .previous)
        let y2024First = try #require(first.totals.first { $0.year == 2024 })
        let y2024Previous = try #require(previous.totals.first { $0.year == 2024 })
        #expect(y2024First.series.deltas == [nil, dec("10"), dec("20")])
        #expect(y2024Previous.series.deltas == [nil, dec("10"), dec("10")])
        #expect(y2024Previous.series.percents == [nil, dec("76.9"), dec("43.5")])
        let a1 = try #require(previous.lines.first { $0.id == "a1" })
        #expect(a1.total.amounts == [dec("20"), dec("40"), dec("60")])
        #expect(a1.movements.map { $0?.kinds } == [nil, [.amountChanged], [.amountChanged]])
        #expect(first.hasChanges)
        #expect(!(try Comparison(inputs([try base(), try base()]))).hasChanges)
    }

    @Test func linesAreMatchedByIdThenContinuesThenSolutionInitiativeAndPartAndTheRestAreNewOrDropped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try round(line("a1", "alpha", "Init A", part: "P1", cells: "2024 = 10, 2025 = 10")
                              + line("a2", "alpha", "Init A", part: "P2", cells: "2024 = 3")
                              + line("b1", "beta", "Init B", cells: "2026 = 6"), in: folder, name: "r1")
        let second = try round(line("a1-renamed", "alpha", "Init A", part: "P1", cells: "2024 = 10, 2025 = 10", continues: "a1")
                               + line("a2-new-id", "alpha", "Init A", part: "P2", cells: "2024 = 4")
                               + line("c1", "beta", "Init C", cells: "2025 = 1"), in: folder, name: "r2")
        let c = try Comparison(inputs([first, second]))
        #expect(c.lines.map(\.id) == ["a1-renamed", "a2-new-id", "c1", "b1"])
        let byID = Dictionary(uniqueKeysWithValues: c.lines.map { ($0.id, $0) })
        let a1 = try #require(byID["a1-renamed"]?.movements[1])
        #expect(a1.match == .continues && a1.previousID == "a1" && a1.kinds == [.unchanged])
        let a2 = try #require(byID["a2-new-id"]?.movements[1])
        #expect(a2.match == .key && a2.previousID == "a2" && a2.kinds == [.amountChanged])
        #expect(byID["c1"]?.movements[1]?.kinds == [.new])
        #expect(byID["b1"]?.movements[1]?.kinds == [.dropped])
        #expect(byID["b1"]?.ids == ["b1", nil])
        #expect(byID["b1"]?.total.deltas == [nil, dec("-6")])
    }

    @Test func anExactIdWinsOverContinuesAndKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try round(line("a1", "alpha", "Init A", cells: "2024 = 1") + line("a2", "alpha", "Init A", cells: "2024 = 2"),
                              in: folder, name: "r1")
        let second = try round(line("x", "alpha", "Init A", cells: "2024 = 1", continues: "a2") + line("a1", "alpha", "Init A", cells: "2024 = 1"),
                               in: folder, name: "r2")
        let c = try Comparison(inputs([first, second]))
        #expect(c.lines.first { $0.ids[0] == "a1" }?.ids[1] == "a1")
        #expect(c.lines.first { $0.ids[0] == "a2" }?.ids[1] == "x")
    }

    @Test func movementSaysMovedInTimeConditionsAndBecomingInternal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try round(line("m", "alpha", "M", cells: "2024 = 3, 2025 = 4")
                              + line("c", "alpha", "C", cells: "2024 = \"5*\"")
                              + line("i", "beta", "I", cells: "2024 = 2, 2025 = 1"), in: folder, name: "r1")
        let second = try round(line("m", "alpha", "M", cells: "2025 = 3, 2026 = 4")
                               + line("c", "alpha", "C", cells: "2024 = 5")
                               + line("i", "beta", "I", cells: "2024 = \"(2)*\", 2025 = 1"), in: folder, name: "r2")
        let c = try Comparison(inputs([first, second]))
        let m = try #require(c.lines.first { $0.id == "m" }?.movements[1])
        #expect(m.kinds == [.moved] && m.years == 1)
        let cond = try #require(c.lines.first { $0.id == "c" }?.movements[1])
        #expect(cond.kinds == [.conditionRemoved] && cond.conditionsRemoved == ["late"])
        let i = try #require(c.lines.first { $0.id == "i" }?.movements[1])
        #expect(i.kinds == [.amountChanged, .conditionAdded, .becameInternal] && i.conditionsAdded == ["late"])
        #expect(i.match == .id && i.previousID == nil)
    }

    /// A change of an amount outside the sums alone (an internal cell, or a year shown but not
    /// summed) is its own movement, not "amount changed" with no changed year to show.
    @Test func aChangedInternalAmountAloneIsNotAnAmountChange() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try round(line("p", "alpha", "P", cells: "2023 = \"(4)\", 2024 = 1"), in: folder, name: "r1")
        let second = try round(line("p", "alpha", "P", cells: "2023 = \"(6)\", 2024 = 1"), in: folder, name: "r2")
        let c = try Comparison(inputs([first, second]))
        let p = try #require(c.lines.first { $0.id == "p" }?.movements[1])
        #expect(p.kinds == [.unsummedAmountChanged])
        // A counted amount in a year shown but not summed (2023) is outside the sums too.
        let third = try round(line("p", "alpha", "P", cells: "2023 = 7, 2024 = 1"), in: folder, name: "r3")
        let fourth = try round(line("p", "alpha", "P", cells: "2023 = 9, 2024 = 1"), in: folder, name: "r4")
        let q = try #require(try Comparison(inputs([third, fourth])).lines.first { $0.id == "p" }?.movements[1])
        #expect(q.kinds == [.unsummedAmountChanged])
    }

    @Test func initiativeSubtotalsAddUpToTheTotalsInEveryColumn() throws {
        let applied = [try base(), try overBase("[[operations]]\nscale = 2\nselect = { line = \"a1\" }")]
        let c = try Comparison(inputs(applied), byInitiative: true)
        let rows = try #require(c.byInitiative)
        #expect(Set(rows.map(\.key)) == ["Init A", "Init B"])
        for total in c.totals {
            for k in applied.indices {
                var sum = ExactDecimal.zero
                for r in rows where r.year == total.year { sum = try sum.adding(r.series.amounts[k] ?? .zero) }
                #expect(sum == total.series.amounts[k])
            }
        }
    }

    @Test(arguments: [("continues = \"\"", "'continues' must name the line's earlier id"),
                      ("continues = \"a9\"\nid2 = 1", "unknown key"),
                      ("continues = \"a9\"", nil)])
    func continuesIsReadAndChecked(extra: String, message: String?) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("r.toml", Self.header + "[[lines]]\nid = \"a9-new\"\nsolution = \"alpha\"\ninitiative = \"A\"\n\(extra)\ncells = { 2024 = 1 }\n")
        if let message {
            let error = try #require(loadError(path))
            #expect("\(error)".contains(message), "\(error)")
        } else {
            let scenario = try ScenarioLoader.load(path: path)
            #expect(try scenario.apply().table.lines.first?.continues == "a9")
        }
    }

    @Test func aLineThatContinuesItselfIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("r.toml", Self.header + line("a1", "alpha", "A", cells: "2024 = 1", continues: "a1"))
        let error = try #require(loadError(path))
        #expect("\(error)".contains("continues itself"))
    }
}
