import DFCostTestSupport
import Foundation
import Testing

/// Failures on standard error follow `--locale` (Norwegian by default), read before the other
/// options; numbers typed on the command line take a decimal comma.
@Suite struct MessageLanguageTests {
    @Test func aFailureIsNorwegianByDefaultAndEnglishWithLocaleEn() throws {
        let nb = try CLI.run(["totals", "Scenarios/no-such-file.toml"])
        #expect(nb.status == 66)
        #expect(nb.stderrLines == ["Feil: Scenarios/no-such-file.toml: filen finnes ikke"])
        let en = try CLI.run(["totals", "Scenarios/no-such-file.toml", "--locale", "en"])
        #expect(en.status == 66)
        #expect(en.stderrLines == ["Error: Scenarios/no-such-file.toml: no such file"])
    }

    /// A scenario file's own checks (beyond a key's type) are Norwegian by default too, with their
    /// place first and a decimal comma, and English with --locale en.
    @Test func aScenarioFilesRefusalIsNorwegianWithItsPlace() throws {
        let folder = "Tests/DFCostCLITests/Fixtures/malformed/"
        let negative = folder + "scale-negative.toml"
        let nb = try CLI.run(["totals", negative])
        #expect(nb.status == 65)
        #expect(nb.stderrLines == ["Feil: \(negative):4:9: skaleringsfaktoren −1 er negativ; faktorer må være ≥ 0"])
        let en = try CLI.run(["totals", negative, "--locale", "en"])
        #expect(en.status == 65)
        #expect(en.stderrLines == ["Error: \(negative):4:9: scale factor -1 is negative; factors must be >= 0"])
        let duplicate = folder + "line-duplicate-id.toml"
        let twice = try CLI.run(["totals", duplicate])
        #expect(twice.status == 65)
        #expect(twice.stderrLines == ["Feil: \(duplicate):4:6: linje-id-en 'sfm' er brukt før (først i \(folder)support/base.toml:25:6)"])
        let shares = folder + "payer-shares-not-one.toml"
        let payers = try CLI.run(["totals", shares])
        #expect(payers.status == 65)
        #expect(payers.stderrLines.first?.hasPrefix("Feil: \(shares):8:") == true, "\(payers.stderr)")
        #expect(payers.stderrLines.first?.hasSuffix("summerer til stat 0,5 + kommune 1/3, ikke nøyaktig 1") == true, "\(payers.stderr)")
    }

    @Test func theLocaleIsHonouredWhenAnotherOptionFailsToParse() throws {
        // --locale comes after the failing option, and the failure is the parser's own.
        let en = try CLI.run(["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "x", "--locale=en"])
        #expect(en.status == 64)
        #expect(en.stderrLines == ["Error: --trials 'x' is not a whole number (write e.g. 20000 or 20 000)"])
        let nb = try CLI.run(["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "x"])
        #expect(nb.status == 64)
        #expect(nb.stderrLines == ["Feil: --trials 'x' er ikke et helt tall (skriv f.eks. '20000' eller '20\u{00A0}000')"])
    }

    @Test func aRefusedCombinationIsWordedInTheChosenLanguage() throws {
        let args = ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "0"]
        #expect(try CLI.run(args).stderrLines.first == "Feil: --trials 0 er utenfor 1–8\u{00A0}589\u{00A0}934\u{00A0}592")
        #expect(try CLI.run(args + ["--locale", "en"]).stderrLines.first == "Error: --trials 0 is outside 1...8,589,934,592")
    }

    @Test func anUnknownOptionSuggestsTheRightOneInNorwegian() throws {
        let result = try CLI.run(["totals", CLI.published, "--scael", "all=1"])
        #expect(result.status == 64)
        #expect(result.stderrLines == ["Feil: Ukjent valg '--scael'. Mente du '--scale'? (se 'dfcost totals --help')"])
    }

    @Test func scaleWithADecimalCommaIsTheSameAsWithAPoint() throws {
        let comma = try CLI.run(["totals", CLI.published, "--scale", "all=1,2", "--format", "json"])
        let point = try CLI.run(["totals", CLI.published, "--scale", "all=1.2", "--format", "json"])
        #expect(comma.status == 0 && point.status == 0)
        #expect(comma.stdout == point.stdout)
        let ambiguous = try CLI.run(["totals", CLI.published, "--scale", "all=1,200"])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("tvetydig"), "\(ambiguous.stderr)")
    }

    @Test func percentilesAndBudgetsTakeADecimalComma() throws {
        let base = ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "2000", "--format", "json"]
        let comma = try CLI.run(base + ["--percentiles", "2,5;50;97,5", "--budget", "total=140,5"])
        let point = try CLI.run(base + ["--percentiles", "2.5,50,97.5", "--budget", "total=140.5"])
        #expect(comma.status == 0, "\(comma.stderr)")
        #expect(comma.stdout == point.stdout)
        let ambiguous = try CLI.run(base + ["--budget", "total=1,405"])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderrLines.first?.hasPrefix("Feil: --budget 'total=1,405': skriv ÅR=BELØP eller total=BELØP") == true)
        #expect(ambiguous.stderr.contains("tvetydig"))
        let listOfCommas = try CLI.run(base + ["--percentiles", "10,50,85"])
        #expect(listOfCommas.status == 0)
    }
}

/// A warning is printed once: on standard error, or as the note of the document on standard output.
@Suite struct WarningOnceTests {
    @Test func aReportOnStandardOutputShowsItsWarningOnlyAsItsNote() throws {
        let result = try CLI.run(["report", CLI.published, "--scale", "tag:nothing=2", "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.components(separatedBy: "treffer ingen linje").count == 2)
    }

    @Test func aReportWrittenToAFileKeepsItsNoteAndWarnsOnceOnStandardError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("r.txt").path
        let result = try CLI.run(["report", CLI.published, "--scale", "tag:nothing=2", "--format", "text", "-o", path])
        #expect(result.status == 0)
        #expect(result.stderrLines == ["advarsel: skalert ×2 [merke nothing] treffer ingen linje: ingen linje har merke 'nothing'"])
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("treffer ingen linje"))
    }
}
