import DFCostModel
import DFCostScenario
import Foundation
import Testing

@Suite struct ComparisonTests {
    @Test func comparingATableWithItselfFindsNoChanges() throws {
        let comparison = try ScenarioComparison(base: published(), other: published())
        #expect(!comparison.hasChanges)
        #expect(comparison.cells.isEmpty)
        #expect(comparison.years.allSatisfy { $0.delta.isZero })
    }

    @Test func delayedPhaseOutMovesTheFMCellAndNamesTheCondition() throws {
        let base = try published()
        let other = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .delayed(1))]))
        let comparison = try ScenarioComparison(base: base, other: other)
        #expect(comparison.hasChanges)
        // 2024: 93 -> 93; 2025: 21.5 -> 33.5 (+12, 12 / 21.5 = 55.81 % -> 55.8); 2026: 12 -> 0 (-12, -100 %).
        #expect(comparison.years.map(\.year) == [2024, 2025, 2026])
        #expect(comparison.years.map(\.delta) == [dec("0"), dec("12"), dec("-12")])
        #expect(comparison.years.map(\.percent) == [dec("0"), dec("55.8"), dec("-100")])
        #expect(comparison.horizon.delta == .zero)  // 126.5 both: the cost only moved
        let eResept2025 = try #require(comparison.bySolution.first { $0.solution == "e-resept" && $0.year == 2025 })
        #expect(eResept2025.base == dec("-10"))
        #expect(eResept2025.other == dec("2"))
        #expect(eResept2025.delta == dec("12"))
        // Exactly two cells differ: pll-fm 2025 (-12 -> none) and 2026 (none -> -12).
        #expect(comparison.cells.map(\.lineID) == ["pll-fm", "pll-fm"])
        #expect(comparison.cells.map(\.year) == [2025, 2026])
        let left = comparison.cells[0], arrived = comparison.cells[1]
        #expect(left.base == dec("-12"))
        #expect(left.other == nil)
        #expect(left.reasons.contains(.movedAway(.condition(id: "fm-phaseout", state: .delayed(1)))))
        #expect(arrived.base == nil)
        #expect(arrived.other == dec("-12"))
        #expect(arrived.reasons == [.step(.condition(id: "fm-phaseout", state: .delayed(1)), origin: nil)])
    }

    @Test func excludedCellsCarryTheirReason() throws {
        let comparison = try ScenarioComparison(
            base: published(), other: published(ApplyOptions(conditionOverrides: [("fm-phaseout", .none)])))
        #expect(comparison.cells.count == 1)
        #expect(comparison.cells.first?.reasons == [.setAside(.condition(id: "fm-phaseout", state: .none))])
    }

    @Test func changedCellsCarryTheOperationAndWhereItWasWritten() throws {
        let path = Paths.example("overrun-20.toml")
        let comparison = try ScenarioComparison(base: published(), other: ScenarioLoader.load(path: path).apply())
        // Every counted cell in a summed year or not changes except those ×1.2 leaves equal (none: no zeros).
        let cell = try #require(comparison.cells.first { $0.lineID == "pll-sfm" && $0.year == 2024 })
        #expect(cell.base == dec("55"))
        #expect(cell.other == dec("66"))
        guard case .step(.operation(let operation), let origin)? = cell.reasons.first else {
            Issue.record("expected the scale step, got \(cell.reasons)")
            return
        }
        #expect(operation.kind == .scale(dec("1.2")))
        #expect(operation.label == "scale ×1.2 [all]")
        #expect(origin?.file == path)
        #expect(comparison.years.map(\.percent) == [dec("20"), dec("20"), dec("20")])
        #expect(comparison.otherName == "overrun-20")
    }
}

@Suite struct ExplanationTests {
    @Test func listsEveryContributingCellWithItsOrigin() throws {
        let applied = try published()
        let explanation = try Explanation(applied, year: 2025)
        #expect(explanation.total == dec("21.5"))
        // 2025: pll-fm -12*, pll-pll 2, the three document-sharing cells, Diverse 13.5, hjemmeoppfølging 6.
        #expect(Set(explanation.contributions.map(\.lineID)) == [
            "pll-fm", "pll-pll", "pds-deling-kjernejournal", "pds-deling-helsenorge", "helsenorge-diverse",
            "pds-deling-helsenettet", "pds-hjemmeoppfolging-helsenettet",
        ])
        #expect(try explanation.contributions.map(\.cell.amount).exactSum() == dec("21.5"))
        for contribution in explanation.contributions {
            let origin = try #require(contribution.cell.origin)
            #expect(origin.file == Paths.published)
            #expect(origin.line > 1)
        }
        let fm = try #require(explanation.contributions.first { $0.lineID == "pll-fm" })
        #expect(fm.label == "Program Pasientens legemiddelliste / FM")
        #expect(fm.cell.history.isEmpty)
    }

    @Test func explainsWhy2025Is33point5WhenFMIsNeverPhasedOut() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .none)]))
        let explanation = try Explanation(applied, year: 2025)
        #expect(explanation.total == dec("33.5"))
        #expect(!explanation.contributions.contains { $0.lineID == "pll-fm" })
        let aside = try #require(explanation.notCounted.first { $0.lineID == "pll-fm" })
        #expect(aside.cell.amount == dec("-12"))
        #expect(aside.cause == .setAside(.condition(id: "fm-phaseout", state: .none)))
    }

    @Test func showsTheMovedCellInBothYears() throws {
        let applied = try published(ApplyOptions(conditionOverrides: [("fm-phaseout", .delayed(1))]))
        let from = try Explanation(applied, year: 2025)
        #expect(from.total == dec("33.5"))
        let moved = try #require(from.notCounted.first { $0.lineID == "pll-fm" })
        #expect(moved.cause == .moved(toYear: 2026, step: .condition(id: "fm-phaseout", state: .delayed(1))))
        let to = try Explanation(applied, year: 2026)
        #expect(to.total == .zero)
        let arrived = try #require(to.contributions.first { $0.lineID == "pll-fm" })
        #expect(arrived.cell.amount == dec("-12"))
        #expect(arrived.cell.history.map(\.fromYear) == [2025])
        #expect(arrived.cell.history.map(\.toYear) == [2026])
        // The cell still points at where it was published.
        #expect(arrived.cell.origin?.file == Paths.published)
    }

    @Test func restrictsToOneSolution() throws {
        let explanation = try Explanation(published(), year: 2024, solution: "kjernejournal")
        #expect(explanation.total == dec("25"))
        #expect(explanation.contributions.map(\.lineID) == ["pds-deling-kjernejournal", "pds-provesvar-kjernejournal"])
    }

    @Test func listsInternalCellsOfAnUnsummedYearAsSetAside() throws {
        let explanation = try Explanation(published(), year: 2022)
        // MF Helse's 15 is shown for 2022, but 2022 is not summed: flagged, never in the TBU totals.
        #expect(explanation.total == dec("15"))
        #expect(!explanation.isSummedYear)
        #expect(Set(explanation.notCounted.map(\.lineID)) == ["pll-sfm", "dbep-kjernejournal", "dbep-helsenorge"])
        #expect(explanation.contributions.map(\.lineID) == ["mf-helse"])  // counted, but 2022 is not summed
    }

    @Test func rejectsAYearOutsideTheTableAndAnUnknownSolution() throws {
        let applied = try published()
        #expect(throws: ScenarioError.self) { try Explanation(applied, year: 2030) }
        #expect {
            _ = try Explanation(applied, year: 2025, solution: "kjernejournl")
        } throws: { error in
            (error as? ScenarioError)?.description.contains("did you mean 'kjernejournal'?") == true
        }
    }
}
