import DFCostModel
import DFCostScenario
import Testing

/// The engine gives its reasons as values carrying their data, never as text: what changed a
/// cell, why a cell was set aside. Over Fixtures/base.toml (a1: 2024 10, 2025 10;
/// a2: 2023 (4), 2024 3, 2025 -2*; b1: 2025 1.5, 2026 6; condition `late` marks a2 2025).
@Suite struct EngineReasonTests {
    @Test func aRemovedLinesCellsAreSetAsideByTheRemoval() throws {
        let applied = try overBase("[[operations]]\nremove = true\nselect = { line = \"b1\" }")
        #expect(applied.excluded.map(\.reason) == Array(repeating: .removed(by: Operation(kind: .remove, selector: LineSelector(lineIDs: ["b1"]))), count: 2))
    }

    @Test func aConditionSetToNoneSetsItsCellAsideByTheCondition() throws {
        let applied = try overBase("", options: ApplyOptions(conditionOverrides: [("late", .none)]))
        #expect(applied.excluded.map(\.reason) == [.condition(id: "late", state: .none)])
    }

    @Test func aShareIsAStepOfTheCellsHistoryByTheCondition() throws {
        let applied = try overBase("", options: ApplyOptions(conditionOverrides: [("late", .share(dec("0.5")))]))
        let step = try #require(applied.line("a2")?.cell(in: 2025)?.history.last)
        #expect(step.reason == .condition(id: "late", state: .share(dec("0.5"))))
        #expect(step.fromAmount == dec("-2") && step.toAmount == dec("-1"))
    }

    @Test func aHorizonSetsTheYearsItDropsAsideByTheHorizon() throws {
        let applied = try overBase("[[operations]]\nhorizon = { years = [2023, 2024, 2025], summed_years = [2024, 2025] }")
        let horizon = Operation(kind: .horizon(years: [2023, 2024, 2025], summedYears: [2024, 2025]))
        #expect(applied.beyondHorizon.map(\.lineID) == ["b1"])
        #expect(applied.beyondHorizon.map(\.reason) == [.horizon(horizon)])
    }

    @Test func twoPiecesOfOneYearMergeWithAMergeStep() throws {
        let applied = try overBase("[[operations]]\nshift = 1\nselect = { line = \"a1\", years = \"2024\" }")
        let history = try #require(applied.line("a1")?.cell(in: 2025)?.history)
        let shift = Operation(kind: .shift(1), selector: LineSelector(lineIDs: ["a1"], years: 2024...2024))
        #expect(history.first?.reason == .operation(shift))
        guard case .merged(let year, let writtenAt)? = history.last?.reason else {
            Issue.record("expected a merge step, got \(history.map(\.reason))")
            return
        }
        #expect(year == 2025)
        #expect(writtenAt?.file.hasSuffix("base.toml") == true)
        #expect(applied.amount("a1", 2025) == dec("20"))
    }
}
