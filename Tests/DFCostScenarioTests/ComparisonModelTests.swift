import DFCostModel
import DFCostScenario
import Testing

/// One comparison model for two or more columns; the detailed view of two scenarios reads its
/// totals from the model's columns. Scenarios over Fixtures/base.toml (a1: 2024 10, 2025 10;
/// a2: 2023 (4), 2024 3, 2025 -2*; b1: 2025 1.5, 2026 6; summed 2024-2026).
@Suite struct ComparisonModelTests {
    func inputs(_ applied: [AppliedScenario]) -> [Comparison.Input] {
        applied.enumerated().map { Comparison.Input(name: $1.name, file: "f\($0).toml", applied: $1) }
    }

    @Test func theDetailedViewOfTwoScenariosIsATwoColumnComparison() throws {
        let base = try overBase(""), other = try overBase("[[operations]]\nscale = 2\nselect = { line = \"a1\" }")
        let detailed = try ScenarioComparison(base: base, other: other, baseFile: "b.toml", otherFile: "o.toml")
        let model = try Comparison(inputs([base, other]))
        #expect(detailed.columns.columns.map(\.file) == ["b.toml", "o.toml"])
        #expect(detailed.columns.totals == model.totals)
        #expect(detailed.columns.bySolution == model.bySolution)
        // 2024: 13 -> 23; 2025: 9.5 -> 19.5; 2026: 6 -> 6; horizon 28.5 -> 48.5.
        #expect(detailed.years.map(\.year) == [2024, 2025, 2026])
        #expect(detailed.years.map(\.base) == [dec("13"), dec("9.5"), dec("6")])
        #expect(detailed.years.map(\.other) == [dec("23"), dec("19.5"), dec("6")])
        #expect(detailed.years.map(\.delta) == [dec("10"), dec("10"), dec("0")])
        #expect(detailed.years.map(\.percent) == [dec("76.9"), dec("105.3"), dec("0")])
        #expect(detailed.horizon.base == dec("28.5") && detailed.horizon.other == dec("48.5") && detailed.horizon.delta == dec("20"))
        #expect(detailed.bySolution.filter { !$0.delta.isZero }.map(\.solution) == ["alpha", "alpha"])
        // The detail: a1's two cells, each with the scale step that made it.
        #expect(detailed.cells.map(\.year) == [2024, 2025])
        #expect(detailed.cells.allSatisfy {
            if case .step(.operation(let op), _) = $0.reasons.first { return op.kind == .scale(dec("2")) }
            return false
        })
        #expect(detailed.hasChanges && detailed.hasTotalChanges)
    }

    @Test func aYearOnlyOneScenarioSumsCountsAsZeroInTheDetailedView() throws {
        let base = try overBase(""), other = try overBase("""
            [[operations]]
            horizon = { years = [2023, 2024, 2025], summed_years = [2024, 2025] }
            """)
        let detailed = try ScenarioComparison(base: base, other: other)
        // The model has no amount where a column does not sum the year; the view shows zero.
        let y2026 = try #require(detailed.columns.totals.first { $0.year == 2026 })
        #expect(y2026.series.amounts == [dec("6"), nil])
        let d2026 = try #require(detailed.years.first { $0.year == 2026 })
        #expect(d2026.base == dec("6") && d2026.other == .zero && d2026.delta == dec("-6") && d2026.percent == dec("-100"))
        #expect(detailed.tableYears?.otherYears == [2023, 2024, 2025])
    }

    @Test func threeColumnsAreComparedEachAgainstTheirReference() throws {
        let applied = [try overBase(""), try overBase("[[operations]]\nscale = 2\nselect = { line = \"a1\" }"),
                       try overBase("[[operations]]\nscale = 3\nselect = { line = \"a1\" }")]
        let first = try Comparison(inputs(applied))
        let previous = try Comparison(inputs(applied), against: .previous)
        let horizonFirst = try #require(first.totals.first { $0.year == nil }).series
        let horizonPrevious = try #require(previous.totals.first { $0.year == nil }).series
        // Horizon: 28.5, 48.5, 68.5.
        #expect(horizonFirst.amounts == [dec("28.5"), dec("48.5"), dec("68.5")])
        #expect(horizonFirst.deltas == [nil, dec("20"), dec("40")])
        #expect(horizonPrevious.deltas == [nil, dec("20"), dec("20")])
        #expect(first.reference(of: 2) == 0 && previous.reference(of: 2) == 1)
        let a1 = try #require(first.lines.first { $0.id == "a1" })
        #expect(a1.movements.map { $0?.kinds } == [nil, [.amountChanged], [.amountChanged]])
        #expect(first.hasChanges)
    }
}
