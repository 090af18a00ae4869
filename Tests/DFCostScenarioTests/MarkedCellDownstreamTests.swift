import DFCostModel
import DFCostNotation
@testable import DFCostScenario
import Foundation
import Testing

/// A marked cell that a scenario adds or sets reaches everything computed from the applied table:
/// payer allocation, compare, sweep. (Simulation and report: SimulationModelTests, ReportHTMLTests.)
@Suite struct MarkedCellDownstreamTests {
    /// The published table plus a line with a marked 2025 cell and a marked `set` on pll-pll.
    static func scenario(over base: String) throws -> (Scenario, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let path = try folder.write("marked.toml", """
            version = 1
            extends = "\(base)"
            [[operations]]
            add = { id = "nytt", solution = "helsenorge", initiative = "Nytt tiltak", cells = { 2025 = "-5*", 2026 = 3 } }
            [[operations]]
            set = { 2025 = "4*" }
            select = { line = "pll-pll" }
            """)
        return (try ScenarioLoader.load(path: path), folder)
    }

    @Test func payerAllocationSeesTheConditionOfAddedAndSetCells() throws {
        let (scenario, folder) = try Self.scenario(over: Paths.example("payers-2024.toml"))
        defer { folder.remove() }
        let applied = try scenario.apply(ApplyOptions(conditionOverrides: [("fm-phaseout", .none)]))
        let totals = try applied.totals()
        // Under none: 33.5 without pll-pll's 2 (replaced by 4*, set aside) and without the -5*.
        #expect(totals.totals[2025] == dec("31.5"))
        let allocation = try applied.payerAllocation(totals)
        let sum2025 = try allocation.payers.map { allocation.exact[$0.id]?[2025] ?? .zero }.exactSum()
        #expect(sum2025 == dec("31.5"))
    }

    @Test func compareSeesTheConditionOfAddedAndSetCells() throws {
        let (scenario, folder) = try Self.scenario(over: Paths.published)
        defer { folder.remove() }
        let full = try scenario.apply()
        let none = try scenario.apply(ApplyOptions(conditionOverrides: [("fm-phaseout", .none)]))
        let comparison = try ScenarioComparison(base: full, other: none)
        // full 2025 = 21.5 - 2 + 4 - 5 = 18.5; none = 31.5: the -12*, 4* and -5* all leave.
        let y2025 = try #require(comparison.years.first { $0.year == 2025 })
        #expect(y2025.base == dec("18.5"))
        #expect(y2025.other == dec("31.5"))
        #expect(comparison.cells.contains { $0.lineID == "nytt" && $0.year == 2025 })
        #expect(comparison.cells.contains { $0.lineID == "pll-pll" && $0.year == 2025 })
    }

    @Test func sweepOfAConditionReachesLinesWhoseMarkedCellComesFromSet() throws {
        let (scenario, folder) = try Self.scenario(over: Paths.published)
        defer { folder.remove() }
        let parameter = try SweepParameter.parse("condition:fm-phaseout=full|none|delayed:1|share:0.5")
        let sweep = try Sweep(scenario: scenario, parameters: [parameter])
        var rows: [[ExactDecimal]] = []
        try sweep.forEachCombination { _, totals in
            rows.append((0..<sweep.years.count).map { try! ExactDecimal(significand: totals[$0], scale: sweep.scale) })
            return true
        }
        #expect(rows.count == 4)
        for (i, state) in [ConditionState.full, .none, .delayed(1), .share(dec("0.5"))].enumerated() {
            let direct = try scenario.apply(ApplyOptions(conditionOverrides: [("fm-phaseout", state)])).totals()
            #expect(rows[i] == sweep.years.map { direct.totals[$0]! }, "state \(state)")
        }
    }

    @Test func conditionReachIncludesSetCellsOfFilesAndWhatIfs() throws {
        let (scenario, folder) = try Self.scenario(over: Paths.published)
        defer { folder.remove() }
        let pll = try #require(scenario.base.lines.first { $0.id == "pll-pll" })
        #expect(scenario.conditionIDs(reaching: pll) == ["fm-phaseout"])
        let mf = try #require(scenario.base.lines.first { $0.id == "mf-helse" })
        #expect(scenario.conditionIDs(reaching: mf).isEmpty)
        let cell = Cell(year: 2023, amount: dec("1"), conditions: ["fm-phaseout"])
        let options = ApplyOptions(operations: [Operation(kind: .set(cell), selector: LineSelector(lineIDs: ["mf-helse"]))])
        #expect(scenario.conditionIDs(reaching: mf, options: options) == ["fm-phaseout"])
    }
}
