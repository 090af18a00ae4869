import DFCostRender
import Foundation
import Testing

/// The command line as a Norwegian user meets it: every refused option value is one error line
/// with the prefix every error line has, counts are typed as dfcost prints them, a negative seed
/// is refused in words, a misspelled option gets the nearest, and the help's placeholders and
/// defaults are Norwegian.
@Suite struct CommandLineOptionTests {
    static let file = "Scenarios/fm-delayed-1y.toml"
    static let csv = "Tests/DFCostCLITests/Fixtures/import/hand-typed.csv"

    /// A bad value of every option that takes one (and a refused combination or two), per command.
    static let badValues: [[String]] = [
        ["simulate", file, "--trials", "1,5"], ["simulate", file, "--trials", "-5"], ["simulate", file, "--trials", "abc"],
        ["simulate", file, "--seed", "-1"], ["simulate", file, "--seed=-1"], ["simulate", file, "--seed", "abc"],
        ["simulate", file, "--threads", "x"], ["simulate", file, "--threads", "0"], ["simulate", file, "--sampling", "x"],
        ["simulate", file, "--percentiles", "x"], ["simulate", file, "--percentiles", ""], ["simulate", file, "--percentiles", "0,100"],
        ["simulate", file, "--budget", "x"], ["simulate", file, "--budget", "total=1,405"],
        ["simulate", file, "--sensitivity-sample", "-1"], ["simulate", file, "--sensitivity-sample", "x"],
        ["simulate", file, "--by", "x"], ["simulate", file, "--samples-out"], ["simulate", file, "--compare"],
        ["simulate", file, "--format", "x"], ["simulate", file, "--trails", "10"],
        ["totals", file, "--csv", "x"], ["totals", file, "--format", "x"], ["totals", file, "--by", "x"], ["totals", file, "--output"],
        ["totals", file, "--condition", "x"], ["totals", file, "--scale", "foo"], ["totals", file, "--shift", "x"],
        ["totals", file, "--set", "x"], ["totals", file, "--add", "x"], ["totals", file, "--remove", ""], ["totals", file, "--index", "x"],
        ["totals", file, "--locale", "xx"],
        ["compare", file, file, "--against", "x"], ["compare", file, file, "--junit", "-"], ["compare", file, file, "--annotations", "x"],
        ["explain", file, "--year", "x"], ["explain", file, "--solution"],
        ["sweep", file, "--vary", "x"], ["sweep", file, "--csv", "x"],
        ["report", file, "--against", "x"], ["report", file, "--format", "pdf"], ["report", file, "--simulate", "--trials", "abc"],
        ["import", csv, "--sheet"], ["import", csv, "--like"],
        ["verify", file, "--junit", "-"], ["verify", "--annotations", "x", file],
        ["serve", "--port", "-1"], ["serve", "--port", "x"], ["serve", "--max-trials", "0"], ["serve", "--max-trials", "1,5"],
        ["serve", "--max-simulations", "x"], ["serve", "--time-limit", "0"], ["serve", "--time-limit", "x"],
        ["serve", "--token", "a", "--token-file", "b"], ["serve", "--host"],
        ["--verison"],
    ]

    /// Every error line starts with one prefix ("Feil: ", "Error: ") and is the only line, exit 64.
    @Test(arguments: badValues)
    func aBadOptionValueIsOneErrorLineWithThePrefix(_ arguments: [String]) throws {
        for (extra, prefix) in [([String](), "Feil: "), (["--locale", "en"], "Error: ")] {
            // --locale before the value that fails (an option's missing value would take it).
            let run = try CLI.run(arguments.prefix(1) + extra + arguments.dropFirst())
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stderrLines.count == 1 && run.stderr.hasPrefix(prefix), "\(arguments) \(extra): \(run.stderr)")
        }
    }

    /// A file error has the prefix too.
    @Test func aFileErrorHasThePrefix() throws {
        let run = try CLI.run(["totals", "Scenarios/no-such-file.toml"])
        #expect(run.status == 66)
        #expect(run.stderr == "Feil: Scenarios/no-such-file.toml: filen finnes ikke\n")
    }

    /// `--trials 20 000`: a count grouped by a space, a no-break or a narrow no-break space (as the
    /// Norwegian output prints it) is the same count as `20000`; so for every count option.
    @Test(arguments: [("--trials", "2000", "2 000"), ("--trials", "2000", "2\u{00A0}000"), ("--trials", "2000", "2\u{202F}000"),
                      ("--sensitivity-sample", "1000", "1 000"), ("--threads", "1000", "1\u{00A0}000")])
    func aGroupedCountIsTheCount(flag: String, plain: String, grouped: String) throws {
        let base = ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "2000", "--format", "json"]
        let a = try CLI.run(base + [flag, plain])
        let b = try CLI.run(base + [flag, grouped])
        #expect(a.status == 0 && b.status == 0, "\(b.stderr)")
        #expect(a.stdout == b.stdout)
    }

    /// A decimal comma in a count is refused clearly, naming the option and the text.
    @Test func aCountWithADecimalCommaIsRefused() throws {
        let run = try CLI.run(["simulate", Self.file, "--trials", "1,5"])
        #expect(run.status == 64)
        #expect(run.stderrLines == ["Feil: --trials '1,5' er ikke et helt tall (skriv f.eks. '20000' eller '20\u{00A0}000')"])
        let serve = try CLI.run(["serve", "--max-trials", "1,5", "--locale", "en"])
        #expect(serve.stderrLines == ["Error: --max-trials '1,5' is not a whole number (write e.g. 20000 or 20 000)"])
    }

    /// `--seed -1` and `--seed=-1` alike: the seed must be a whole number from 0 (not "a value is missing").
    @Test(arguments: [["--seed", "-1"], ["--seed=-1"]])
    func aNegativeSeedIsRefusedInWords(_ seed: [String]) throws {
        let nb = try CLI.run(["simulate", Self.file] + seed)
        #expect(nb.status == 64)
        #expect(nb.stderrLines == ["Feil: --seed '-1': startverdien må være et helt tall fra 0 til 18\u{00A0}446\u{00A0}744\u{00A0}073\u{00A0}709\u{00A0}551\u{00A0}615"])
        let en = try CLI.run(["simulate", Self.file, "--locale", "en"] + seed)
        #expect(en.stderrLines == ["Error: --seed '-1': the seed must be a whole number from 0 to 18,446,744,073,709,551,615"])
    }

    /// A misspelled option suggests the nearest, at the root as in a subcommand, exit 64.
    @Test func aMisspelledOptionSuggestsTheNearest() throws {
        let root = try CLI.run(["--verison"])
        #expect(root.status == 64)
        #expect(root.stderrLines == ["Feil: Ukjent valg '--verison'. Mente du '--version'? (se 'dfcost --help')"])
        let simulate = try CLI.run(["simulate", "--trails", "10", Self.file, "--locale", "en"])
        #expect(simulate.status == 64)
        #expect(simulate.stderrLines == ["Error: Unknown option '--trails'. Did you mean '--trials'? (see 'dfcost simulate --help')"])
    }

    static let commands = ["", "totals", "verify", "compare", "explain", "sweep", "simulate", "report", "import", "serve"]

    /// The Norwegian help's placeholders are Norwegian (`<fil>`, `<underkommando>`, `<antall>`), in the
    /// options, the arguments and the usage line; the English help keeps its own. A value typed as
    /// it is (`<plain|lhs>`) is neither.
    @Test(arguments: commands)
    func theHelpsPlaceholdersFollowTheLanguage(command: String) throws {
        let sub = command.isEmpty ? [] : [command]
        let nb = try CLI.run(sub + ["--help"]).stdout
        let norwegian = Set(ValueNames.norwegian.names.values)
        let placeholders = Set(nb.matches(of: /<([^<>\s]+)>/).map { String($0.output.1) }).subtracting(["plain|lhs"])
        #expect(!placeholders.isEmpty)
        #expect(placeholders.isSubset(of: norwegian), "\(command): \(placeholders.subtracting(norwegian).sorted())")
        for english in ["OTHER", "BASE", "FILE", "FOLDER", "TOKEN"] {
            #expect(nb.range(of: "\\b\(english)\\b", options: .regularExpression) == nil, "\(command): \(english)")
        }
        let en = try CLI.run(sub + ["--help", "--locale", "en"]).stdout
        let englishNames = Set(ValueNames.norwegian.names.keys)
        let inEnglish = Set(en.matches(of: /<([^<>\s]+)>/).map { String($0.output.1) }).subtracting(["plain|lhs"])
        #expect(!inEnglish.isEmpty && inEnglish.isSubset(of: englishNames), "\(command): \(inEnglish.subtracting(englishNames).sorted())")
    }

    /// The difference of `simulate --compare` is named in the help as the output names it.
    @Test func simulateCompareNamesItsDifferenceAsTheOutputDoes() throws {
        let help = try CLI.run(["simulate", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("scenarioet minus grunnlaget"), "\(help)")
        let output = try CLI.run(["simulate", "Scenarios/bench/standard-workload.toml", "--compare", Self.file, "--trials", "2000"])
        #expect(output.stdout.contains("scenario minus grunnlaget"))
    }

    /// Counts in the help's defaults are grouped as the Norwegian output prints them.
    @Test func theHelpsDefaultCountsAreGrouped() throws {
        let simulate = try CLI.run(["simulate", "--help"]).stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(simulate.contains("--trials <antall> Antall trekninger (1 til 8\u{00A0}589\u{00A0}934\u{00A0}592). (standard: 100\u{00A0}000)"), "\(simulate)")
        let serve = try CLI.run(["serve", "--help"]).stdout
        #expect(serve.contains("(standard: 10\u{00A0}000\u{00A0}000)") && serve.contains("(standard: 120)"), "\(serve)")
        let english = try CLI.run(["simulate", "--help", "--locale", "en"]).stdout
        #expect(english.contains("(default: 100000)"))
    }

    /// `dfcost --help` lists every exit code, 69 (serve cannot listen on its address) included.
    @Test func theRootHelpListsExitCode69() throws {
        let nb = try CLI.run(["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(nb.contains("69 `dfcost serve` kan ikke lytte på adressen"), "\(nb)")
        let en = try CLI.run(["--help", "--locale", "en"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(en.contains("69 serve cannot listen on its address"), "\(en)")
    }
}
