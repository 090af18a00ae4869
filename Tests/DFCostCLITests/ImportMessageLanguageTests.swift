import DFCostTestSupport
import Testing

/// A table or workbook `import` refuses is one line with its place first, worded in the
/// `--locale` (Norwegian by default, with a decimal comma), exit 65.
@Suite struct ImportMessageLanguageTests {
    static let malformed = "Tests/DFCostCLITests/Fixtures/malformed"
    static let sumMismatch = "\(malformed)/import-sum-mismatch.csv"
    static let notAnAmount = "\(malformed)/workbook-cell-not-an-amount.xlsx"
    static let notAZip = "\(malformed)/workbook-not-a-zip.xlsx"

    static let refusals: [OneLineRefusal] =
        OneLineRefusal.inNbAndEn("a CSV whose Sum does not add up", ["import", sumMismatch], status: 65,
                                 nb: "\(sumMismatch):5:9: Sum 2025 er 4, men linjene summerer til 2,5",
                                 en: "\(sumMismatch):5:9: Sum 2025 is 4, but the lines sum to 2.5")
        + OneLineRefusal.inNbAndEn("a workbook cell that is no amount, at its sheet and cell", ["import", notAnAmount], status: 65,
                                   nb: "\(notAnAmount):Ark1!C4: '(14' er ikke en celle: '(14' er ikke et desimaltall (skriv 55, -12*, (14) eller (2,3)*)",
                                   en: "\(notAnAmount):Ark1!C4: '(14' is not a cell: '(14' is not a decimal number (write 55, -12*, (14) or (2,3)*)")
        + [OneLineRefusal(what: "a workbook that is no zip archive", arguments: ["import", notAZip],
                          status: 65, line: "\(notAZip): ikke en Excel-arbeidsbok (.xlsx): ikke et zip-arkiv")]

    @Test(arguments: Self.refusals)
    func aTableImportRefusesIsOneLineWithItsPlaceInTheChosenLanguage(_ refusal: OneLineRefusal) throws {
        try refusal.check()
    }
}
