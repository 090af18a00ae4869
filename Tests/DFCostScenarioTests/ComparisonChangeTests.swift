import DFCostModel
import DFCostScenario
import Testing

/// Every kind of change `compare --fail-on-change` must see, one at a time, over Fixtures/base.toml
/// (a1: 2024 10, 2025 10; a2: 2023 (4), 2024 3, 2025 -2*; b1: 2025 1.5, 2026 6; condition `late`).
@Suite struct ComparisonChangeTests {
    func compare(_ base: String = "", _ other: String, baseOptions: ApplyOptions = ApplyOptions(),
                 otherOptions: ApplyOptions = ApplyOptions()) throws -> ScenarioComparison {
        try ScenarioComparison(base: overBase(base, options: baseOptions), other: overBase(other, options: otherOptions))
    }

    @Test func identicalScenariosHaveNoChangeOfAnyKind() throws {
        let c = try compare("", "")
        #expect(!c.hasChanges)
        #expect(!c.hasTotalChanges)
        #expect(c.tableYears == nil)
        #expect(c.conditions.isEmpty && c.lines.isEmpty && c.cells.isEmpty && c.setAside.isEmpty)
    }

    @Test func removingInternalOnlyLinesIsAChangeThoughNoTotalMoves() throws {
        // The published table against Scenarios/dbep-unfunded.toml: the DBEP lines hold only the
        // internal 2022-2023 cells, so every total stays, but two lines are gone.
        let other = try ScenarioLoader.load(path: Paths.example("dbep-unfunded.toml")).apply()
        let c = try ScenarioComparison(base: published(), other: other)
        #expect(!c.hasTotalChanges)
        #expect(c.hasChanges)
        #expect(c.lines.map(\.lineID) == ["dbep-kjernejournal", "dbep-helsenorge"])
        #expect(c.lines.allSatisfy { $0.kind == .removed && $0.reasons == [.setAside(.removed(by: Operation(kind: .remove, selector: LineSelector(tags: ["dbep"]))))] })
        #expect(c.lines.map(\.solution) == ["kjernejournal", "helsenorge"])
        // Their four internal cells left the table and are listed as excluded.
        #expect(c.cells.map(\.lineID) == ["dbep-kjernejournal", "dbep-kjernejournal", "dbep-helsenorge", "dbep-helsenorge"])
        #expect(c.cells.map(\.base) == [dec("2"), dec("2.3"), dec("1"), dec("1.1")])
        #expect(c.cells.allSatisfy { $0.kinds == [.amount] && $0.baseIsInternal && $0.other == nil })
        #expect(c.setAside.count == 4)
        #expect(c.setAside.allSatisfy { $0.kind == .excluded && $0.base == nil && $0.other?.isInternal == true })
    }

    @Test func anAddedLineIsListedWithTheOperationThatAddedIt() throws {
        let c = try compare("", """
            [[operations]]
            add = { id = "c1", solution = "beta", initiative = "New", cells = { 2023 = "(2)" } }
            """)
        #expect(!c.hasTotalChanges)  // internal, and 2023 is not summed
        #expect(c.hasChanges)
        let line = try #require(c.lines.first)
        #expect(c.lines.count == 1)
        #expect(line.lineID == "c1")
        #expect(line.kind == .added)
        #expect(line.reasons.count == 1)
        guard case .step(.operation(let operation), let origin)? = line.reasons.first, case .add(let added) = operation.kind else {
            Issue.record("expected the add step, got \(line.reasons)")
            return
        }
        #expect(added.id == "c1")
        #expect(origin != nil)
        let cell = try #require(c.cells.first)
        #expect(cell.lineID == "c1" && cell.year == 2023 && cell.base == nil && cell.other == dec("2") && cell.otherIsInternal)
    }

    /// Lines are paired by solution, initiative and part when ids differ, but not a line the
    /// scenario removed: a removal and an added line with the same labels stay two changes.
    @Test func aRemovedLineAndAnAddedOneWithItsLabelsAreNotARename() throws {
        let c = try compare("", """
            [[operations]]
            remove = true
            select = { line = "b1" }
            [[operations]]
            add = { id = "b2", solution = "beta", initiative = "init b", cells = { 2026 = 6 } }
            """)
        #expect(c.lines.map(\.lineID) == ["b1", "b2"])
        #expect(c.lines.map(\.kind) == [.removed, .added])
        #expect(c.lines[0].reasons == [.setAside(.removed(by: Operation(kind: .remove, selector: LineSelector(lineIDs: ["b1"]))))])
    }

    @Test func aLineTheBaseRemovedAndTheOtherKeepsIsAnAddedLine() throws {
        let c = try compare("""
            [[operations]]
            remove = true
            select = { line = "a2" }
            """, "")
        #expect(c.lines.map(\.lineID) == ["a2"])
        #expect(c.lines.first?.kind == .added)
        #expect(c.lines.first?.reasons == [.base(.setAside(.removed(by: Operation(kind: .remove, selector: LineSelector(lineIDs: ["a2"])))))])
    }

    @Test func aChangedInternalAmountIsAChange() throws {
        let c = try compare("", """
            [[operations]]
            set = { 2023 = "(5)" }
            select = { line = "a2" }
            """)
        #expect(!c.hasTotalChanges)
        #expect(c.hasChanges)
        let cell = try #require(c.cells.first)
        #expect(c.cells.count == 1)
        #expect(cell.lineID == "a2" && cell.year == 2023)
        #expect(cell.kinds == [.amount])
        #expect(cell.base == dec("4") && cell.other == dec("5"))
        #expect(cell.baseIsInternal && cell.otherIsInternal)
        guard case .step(.operation(let operation), let origin)? = cell.reasons.first, case .set(let set) = operation.kind else {
            Issue.record("expected the set step, got \(cell.reasons)")
            return
        }
        #expect(set.year == 2023 && set.amount == dec("5") && set.isInternal)
        #expect(operation.selector == LineSelector(lineIDs: ["a2"]))
        #expect(origin != nil)
    }

    @Test func aCellBecomingCountedIsAChangeEvenOutsideTheSummedYears() throws {
        // a2 2023 (4) -> 4: same amount, now counted; 2023 is not summed, so no total moves.
        let c = try compare("", """
            [[operations]]
            set = { 2023 = 4 }
            select = { line = "a2" }
            """)
        #expect(!c.hasTotalChanges)
        let cell = try #require(c.cells.first)
        #expect(c.cells.count == 1)
        #expect(cell.kinds == [.becameCounted])
        #expect(cell.baseIsInternal && !cell.otherIsInternal)
    }

    @Test func aCellBecomingInternalIsAChange() throws {
        let c = try compare("", """
            [[operations]]
            set = { 2024 = "(3)" }
            select = { line = "a2" }
            """)
        let cell = try #require(c.cells.first)
        #expect(c.cells.count == 1)
        #expect(cell.kinds == [.becameInternal])
        #expect(c.years.first { $0.year == 2024 }?.delta == dec("-3"))  // 13 -> 10
    }

    @Test func aCellsChangedSetOfConditionsIsAChange() throws {
        // a1 2024 stays 10 but now depends on `late`.
        let c = try compare("", """
            [[operations]]
            set = { 2024 = "10*" }
            select = { line = "a1" }
            """)
        #expect(!c.hasTotalChanges)
        #expect(c.hasChanges)
        let cell = try #require(c.cells.first)
        #expect(c.cells.count == 1)
        #expect(cell.kinds == [.conditions])
        #expect(cell.baseConditions.isEmpty)
        #expect(cell.otherConditions == ["late"])
    }

    @Test func aConditionStateIsAChangeEvenWhenNoCellMoves() throws {
        // share:1 keeps a2 2025 at -2.
        let c = try compare("", "", otherOptions: ApplyOptions(conditionOverrides: [("late", .share(.one))]))
        #expect(!c.hasTotalChanges)
        #expect(c.cells.isEmpty && c.lines.isEmpty && c.setAside.isEmpty)
        #expect(c.hasChanges)
        #expect(c.conditions.map(\.condition) == ["late"])
        #expect(c.conditions.first?.base == .full)
        #expect(c.conditions.first?.other == .share(.one))
    }

    @Test func aCellExcludedForAnotherReasonIsAChange() throws {
        // The same table either way (b1 is the only line tagged t3), removed by different operations.
        let c = try compare("""
            [[operations]]
            remove = true
            select = { line = "b1" }
            """, """
            [[operations]]
            remove = true
            select = { tag = "t3" }
            """)
        #expect(!c.hasTotalChanges)
        #expect(c.cells.isEmpty && c.lines.isEmpty && c.conditions.isEmpty)
        #expect(c.hasChanges)
        #expect(c.setAside.map(\.year) == [2025, 2026])
        #expect(c.setAside.allSatisfy { $0.kind == .excluded && $0.lineID == "b1" })
        let byLine = SetAsideReason.removed(by: Operation(kind: .remove, selector: LineSelector(lineIDs: ["b1"])))
        let byTag = SetAsideReason.removed(by: Operation(kind: .remove, selector: LineSelector(tags: ["t3"])))
        #expect(c.setAside.map { $0.base?.reason } == [byLine, byLine])
        #expect(c.setAside.map { $0.other?.reason } == [byTag, byTag])
    }

    @Test func aCellMovedBeyondTheHorizonInsteadOfExcludedIsAChange() throws {
        // a2 2025 -2* leaves the table either way: delayed two years it passes 2026, with none it is excluded.
        let c = try compare("", "", baseOptions: ApplyOptions(conditionOverrides: [("late", .none)]),
                            otherOptions: ApplyOptions(conditionOverrides: [("late", .delayed(2))]))
        #expect(!c.hasTotalChanges)
        #expect(c.cells.isEmpty)
        let kinds = Set(c.setAside.map(\.kind))
        #expect(kinds == [.excluded, .beyondHorizon])
        let excluded = try #require(c.setAside.first { $0.kind == .excluded })
        #expect(excluded.lineID == "a2")
        #expect(excluded.base?.amount == dec("-2") && excluded.other == nil)
        let beyond = try #require(c.setAside.first { $0.kind == .beyondHorizon })
        #expect(beyond.lineID == "a2")
        #expect(beyond.base == nil && beyond.other?.amount == dec("-2"))
    }

    @Test func aHorizonOperationChangesTheTableYears() throws {
        let c = try compare("", """
            [[operations]]
            horizon = { years = [2024, 2025, 2026], summed_years = [2024, 2025, 2026] }
            """)
        #expect(!c.hasTotalChanges)  // only a2's internal 2023 (4) leaves
        let years = try #require(c.tableYears)
        #expect(years.baseYears == [2023, 2024, 2025, 2026])
        #expect(years.otherYears == [2024, 2025, 2026])
        #expect(years.baseSummedYears == years.otherSummedYears)
        #expect(c.cells.map(\.lineID) == ["a2"])
        #expect(c.cells.first?.reasons == [.setAside(.horizon(Operation(kind: .horizon(years: [2024, 2025, 2026], summedYears: [2024, 2025, 2026]))))])
        #expect(c.setAside.map(\.kind) == [.beyondHorizon])
        #expect(c.setAside.first?.other?.amount == dec("4"))
    }

    @Test func aTotalChangeIsStillAChange() throws {
        let c = try compare("", """
            [[operations]]
            scale = 2
            select = { line = "b1" }
            """)
        #expect(c.hasTotalChanges)
        #expect(c.hasChanges)
        #expect(c.cells.map(\.kinds) == [[.amount], [.amount]])
    }
}
