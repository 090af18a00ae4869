import DFCostModel
import DFCostScenario
import Testing

/// Operations applied over Fixtures/base.toml, whose totals are
/// 2024 = 13 (a1 10 + a2 3), 2025 = 9.5 (a1 10 + a2 -2* + b1 1.5), 2026 = 6 (b1).
@Suite struct OperationTests {
    @Test func theBaseTableTotals13And9point5And6() throws {
        let applied = try overBase("")
        #expect(try applied.totals().totals == years([2024: "13", 2025: "9.5", 2026: "6"]))
        #expect(applied.warnings.isEmpty)
    }

    @Test func scaleMultipliesTheSelectedCells() throws {
        let applied = try overBase("""
            [[operations]]
            scale = 1.5
            select = { line = "a1" }
            """)
        // a1: 10 × 1.5 = 15 in 2024 and 2025. 2024 = 15 + 3 = 18; 2025 = 15 - 2 + 1.5 = 14.5.
        #expect(try applied.totals().totals == years([2024: "18", 2025: "14.5", 2026: "6"]))
        let step = try #require(applied.line("a1")?.cell(in: 2024)?.history.last)
        #expect(step.reason == .operation(Operation(kind: .scale(dec("1.5")), selector: LineSelector(lineIDs: ["a1"]))))
        #expect(step.fromAmount == dec("10"))
        #expect(step.toAmount == dec("15"))
        #expect(step.origin?.line == 4)  // line 1 version, 2 extends, 3 [[operations]], 4 scale
    }

    @Test func scaleRestrictedToAYearLeavesOtherYears() throws {
        let applied = try overBase("""
            [[operations]]
            scale = 3
            select = { tag = "t1", years = "2026" }
            """)
        // Only b1 2026 is in t1 and 2026: 6 × 3 = 18.
        #expect(try applied.totals().totals == years([2024: "13", 2025: "9.5", 2026: "18"]))
        #expect(applied.amount("b1", 2025) == dec("1.5"))
        #expect(applied.amount("a1", 2024) == dec("10"))
    }

    @Test func selectorFieldsCombineWithAnd() throws {
        let applied = try overBase("""
            [[operations]]
            scale = 0
            select = { solution = "alpha", part = "P2" }
            """)
        // Only a2 (alpha, P2): 2024 = 10; 2025 = 10 + 1.5 = 11.5.
        #expect(try applied.totals().totals == years([2024: "10", 2025: "11.5", 2026: "6"]))
        #expect(applied.amount("a1", 2024) == dec("10"))
    }

    @Test func shiftMovesCellsLater() throws {
        let applied = try overBase("""
            [[operations]]
            shift = 1
            select = { line = "a1" }
            """)
        // a1: 10 (2024) -> 2025, 10 (2025) -> 2026. 2024 = 3; 2025 = 10 - 2 + 1.5 = 9.5; 2026 = 10 + 6 = 16.
        #expect(try applied.totals().totals == years([2024: "3", 2025: "9.5", 2026: "16"]))
        #expect(applied.line("a1")?.cells.map(\.year) == [2025, 2026])
    }

    @Test func negativeShiftMovesCellsEarlier() throws {
        let applied = try overBase("""
            [[operations]]
            shift = -1
            select = { line = "b1" }
            """)
        // b1: 1.5 -> 2024, 6 -> 2025. 2024 = 13 + 1.5 = 14.5; 2025 = 10 - 2 + 6 = 14; 2026 = 0.
        #expect(try applied.totals().totals == years([2024: "14.5", 2025: "14", 2026: "0"]))
    }

    @Test func shiftOntoAnOccupiedYearAddsTheAmounts() throws {
        let applied = try overBase("""
            [[operations]]
            shift = 1
            select = { line = "a1", years = "2024" }
            """)
        // a1 2024's 10 lands on a1 2025's 10: 20. 2024 = 3; 2025 = 20 - 2 + 1.5 = 19.5.
        #expect(try applied.totals().totals == years([2024: "3", 2025: "19.5", 2026: "6"]))
        #expect(applied.amount("a1", 2025) == dec("20"))
    }

    @Test func shiftOutOfTheTableYearsIsAnError() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            shift = 1
            select = { line = "b1" }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:1: "))
        #expect(message.contains("b1 2026 to 2027"))
        #expect(message.contains("outside the table's years 2023-2026"))
    }

    @Test func setReplacesOrCreatesOneCell() throws {
        let applied = try overBase("""
            [[operations]]
            set = { 2026 = 4 }
            select = { line = "a1" }

            [[operations]]
            set = { 2024 = "(7)" }
            select = { line = "a2" }
            """)
        // a1 gains 2026 = 4: 2026 = 10. a2's 2024 becomes internal 7: 2024 = 10.
        #expect(try applied.totals().totals == years([2024: "10", 2025: "9.5", 2026: "10"]))
        #expect(applied.line("a2")?.cell(in: 2024)?.isInternal == true)
        let step = try #require(applied.line("a2")?.cell(in: 2024)?.history.last)
        #expect(step.fromAmount == dec("3"))
        #expect(step.toAmount == dec("7"))
    }

    @Test func setOutsideTheTableYearsIsAnError() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            set = { 2030 = 4 }
            select = { line = "a1" }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:9: "))
        #expect(message.contains("year 2030 is outside the table's years 2023-2026"))
    }

    @Test func addAppendsALine() throws {
        let applied = try overBase("""
            [[operations]]
            add = { id = "c1", solution = "beta", initiative = "New", tags = ["new"], cells = { 2026 = 2.5 } }
            """)
        // 2026 = 6 + 2.5 = 8.5.
        #expect(try applied.totals().totals == years([2024: "13", 2025: "9.5", 2026: "8.5"]))
        #expect(applied.table.lines.last?.id == "c1")
        #expect(applied.line("c1")?.tags == ["new"])
        #expect(try applied.totals().bySolution["beta"] == years([2024: "0", 2025: "1.5", 2026: "8.5"]))
    }

    @Test func addWithAnExistingIdIsAnError() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            add = { id = "a1", solution = "beta", initiative = "Dup", cells = { 2026 = 1 } }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:"))
        #expect(message.contains("duplicate line id 'a1'"))
    }

    @Test func removeDropsLinesAndListsTheirCellsAsExcluded() throws {
        let applied = try overBase("""
            [[operations]]
            remove = true
            select = { tag = "t1" }
            """)
        // a1 and b1 go: 2024 = 3; 2025 = -2; 2026 = 0.
        #expect(try applied.totals().totals == years([2024: "3", 2025: "-2", 2026: "0"]))
        #expect(applied.table.lines.map(\.id) == ["a2"])
        #expect(applied.excluded.map(\.lineID) == ["a1", "a1", "b1", "b1"])
        #expect(applied.excluded.map(\.cell.amount) == [dec("10"), dec("10"), dec("1.5"), dec("6")])
        #expect(applied.excluded.allSatisfy { $0.reason == .removed(by: Operation(kind: .remove, selector: LineSelector(tags: ["t1"]))) })
    }

    @Test func removeWithYearsDropsOnlyThoseCells() throws {
        let applied = try overBase("""
            [[operations]]
            remove = true
            select = { line = "a1", years = "2025-2026" }
            """)
        // a1 keeps 2024 = 10: 2025 = -2 + 1.5 = -0.5.
        #expect(try applied.totals().totals == years([2024: "13", 2025: "-0.5", 2026: "6"]))
        #expect(applied.line("a1")?.cells.map(\.year) == [2024])
        #expect(applied.excluded.count == 1)
    }

    @Test func indexCompoundsYearlyRatesFromTheBaseYear() throws {
        let applied = try overBase("""
            [[operations]]
            index = { base_year = 2023, rates = { 2024 = 0.1, 2025 = 0.1 } }
            select = { line = "a1" }
            """)
        // 2024: 10 × 1.1 = 11; 2025: 10 × 1.1 × 1.1 = 12.1.
        #expect(applied.amount("a1", 2024) == dec("11"))
        #expect(applied.amount("a1", 2025) == dec("12.1"))
        // 2024 = 11 + 3 = 14; 2025 = 12.1 - 2 + 1.5 = 11.6.
        #expect(try applied.totals().totals == years([2024: "14", 2025: "11.6", 2026: "6"]))
        guard case .indexed(let operation, let factor)? = applied.line("a1")?.cell(in: 2025)?.history.last?.reason else {
            Issue.record("expected an index step")
            return
        }
        #expect(factor == dec("1.21"))
        #expect(operation.kind == .index(baseYear: 2023, rates: [2024: dec("0.1"), 2025: dec("0.1")]))
    }

    @Test func indexLeavesCellsUpToTheBaseYear() throws {
        let applied = try overBase("""
            [[operations]]
            index = { base_year = 2024, rates = { 2025 = 0.5, 2026 = 0.5 } }
            """)
        // 2024 unchanged = 13; 2025 ×1.5: 15 - 3 + 2.25 = 14.25; 2026 ×2.25: 6 × 2.25 = 13.5.
        #expect(try applied.totals().totals == years([2024: "13", 2025: "14.25", 2026: "13.5"]))
        #expect(applied.amount("a2", 2023) == dec("4"))
    }

    @Test func indexWithoutARateForANeededYearIsAnError() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            index = { base_year = 2023, rates = { 2024 = 0.1 } }
            select = { line = "a1" }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:1: "))
        #expect(message.contains("no rate for 2025"))
    }

    @Test func horizonChangesTheYearsAndSetsAsideCellsOutsideThem() throws {
        let applied = try overBase("""
            [[operations]]
            horizon = { years = [2023, 2024, 2025], summed_years = [2024, 2025] }
            """)
        let totals = try applied.totals()
        #expect(totals.summedYears == [2024, 2025])
        #expect(totals.totals == years([2024: "13", 2025: "9.5"]))
        #expect(applied.table.years == [2023, 2024, 2025])
        #expect(applied.beyondHorizon.map(\.lineID) == ["b1"])
        #expect(applied.beyondHorizon.first?.cell.amount == dec("6"))
    }

    @Test func horizonCanAddYearsThatLaterOperationsUse() throws {
        let applied = try overBase("""
            [[operations]]
            horizon = { years = [2024, 2025, 2026, 2027], summed_years = [2024, 2025, 2026, 2027] }

            [[operations]]
            shift = 1
            select = { line = "b1" }
            """)
        // The (4) of 2023 leaves the horizon; b1 moves to 2026 (1.5) and 2027 (6).
        #expect(try applied.totals().totals == years([2024: "13", 2025: "8", 2026: "1.5", 2027: "6"]))
        #expect(applied.beyondHorizon.map(\.cell.year) == [2023])
    }

    @Test func derivedAmountsAreRoundedHalfAwayFromZeroAtTheDefaultPrecision() throws {
        let applied = try overBase("""
            [[operations]]
            scale = 0.00025
            select = { tag = ["t2", "t3"] }
            """)
        // Exact products, then rounded at 0.001 half away from zero:
        // a2 2024: 3 × 0.00025 = 0.00075 -> 0.001; a2 2025: -2 × 0.00025 = -0.0005 -> -0.001;
        // b1 2025: 1.5 × 0.00025 = 0.000375 -> 0; b1 2026: 6 × 0.00025 = 0.0015 -> 0.002.
        #expect(applied.amount("a2", 2024) == dec("0.001"))
        #expect(applied.amount("a2", 2025) == dec("-0.001"))
        #expect(applied.amount("b1", 2025) == .zero)
        #expect(applied.amount("b1", 2026) == dec("0.002"))
        // 2024 = 10 + 0.001; 2025 = 10 - 0.001 + 0; 2026 = 0.002.
        #expect(try applied.totals().totals == years([2024: "10.001", 2025: "9.999", 2026: "0.002"]))
    }

    @Test func aDeclaredPrecisionReplacesTheDefault() throws {
        let applied = try overBase("""
            [scenario]
            precision = 1

            [[operations]]
            scale = 1.25
            select = { line = "a1" }
            """)
        // 10 × 1.25 = 12.5 -> 13 at whole MNOK.
        #expect(applied.amount("a1", 2024) == dec("13"))
    }

    @Test func operationsApplyInTheOrderWritten() throws {
        let scaleThenSet = try overBase("""
            [[operations]]
            scale = 2
            select = { line = "a1" }

            [[operations]]
            set = { 2024 = 1 }
            select = { line = "a1" }
            """)
        let setThenScale = try overBase("""
            [[operations]]
            set = { 2024 = 1 }
            select = { line = "a1" }

            [[operations]]
            scale = 2
            select = { line = "a1" }
            """)
        #expect(scaleThenSet.amount("a1", 2024) == dec("1"))
        #expect(setThenScale.amount("a1", 2024) == dec("2"))
    }

    @Test func conditionsActAfterEveryOperation() throws {
        let applied = try overBase("""
            [conditions.late]
            state = "delayed:1"

            [[operations]]
            scale = 2
            select = { line = "a2", years = "2025" }

            [[operations]]
            scale = 3
            select = { line = "a2", years = "2026" }
            """)
        // Operations see a2's -2* where it is written (2025): doubled to -4, and only then does the
        // condition move it to 2026. The scale of 2026 finds no cell there. 2026 = 6 - 4 = 2.
        #expect(applied.amount("a2", 2026) == dec("-4"))
        #expect(applied.amount("a2", 2025) == nil)
        #expect(try applied.totals().totals == years([2024: "13", 2025: "11.5", 2026: "2"]))
        #expect(applied.warnings.count == 1)
        #expect(applied.warnings.first?.contains("no cell in 2026") == true)
    }

    @Test func aSelectorMatchingNothingIsAWarning() throws {
        let applied = try overBase("""
            [[operations]]
            scale = 2
            select = { tag = "t4" }
            """)
        #expect(try applied.totals().totals == years([2024: "13", 2025: "9.5", 2026: "6"]))
        let warning = try #require(applied.warnings.first)
        #expect(applied.warnings.count == 1)
        #expect(warning.contains(":4:1: warning: scale ×2 [tag:t4] matches no line"))
        #expect(warning.contains("did you mean 't1'?"))
    }

    @Test func aSelectorMatchingNothingIsAnErrorWhenStrict() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            remove = true
            select = { line = "a3" }
            """, options: ApplyOptions(strict: true))
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:1: "))
        #expect(message.contains("matches no line"))
        #expect(message.hasSuffix("(strict)"))
    }

    @Test func aYearRangeWithoutCellsMatchesNothing() throws {
        let applied = try overBase("""
            [[operations]]
            scale = 2
            select = { line = "b1", years = "2024" }
            """)
        #expect(applied.warnings.count == 1)
    }

    @Test func aNegativeScaleFactorIsAnError() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            scale = -1.2
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:9: "))
        #expect(message.contains("scale factor -1.2 is negative"))
    }

    @Test func twoOperationsInOneEntryConflict() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            scale = 1.2
            shift = 1
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):5:1: "))
        #expect(message.contains("conflicting operations 'scale' and 'shift'"))
    }

    @Test func settingTheSameCellTwiceInOneFileConflicts() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            set = { 2024 = 1 }
            select = { line = "a1" }

            [[operations]]
            set = { 2024 = 2 }
            select = { line = "a1" }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):8:1: "))
        #expect(message.contains("conflicting operations"))
        #expect(message.contains("first at \(path):4:1"))
    }

    @Test func anEntryWithoutAnOperationIsAnError() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            note = "forgot the operation"
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):"))
        #expect(message.contains("names no operation"))
    }

    @Test func anUnknownSelectorSolutionIsAnErrorWithASuggestion() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            scale = 2
            select = { solution = "alpah" }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):5:"))
        #expect(message.contains("unknown solution 'alpah'; did you mean 'alpha'?"))
    }

    @Test func aMisspelledOperationKeyGetsASuggestion() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            scael = 2
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:1: "))
        #expect(message.contains("unknown key 'scael'"))
        #expect(message.contains("did you mean 'scale'?"))
    }

    @Test func operationLabelsNameTheOperationAndSelector() {
        #expect(Operation(kind: .shift(1), selector: LineSelector(tags: ["dokumentdeling"])).label == "shift +1y [tag:dokumentdeling]")
        #expect(Operation(kind: .shift(-2)).label == "shift -2y [all]")
        #expect(Operation(kind: .scale(dec("1.2")), selector: LineSelector(solutions: ["e-resept"], years: 2025...2026)).label
            == "scale ×1.2 [solution:e-resept@2025-2026]")
        #expect(Operation(kind: .remove, selector: LineSelector(lineIDs: ["x"], years: 2025...2025)).label == "remove [line:x@2025]")
    }
}
