import DFCostTableLayout
import DFCostModel
import DFCostRender
import DFCostScenario
import Testing

/// The `meta` rows of `totals --format csv` (and of a workbook's hidden `dfcost` sheet): a table a
/// scenario changed says that it is applied, with the states and set-aside cells already in it.
@Suite struct TableMetaRowsTests {
    func rows(_ file: String) throws -> [[String]] {
        let (_, applied, _) = try RenderSupport.applied(file)
        return TableMetaRows.rows(applied)
    }

    @Test func aTableAsItsFileWroteItHasNoAppliedRows() throws {
        let rows = try rows("Scenarios/published/ehelseportefolje-2023-10.toml")
        #expect(rows.allSatisfy { $0.first == TableLayout.RowKind.meta.rawValue })
        #expect(!rows.contains { $0[1].hasPrefix("applied.") })
        #expect(rows.contains(["meta", "conditions.fm-phaseout", "*", "Er avhengig av full utfasing av FM."]))
    }

    @Test func aDelayedConditionIsWrittenAsAppliedWithItsState() throws {
        let rows = try rows("Scenarios/fm-delayed-1y.toml")
        let applied = rows.filter { $0[1].hasPrefix("applied.") }
        #expect(applied.map { Array($0.prefix(3)) } == [["meta", "applied.scenario", "fm-delayed-1y"],
                                                          ["meta", "applied.conditions.fm-phaseout", "delayed:1"]])
        // The condition itself stays declared as the base file declares it.
        #expect(rows.contains(["meta", "conditions.fm-phaseout", "*", "Er avhengig av full utfasing av FM."]))
    }

    @Test func anExcludedCellIsKeptWithItsNotation() throws {
        let rows = try rows("Scenarios/fm-not-phased-out.toml")
        #expect(rows.contains { Array($0.prefix(3)) == ["meta", "applied.conditions.fm-phaseout", "none"] })
        let excluded = try #require(rows.first { $0[1] == "applied.excluded.pll-fm.2025" })
        #expect(excluded[2] == "-12*")
        // Keys and values only: no English prose in a CSV a Norwegian reader opens.
        #expect(excluded.count == 3, "\(excluded)")
    }

    @Test func theCSVWritesTheSameRows() throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/fm-not-phased-out.toml")
        let csv = TotalsRenderer(csvDialect: .rfc4180).render(applied, totals: totals, format: .csv)
        let lines = csv.split(separator: "\r\n").filter { $0.hasPrefix("meta,") }
        #expect(lines.count == TableMetaRows.rows(applied).count)
        #expect(lines.contains { $0 == "meta,applied.excluded.pll-fm.2025,-12*" })
    }
}
