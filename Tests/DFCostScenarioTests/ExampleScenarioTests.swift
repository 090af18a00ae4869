import DFCostModel
import DFCostScenario
import Testing

/// The example scenarios in Scenarios/, each against totals worked out by hand from the
/// published table (2024 = 93, 2025 = 21.5, 2026 = 12).
@Suite struct ExampleScenarioTests {
    func apply(_ name: String) throws -> AppliedScenario {
        let scenario = try ScenarioLoader.load(path: Paths.example(name))
        #expect(scenario.files.count == 2, "\(name) should extend the published table directly")
        #expect(scenario.files.first?.hasSuffix("published/ehelseportefolje-2023-10.toml") == true)
        return try scenario.apply()
    }

    @Test func fmDelayedOneYear() throws {
        let applied = try apply("fm-delayed-1y.toml")
        // The -12* of pll-fm moves 2025 -> 2026.
        // 2024 = 93; 2025 = 21.5 + 12 = 33.5; 2026 = 12 - 12 = 0.
        let totals = try applied.totals()
        #expect(totals.totals == years([2024: "93", 2025: "33.5", 2026: "0"]))
        // Cumulative: 93, 93 + 33.5 = 126.5, 126.5 + 0 = 126.5 (the same level, reached a year earlier).
        #expect(totals.cumulative == years([2024: "93", 2025: "126.5", 2026: "126.5"]))
        #expect(applied.amount("pll-fm", 2026) == dec("-12"))
        #expect(applied.conditionStates["fm-phaseout"] == .delayed(1))
        #expect(applied.name == "fm-delayed-1y")
    }

    @Test func fmNotPhasedOut() throws {
        let applied = try apply("fm-not-phased-out.toml")
        // The -12* does not count. 2024 = 93; 2025 = 21.5 + 12 = 33.5; 2026 = 12.
        let totals = try applied.totals()
        #expect(totals.totals == years([2024: "93", 2025: "33.5", 2026: "12"]))
        // Rounded at whole MNOK: 93 / 34 (33.5 half away from zero) / 12.
        #expect(totals.roundedTotals == years([2024: "93", 2025: "34", 2026: "12"]))
        #expect(applied.excluded.map(\.lineID) == ["pll-fm"])
        #expect(applied.excluded.map(\.cell.amount) == [dec("-12")])
        #expect(applied.excluded.map(\.cell.year) == [2025])
    }

    @Test func dbepUnfunded() throws {
        let applied = try apply("dbep-unfunded.toml")
        // DBEP's cells are all internal (2022-2023), never summed: 93 / 21.5 / 12 unchanged.
        #expect(try applied.totals().totals == years([2024: "93", 2025: "21.5", 2026: "12"]))
        #expect(applied.line("dbep-kjernejournal") == nil)
        #expect(applied.line("dbep-helsenorge") == nil)
        #expect(applied.table.lines.count == 12)  // 14 - 2
        // Listed as excluded: (2)* and (2,3)* on kjernejournal, (1)* and (1,1)* on helsenorge.
        #expect(applied.excluded.map(\.lineID) == ["dbep-kjernejournal", "dbep-kjernejournal", "dbep-helsenorge", "dbep-helsenorge"])
        #expect(applied.excluded.map(\.cell.amount) == [dec("2"), dec("2.3"), dec("1"), dec("1.1")])
        #expect(applied.excluded.allSatisfy { $0.cell.isInternal && $0.reason == .removed(by: Operation(kind: .remove, selector: LineSelector(tags: ["dbep"]))) })
        #expect(applied.warnings.isEmpty)
    }

    @Test func tillitsrammeverkDelay() throws {
        let applied = try apply("tillitsrammeverk-delay.toml")
        // dokumentdeling cells: kjernejournal 8 / 9.5, helsenorge 0.5 / 0.5, helsenettet 2.5 / 2.
        // 2024 = 93 - (8 + 0.5 + 2.5) = 93 - 11 = 82.
        // 2025 = 21.5 - (9.5 + 0.5 + 2) + 11 = 21.5 - 12 + 11 = 20.5.
        // 2026 = 12 + 12 = 24.
        let totals = try applied.totals()
        #expect(totals.totals == years([2024: "82", 2025: "20.5", 2026: "24"]))
        // Rounded: 82 / 21 (20.5 half away from zero) / 24.
        #expect(totals.roundedTotals == years([2024: "82", 2025: "21", 2026: "24"]))
        // kjernejournal: 2024 = 25 - 8 = 17; 2025 = 9.5 - 9.5 + 8 = 8; 2026 = 9.5.
        #expect(totals.bySolution["kjernejournal"] == years([2024: "17", 2025: "8", 2026: "9.5"]))
        #expect(applied.line("pds-deling-helsenettet")?.cells.map(\.year) == [2025, 2026])
        // Cumulative: 82, 102.5, 126.5: the same level at the horizon, reached later.
        #expect(totals.cumulative[2026] == dec("126.5"))
    }

    @Test func overrunTwentyPercent() throws {
        let applied = try apply("overrun-20.toml")
        // Every cell × 1.2, exact: 93 × 1.2 = 111.6; 21.5 × 1.2 = 25.8; 12 × 1.2 = 14.4.
        let totals = try applied.totals()
        #expect(totals.totals == years([2024: "111.6", 2025: "25.8", 2026: "14.4"]))
        // Rounded: 112 / 26 / 14.
        #expect(totals.roundedTotals == years([2024: "112", 2025: "26", 2026: "14"]))
        // e-resept 2025: (-12 + 2) × 1.2 = -12.
        #expect(totals.bySolution["e-resept"]?[2025] == dec("-12"))
        #expect(applied.amount("pll-fm", 2025) == dec("-14.4"))
    }

    @Test func nominalKroner() throws {
        let applied = try apply("nominal-kroner.toml")
        // Factors from base year 2023: 2024 = 1.031; 2025 = 1.031 × 1.027 = 1.058837;
        // 2026 = 1.058837 × 1.025 = 1.085307925. Each cell is indexed, then rounded at 0.001
        // half away from zero, then summed.
        // 2024: 55 → 56.705; -2 → -2.062; 8 → 8.248; 17 → 17.527; 0.5 → 0.5155 → 0.516;
        //       3 → 3.093; 10 → 10.31; -4 → -4.124; 2.5 → 2.5775 → 2.578; 3 → 3.093.
        //       Sum = 95.884 (93 × 1.031 = 95.883, plus the two half-ups of 0.0005).
        // 2025: -12 → -12.706044 → -12.706; 2 → 2.117674 → 2.118; 9.5 → 10.0589515 → 10.059;
        //       0.5 → 0.5294185 → 0.529; 13.5 → 14.2942995 → 14.294; 2 → 2.118; 6 → 6.353022 → 6.353.
        //       Sum = -12.706 + 2.118 + 10.059 + 0.529 + 14.294 + 2.118 + 6.353 = 22.765.
        // 2026: 12 → 13.0236951 → 13.024.
        let totals = try applied.totals()
        #expect(totals.totals == years([2024: "95.884", 2025: "22.765", 2026: "13.024"]))
        #expect(totals.roundedTotals == years([2024: "96", 2025: "23", 2026: "13"]))
        #expect(applied.amount("pds-deling-helsenorge", 2024) == dec("0.516"))
        #expect(applied.amount("pds-deling-kjernejournal", 2025) == dec("10.059"))
        // 2022 and 2023 are the base year and before: unchanged.
        #expect(applied.amount("helsenorge-diverse", 2023) == dec("18"))
        #expect(applied.amount("pll-sfm", 2022) == dec("14"))
    }
}
