import DFCostTestSupport
import Foundation
import Testing

/// A table or workbook `import` refuses is one line with its place first, worded in the
/// `--locale` (Norwegian by default, with a decimal comma), exit 65.
@Suite struct ImportMessageLanguageTests {
    static let malformed = "Tests/DFCostCLITests/Fixtures/malformed"

    @Test func aCSVWhoseSumDoesNotAddUpIsRefusedInNorwegian() throws {
        let file = "\(Self.malformed)/import-sum-mismatch.csv"
        let nb = try CLI.run(["import", file])
        #expect(nb.status == 65)
        #expect(nb.stderrLines == ["\(file):5:9: Sum 2025 er 4, men linjene summerer til 2,5"])
        let en = try CLI.run(["import", file, "--locale", "en"])
        #expect(en.status == 65)
        #expect(en.stderrLines == ["\(file):5:9: Sum 2025 is 4, but the lines sum to 2.5"])
    }

    @Test func aWorkbookCellThatIsNoAmountIsRefusedInNorwegianAtItsSheetAndCell() throws {
        let file = "\(Self.malformed)/workbook-cell-not-an-amount.xlsx"
        let nb = try CLI.run(["import", file])
        #expect(nb.status == 65)
        #expect(nb.stderrLines == ["\(file):Ark1!C4: '(14' er ikke en celle: '(14' er ikke et desimaltall (skriv 55, -12*, (14) eller (2,3)*)"])
        let en = try CLI.run(["import", file, "--locale", "en"])
        #expect(en.status == 65)
        #expect(en.stderrLines == ["\(file):Ark1!C4: '(14' is not a cell: '(14' is not a decimal number (write 55, -12*, (14) or (2,3)*)"])
    }

    @Test func aWorkbookThatIsNoZipArchiveIsRefusedInNorwegian() throws {
        let file = "\(Self.malformed)/workbook-not-a-zip.xlsx"
        let nb = try CLI.run(["import", file])
        #expect(nb.status == 65)
        #expect(nb.stderrLines == ["\(file): ikke en Excel-arbeidsbok (.xlsx): ikke et zip-arkiv"])
    }
}
