import DFCostModel
import Foundation
import Testing

/// LibreOffice recalculates the report's KS2 table: the two differences are formulas that give
/// dfcost's printed figures, and a figure changed in the file moves them.
@Suite(.serialized, .enabled(if: LibreOffice.soffice != nil, "soffice not found: install libreoffice-calc-nogui (make test-deps does)"))
struct KS2LibreOfficeTests {
    static let arguments = ["report", "Scenarios/bench/standard-workload.toml", "--simulate", "--trials", "5000", "--seed", "2"]
    static let sheet = "Usikkerhet (Monte Carlo)"
    static let labels = (base: "Basiskostnad (deterministisk sum, eksakt)", addition: "Forventet tillegg (styringsramme − basiskostnad)",
                         management: "Styringsramme (P50)", reserve: "Usikkerhetsavsetning (kostnadsramme − styringsramme)",
                         cost: "Kostnadsramme (P85)")

    /// The report's KS2 table as printed in its JSON.
    static func printed() throws -> [String: ExactDecimal] {
        let result = try CLI.run(arguments + ["--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let ks2 = try #require((json["simulation"] as? [String: Any])?["ks2"] as? [String: Any])
        var out: [String: ExactDecimal] = [:]
        for key in ["base_cost", "expected_addition", "management_frame", "contingency_reserve", "cost_frame"] {
            out[key] = try #require((ks2[key] as? String).flatMap(ExactDecimal.init), "\(key)")
        }
        return out
    }

    static func value(_ sheet: LibreOffice.Sheet, _ label: String) throws -> Double {
        try #require(sheet.row(label)?.first.flatMap(Double.init), "\(label)")
    }

    @Test func libreOfficeComputesTheDifferencesDfcostPrints() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("r.xlsx"), stripped = work.url.appendingPathComponent("stripped.xlsx")
        #expect(try CLI.run(Self.arguments + ["--format", "xlsx", "-o", xlsx.path]).status == 0)
        // Without the cached values, LibreOffice must compute the formulas itself.
        try WorkbookFile.edit(xlsx, to: stripped, "xl/worksheets/sheet2.xml") { xml in
            #expect(xml.contains("<f>B"))
            return xml.replacingOccurrences(of: #"(<f>[^<]*</f>)<v>[^<]*</v>"#, with: "$1", options: .regularExpression)
        }
        let sheet = try #require(try LibreOffice.csvSheets(stripped, in: work)[Self.sheet])
        let printed = try Self.printed()
        for (label, key) in [(Self.labels.addition, "expected_addition"), (Self.labels.reserve, "contingency_reserve"),
                             (Self.labels.base, "base_cost"), (Self.labels.management, "management_frame"), (Self.labels.cost, "cost_frame")] {
            #expect(abs(try Self.value(sheet, label) - printed[key]!.doubleValue) < 1e-9, "\(label)")
        }
    }

    @Test func aFigureChangedInTheFileMovesTheReserveLibreOfficeComputes() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let xlsx = work.url.appendingPathComponent("r.xlsx"), changed = work.url.appendingPathComponent("changed.xlsx")
        #expect(try CLI.run(Self.arguments + ["--format", "xlsx", "-o", xlsx.path]).status == 0)
        let before = try #require(try LibreOffice.csvSheets(xlsx, in: work)[Self.sheet])
        let costRow = try #require(before.rows.firstIndex { $0.first == Self.labels.cost }) + 1
        // The kostnadsramme typed as 200: the usikkerhetsavsetning follows, the forventet tillegg does not.
        try WorkbookFile.edit(xlsx, to: changed, "xl/worksheets/sheet2.xml") { WorkbookFile.setCell("B\(costRow)", to: "200", in: $0) }
        let after = try #require(try LibreOffice.csvSheets(changed, in: work)[Self.sheet])
        let management = try Self.value(after, Self.labels.management)
        #expect(abs(try Self.value(after, Self.labels.reserve) - (200 - management)) < 1e-9)
        #expect(try Self.value(after, Self.labels.addition) == (try Self.value(before, Self.labels.addition)))
    }
}
