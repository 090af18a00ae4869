import Foundation
import Testing

/// Language, help texts and readable output as a user meets them on the command line.
@Suite struct LocaleAndHelpTests {
    @Test func verifySpeaksNorwegianWithDecimalCommaByDefaultAndEnglishWithLocaleEn() throws {
        let nb = try CLI.run(["verify", CLI.published])
        #expect(nb.status == 0, "\(nb.stderr)")
        #expect(nb.stdout.hasPrefix("\(CLI.published): OK: summer avrundet til hele MNOK, halvt bort fra null\n"))
        #expect(nb.stdout.contains("\n2025      21,5        22         22  ok\n"))
        let en = try CLI.run(["verify", CLI.published, "--locale", "en"])
        #expect(en.status == 0)
        #expect(en.stdout.hasPrefix("\(CLI.published): OK: sums rounded to whole MNOK, half away from zero\n"))
        #expect(en.stdout.contains("\n2025      21.5       22         22  ok\n"))
    }

    @Test func compareOfAScenarioWithItselfUnderAConditionNamesTheConditionInTheHeader() throws {
        let result = try CLI.run(["compare", CLI.published, CLI.published, "--condition", "fm-phaseout=none"])
        #expect(result.status == 0, "\(result.stderr)")
        let header = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("År ") })
        let names = header.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(names == ["År", "ehelseportefolje-2023-10", "ehelseportefolje-2023-10 (fm-phaseout=none)", "endring", "%"])
    }

    /// Two scenarios of one table in detail (with the reasons), three side by side.
    @Test(arguments: [["Scenarios/fm-not-phased-out.toml"], ["Scenarios/dbep-unfunded.toml"],
                      ["Scenarios/fm-not-phased-out.toml", "Scenarios/dbep-unfunded.toml"]])
    func compareInNorwegianHasNoEnglishColumnOrReason(others: [String]) throws {
        let result = try CLI.run(["compare", CLI.published] + others)
        #expect(result.status == 0, "\(result.stderr)")
        let words = Set(result.stdout.split { !$0.isLetter }.map(String.init))
        for word in ["delta", "total", "solution", "why", "change", "line", "condition", "removed", "excluded",
                     "moved", "dropped", "unchanged", "new", "movement", "against", "column", "continues"] {
            #expect(!words.contains(word), "\(word)")
        }
        switch others {
        case ["Scenarios/fm-not-phased-out.toml"]: #expect(result.stdout.contains("betingelse fm-phaseout: ikke oppfylt"))
        case ["Scenarios/dbep-unfunded.toml"]: #expect(result.stdout.contains("fjernet [merke dbep]"))
        default: #expect(result.stdout.contains("dbep-unfunded: falt bort"))
        }
    }

    /// `dfcost COMMAND --help` on a wide terminal: a paragraph is one line unless a line ends a
    /// sentence or clause (. : ;) or the next is indented (a list or an example).
    static func brokenSentences(_ command: String, locale: String) throws -> [String] {
        let binary = try #require(CLI.executable)
        let process = Process()
        process.executableURL = binary
        process.arguments = [command, "--help", "--locale", locale]
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "2000"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let discussion = lines.prefix { !$0.hasPrefix("USAGE:") && !$0.hasPrefix("BRUK:") }
        var broken: [String] = []
        for (a, b) in zip(discussion, discussion.dropFirst()) where !a.isEmpty && !b.isEmpty {
            guard !a.hasPrefix(" "), !b.hasPrefix(" "), !b.hasPrefix("-") || b.hasPrefix("--") else { continue }
            if let last = a.last, !".:;".contains(last) { broken.append(a) }
        }
        return broken
    }

    @Test(arguments: ["totals", "verify", "compare", "explain", "sweep", "simulate", "report", "import"])
    func helpOverviewsKeepTheirSentencesWhole(command: String) throws {
        for locale in ["nb", "en"] {
            #expect(try Self.brokenSentences(command, locale: locale) == [], "\(command) --help --locale \(locale) breaks a sentence")
        }
    }
}

/// `sweep --locale`: the engine's warnings in Norwegian by default, English with --locale en.
@Suite struct SweepLocaleTests {
    static let arguments = ["sweep", CLI.published, "--vary", "scale:all=1..1.1:0.1",
                            "--index", "all=2023:2024=3.1,2025=0.03,2026=0.03"]

    @Test func sweepWarnsInNorwegianByDefault() throws {
        let result = try CLI.run(Self.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderrLines.first == "advarsel: indeksert fra 2023 [alle linjer]: satsen 3,1 for 2024 ganger med 1+3,1 (310 %); satser oppgis som andel, ikke i prosent; for 3,1 % skriv 0,031")
    }

    @Test func sweepWarnsInEnglishWithLocaleEn() throws {
        let result = try CLI.run(Self.arguments + ["--locale", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderrLines.first == "warning: index from 2023 [all]: the rate 3.1 for 2024 multiplies by 1+3.1 (310 %); rates are fractions; for 3.1 % write 0.031")
    }

    @Test func totalsWarnsInTheLanguageOfItsOutput() throws {
        let nb = try CLI.run(["totals", CLI.published, "--scale", "tag:dbepx=2", "--format", "csv"])
        #expect(nb.stderrLines.first?.hasPrefix("advarsel: skalert ×2 [merke dbepx] treffer ingen linje") == true, "\(nb.stderr)")
        let en = try CLI.run(["totals", CLI.published, "--scale", "tag:dbepx=2", "--locale", "en", "--format", "csv"])
        #expect(en.stderrLines.first?.hasPrefix("warning: scale ×2 [tag:dbepx] matches no line") == true, "\(en.stderr)")
    }
}

/// The shell completions offer files where a command takes one: scenario files (`*.toml`) for
/// every command's file argument, tables for import, any file for `-o`.
@Suite struct ShellCompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyFileArgumentCompletesFileNames(shell: String) throws {
        let result = try CLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        let script = result.stdout
        switch shell {
        case "bash":
            // One `*.toml` file action per scenario-file argument or option: totals, explain,
            // sweep, simulate (file and --compare), report (file and --compare), compare (base and
            // others), verify, import --like.
            #expect(script.components(separatedBy: "-fX '!*.@(toml)'").count - 1 == 11)
            #expect(script.contains("'!*.@(xlsx|csv|tsv|txt)'"))
        case "zsh":
            // The value names are the help's, in the chosen language (Norwegian by default).
            #expect(script.contains(":fil:_files -g '\\''*.toml'\\''"))
            #expect(script.contains("_files -g '\\''*.xlsx *.csv *.tsv *.txt'\\''"))
        default:
            let totalsFile = script.split(separator: "\n").first { $0.contains("positional \"dfcost totals\" -eq 1") }
            #expect(totalsFile?.contains("toml") == true, "\(String(describing: totalsFile))")
        }
    }
}
