import Foundation
import Testing

/// `verify` of the scenario folder, and the examples and formats `--help` offers.
@Suite struct VerifyFolderAndHelpTests {
    @Test func aVerifyThatComparedNothingFailsInsteadOfPassingACIJob() throws {
        // One derived file that changes cells: read, not compared; a check that checked nothing is
        // not a pass.
        let one = try CLI.run(["verify", "Scenarios/fm-delayed-1y.toml"])
        #expect(one.status == 1, "\(one.stdout)\(one.stderr)")
        #expect(one.stdout.contains("Scenarios/fm-delayed-1y.toml: ikke kontrollert: utvider"))
        #expect(one.stderrLines == ["verify: ingen publiserte summer ble kontrollert; gi en fil med egne [published_sums], for eksempel den publiserte tabellen"])
        let two = try CLI.run(["verify", "Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml", "--locale", "en"])
        #expect(two.status == 1)
        #expect(two.stderr.contains("verify: no published sums were verified"))
        // With the published file beside it, the check compared something: it passes.
        let with = try CLI.run(["verify", "Scenarios/fm-delayed-1y.toml", "Scenarios/published/ehelseportefolje-2023-10.toml"])
        #expect(with.status == 0, "\(with.stdout)\(with.stderr)")
    }

    @Test func aDerivedFileThatChangesCellsIsNotVerifiedAgainstItsParentsSums() throws {
        let result = try CLI.run(["verify", "Scenarios/", "--locale", "en"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(
            "Scenarios/fm-delayed-1y.toml: not verified: extends Scenarios/published/ehelseportefolje-2023-10.toml and changes its cells; only a file's own [published_sums] are checked"))
        // A derived file that changes no cell (payer keys only) is checked against the sums it inherits.
        #expect(result.stdout.contains("Scenarios/payers-2024.toml: OK"))
        #expect(!result.stdout.contains("MISMATCH"))
        let summary = try #require(result.stdout.split(separator: "\n").last)
        #expect(summary.hasPrefix("verify: 9 files: 3 OK, 6 not verified (Scenarios/dbep-unfunded.toml, "), "\(summary)")
        #expect(!result.stdout.contains(CLI.root.path))
    }

    @Test func explainAndSimulateOfferNoWorkbook() throws {
        for command in ["explain", "simulate"] {
            let help = try CLI.run([command, "--help", "--locale", "en"])
            let line = try #require(help.stdout.split(separator: "\n").first { $0.contains("--format <format>") })
            #expect(!line.contains("xlsx") && help.stdout.contains("text, markdown, csv, json; default: text"), "\(help.stdout)")
            let norwegian = try CLI.run([command, "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(norwegian.contains("(verdier: text, markdown, csv, json; standard: text)"), "\(norwegian)")
            let refused = try CLI.run([command, CLI.published, "--format", "xlsx"])
            #expect(refused.status == 64)
        }
    }

    @Test func sweepHelpsShiftExamplePrintsARowPerValue() throws {
        let help = try CLI.run(["sweep", "--help"])
        let example = try #require(help.stdout.split(separator: " ").first { $0.hasPrefix("shift:tag:dokumentdeling=") })
        let result = try CLI.run(["sweep", CLI.published, "--vary", String(example)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(whereSeparator: \.isNewline).count == 3, "\(result.stdout)")
    }
}
