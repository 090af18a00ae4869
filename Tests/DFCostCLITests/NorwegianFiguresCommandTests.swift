import DFCostTestSupport
import Foundation
import Testing

/// Figures and words inside the messages and files of `import`, `verify` and `simulate` in
/// Norwegian (the default) and English: grouped amounts in messages and verify's table, year
/// ranges with an en dash, the exceedance's ± in percentage points, the simulate CSV's headers,
/// and the comment lines import writes.
@Suite struct NorwegianFiguresCommandTests {
    /// A table of large amounts; `sum2025` is the stated Sum for 2025.
    static func table(sum2025: String) -> String {
        "Tiltak;Del;2024;2025\nE-resept;;;\nProgram A;SFM;12000;12530,5\nProgram B;FM;500;1000\nSum;;12500;\(sum2025)\n"
    }

    @Test func importsSumCheckGroupsItsFigures() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = try folder.write("sum.csv", Self.table(sum2025: "12530"))
        let nb = try CLI.run(["import", csv])
        #expect(nb.status == 65)
        #expect(nb.stderr.contains("Sum 2025 er 12\u{00A0}530, men linjene summerer til 13\u{00A0}530,5"), "\(nb.stderr)")
        let en = try CLI.run(["import", csv, "--locale", "en"])
        #expect(en.stderr.contains("Sum 2025 is 12530, but the lines sum to 13530.5"), "\(en.stderr)")
    }

    @Test func importWritesItsCommentsInTheChosenLanguage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = try folder.write("ok.csv", Self.table(sum2025: "13530,5"))
        let nb = try CLI.run(["import", csv])
        #expect(nb.status == 0, "\(nb.stderr)")
        let nbLines = nb.stdout.components(separatedBy: "\n")
        #expect(nbLines[0] == "# Importert med `dfcost import` fra \(csv) (rapportoppsett).")
        #expect(nbLines[1] == "# Kontroller årene, de summerte årene og betingelsene, og kjør så `dfcost verify` på denne filen.")
        let en = try CLI.run(["import", csv, "--locale", "en"])
        #expect(en.stdout.hasPrefix("# Imported by `dfcost import` from \(csv) (human layout).\n# Check the years"))
        // The keys are the same in both languages.
        #expect(nb.stdout.drop { $0 != "\n" }.drop { $0 == "\n" }.drop { $0 != "\n" } == en.stdout.drop { $0 != "\n" }.drop { $0 == "\n" }.drop { $0 != "\n" })
    }

    @Test func verifyGroupsItsAmountsAsTotalsDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = try folder.write("ok.csv", Self.table(sum2025: "13530,5"))
        let toml = folder.path("ok.toml")
        #expect(try CLI.run(["import", csv, "-o", toml]).status == 0)
        let verify = try CLI.run(["verify", toml])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let row = try #require(verify.stdout.components(separatedBy: "\n").first { $0.hasPrefix("2025") })
        #expect(row.contains("13\u{00A0}530,5"), "\(row)")
        #expect(!verify.stdout.contains("13530"))
    }

    @Test func theExceedancesStandardErrorIsInPercentagePoints() throws {
        let args = ["simulate", "Scenarios/payers-uncertain.toml", "--trials", "200", "--budget", "total=130"]
        let nb = try CLI.run(args)
        #expect(nb.status == 0, "\(nb.stderr)")
        let line = try #require(nb.stdout.components(separatedBy: "\n").first { $0.hasPrefix("P(") })
        #expect(line.hasSuffix(" prosentpoeng"), "\(line)")
        let en = try CLI.run(args + ["--locale", "en"])
        #expect(en.stdout.components(separatedBy: "\n").first { $0.hasPrefix("P(") }?.hasSuffix(" percentage points") == true)
    }

    @Test func theSimulateCSVsHeadersAreWordsOfTheLanguage() throws {
        let args = ["simulate", "Scenarios/payers-uncertain.toml", "--trials", "200", "--format", "csv"]
        let nb = try CLI.run(args)
        #expect(nb.stdout.hasPrefix("\u{FEFF}resultat;forventningsverdi;standardavvik;P10;P10 standardfeil;"), "\(nb.stdout.prefix(80))")
        let en = try CLI.run(args + ["--locale", "en"])
        #expect(en.stdout.hasPrefix("\u{FEFF}result;mean;sd;P10;P10 standard error;"), "\(en.stdout.prefix(80))")
    }
}
