import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// Disagreements the differential oracle found, shrunk to a fixture each (Fixtures/*.toml, whose
/// header quotes the README text that decides the case) with the README's expectation written
/// out by hand.
@Suite("Oracle regressions")
struct OracleRegressionTests {
    static func fixture(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name).path
    }

    static func dec(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    /// Decided for the engine: Scenarios/README.md (step 2 of the order of evaluation) lists every
    /// removed cell as excluded, internal ones included, so outputs say where they went.
    @Test func removeListsEveryCellOfARemovedLineAsExcluded() throws {
        let applied = try ScenarioLoader.load(path: Self.fixture("remove-lists-internal-cells.toml")).apply()
        #expect(applied.table.lines.isEmpty)
        #expect(applied.excluded.map { "\($0.lineID) \($0.cell.year) \($0.cell.amount)" } == ["l1 2024 1", "l1 2025 2"])
    }

    /// Likewise a horizon lists every cell it leaves out, internal ones included.
    @Test func horizonListsEveryCellItLeavesOutBeyondHorizon() throws {
        let applied = try ScenarioLoader.load(path: Self.fixture("horizon-lists-internal-cells.toml")).apply()
        #expect(applied.beyondHorizon.map { "\($0.lineID) \($0.cell.year) \($0.cell.amount)" } == ["l1 2024 1", "l2 2024 4"])
        #expect(applied.table.lines.first { $0.id == "l1" }?.cells.map(\.year) == [2025])
        #expect(try applied.totals().totals == [2025: Self.dec("3"), 2026: .zero])
    }

    /// Decided for the engine: Scenarios/README.md now says a second `set` of one year with the
    /// same `select` in one file is an error (the first would be lost), as the engine always did.
    @Test func twoSetsOfOneYearInOneFileAreAnError() throws {
        #expect(throws: ScenarioError.self) {
            _ = try ScenarioLoader.load(path: Self.fixture("set-twice-in-one-file.toml")).apply()
        }
    }
}
