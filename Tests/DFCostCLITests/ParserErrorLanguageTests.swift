import Foundation
import Testing

/// The argument parser's own usage errors (unknown option, missing or invalid value, missing or
/// unexpected argument) are Norwegian throughout by default, in every subcommand: no English
/// word of the library's message, its `Help:` line or its usage lines is left.
@Suite struct ParserErrorLanguageTests {
    /// A kind of usage error and the arguments that make it in a subcommand (nil: none there).
    struct Case: CustomTestStringConvertible, Sendable {
        var command: String
        var kind: String
        var arguments: [String]
        var testDescription: String { "\(command) \(kind)" }
    }

    static let file = "Scenarios/fm-delayed-1y.toml"

    /// Per subcommand: its file arguments, an option with a value list, a whole-number option
    /// and a flag.
    static let commands: [(name: String, files: [String], choice: String?, whole: String?, flag: String?)] = [
        ("totals", [file], "--format", nil, "--strict"),
        ("verify", [file], "--annotations", nil, nil),
        ("compare", [file, file], "--format", nil, "--side-by-side"),
        ("explain", [file], "--format", "--year", "--strict"),
        ("sweep", [file], nil, nil, "--strict"),
        ("simulate", [file], "--format", "--trials", "--repair-correlation"),
        ("report", [file], "--format", "--seed", "--simulate"),
        ("import", ["Tests/DFCostCLITests/Fixtures/import/hand-typed.csv"], nil, nil, "--strict"),
        ("serve", ["Scenarios"], nil, "--port", nil),
    ]

    static let cases: [Case] = commands.flatMap { c -> [Case] in
        var cases = [
            Case(command: c.name, kind: "unknown option", arguments: [c.name] + c.files + ["--bogus"]),
            Case(command: c.name, kind: "unknown option with a suggestion", arguments: [c.name] + c.files + ["--locael", "en"]),
            Case(command: c.name, kind: "missing value", arguments: [c.name] + c.files + [c.name == "verify" ? "--junit" : c.name == "serve" ? "--host" : "--output"]),
            Case(command: c.name, kind: "locale not a language", arguments: [c.name] + c.files + ["--locale=xx"]),
        ]
        // verify and compare take any number of files.
        if c.name != "verify" && c.name != "compare" {
            cases.append(Case(command: c.name, kind: "unexpected arguments", arguments: [c.name] + c.files + ["extra", "more"]))
        }
        if c.name != "serve" { cases.append(Case(command: c.name, kind: "missing argument", arguments: [c.name])) }
        if let choice = c.choice { cases.append(Case(command: c.name, kind: "value not in the list", arguments: [c.name] + c.files + [choice, "pdf"])) }
        if let whole = c.whole { cases.append(Case(command: c.name, kind: "not a whole number", arguments: [c.name] + c.files + [whole, "abc"])) }
        if let flag = c.flag { cases.append(Case(command: c.name, kind: "flag given a value", arguments: [c.name] + c.files + [flag + "=x"])) }
        return cases
    }

    /// The words of a message that are English: those of the library's English message (run with
    /// --locale en) outside what is quoted or typed ('...', <...>, [...], option names, the
    /// command's name), so the list follows what the library prints, not a hand-kept list.
    static func words(_ text: String) -> Set<String> {
        var plain = text
        for pattern in ["(?m)^  - .*$", "'[^'\\n]*'", "<[^>]*>", "\\[[^\\]]*\\]", "--?[a-z][a-z-]*", "\\(default:[^)]*\\)"] {
            plain = plain.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return Set(plain.split { !$0.isLetter }.map { $0.lowercased() })
    }

    /// Words written the same in bokmål and English ("Se 'x' for mer informasjon").
    static let sameInBothLanguages: Set<String> = ["for", "dfcost", "en", "nb"]

    @Test(arguments: cases)
    func aUsageErrorIsNorwegianThroughout(_ c: Case) throws {
        let nb = try CLI.run(c.arguments)
        let en = try CLI.run(c.arguments + ["--locale", "en"])
        #expect(nb.status == 64, "\(nb.stderr)")
        #expect(en.status == 64, "\(en.stderr)")
        #expect(en.stderr.hasPrefix("Error: "), "\(en.stderr)")
        #expect(nb.stderr.hasPrefix("Feil: "), "\(nb.stderr)")
        #expect(nb.stderrLines.count == 1 && en.stderrLines.count == 1, "one line:\n\(nb.stderr)\(en.stderr)")
        let english = Self.words(en.stderr).subtracting(Self.sameInBothLanguages).subtracting(c.arguments.map { $0.lowercased() })
        let left = Self.words(nb.stderr).intersection(english)
        #expect(left.isEmpty, "English words \(left.sorted()) in:\n\(nb.stderr)")
        for phrase in ["Help:", " or ", " and ", "Error:", "Usage:", "See '"] {
            #expect(!nb.stderr.contains(phrase), "'\(phrase)' in:\n\(nb.stderr)")
        }
    }

    /// A list of accepted values is one list joined with "eller" ("or" in English), on the one
    /// line of the error, which points to the command's help.
    @Test func aListOfAcceptedValuesIsJoinedWithEller() throws {
        let nb = try CLI.run(["totals", Self.file, "--by", "pdf"])
        #expect(nb.stderrLines == ["Feil: Verdien 'pdf' er ugyldig for '--by <inndeling>'. Gi en av 'payer' eller 'initiative'. (se 'dfcost totals --help')"])
        let report = try CLI.run(["report", Self.file, "--format", "pdf"])
        #expect(report.stderrLines == ["Feil: Verdien 'pdf' er ugyldig for '--format <utdataformat>'. Gi en av 'html', 'markdown', 'text', 'csv', 'json' eller 'xlsx'. (se 'dfcost report --help')"])
        let en = try CLI.run(["totals", Self.file, "--by", "pdf", "--locale", "en"])
        #expect(en.stderrLines == ["Error: The value 'pdf' is invalid for '--by <by>'. Please provide one of 'payer' or 'initiative'. (see 'dfcost totals --help')"])
    }

    /// A misspelled subcommand, as the first argument or after `help`, is named in one line with
    /// the nearest subcommand, exit 64, in both languages (not "2 unexpected arguments", nor the
    /// root help with exit 0).
    @Test(arguments: [["totls", file], ["help", "totls"]])
    func aMisspelledSubcommandIsNamedWithTheNearest(_ arguments: [String]) throws {
        let nb = try CLI.run(arguments)
        #expect(nb.status == 64)
        #expect(nb.stderr == "Feil: ukjent underkommando 'totls'; mente du 'totals'?\n")
        #expect(nb.stdout.isEmpty)
        let en = try CLI.run(arguments + ["--locale", "en"])
        #expect(en.status == 64)
        #expect(en.stderr == "Error: unknown subcommand 'totls'; did you mean 'totals'?\n")
        let far = try CLI.run(["xyzzy"])
        #expect(far.status == 64)
        #expect(far.stderr == "Feil: ukjent underkommando 'xyzzy' (se 'dfcost --help' for underkommandoene)\n")
        let known = try CLI.run(["help", "totals"])
        #expect(known.status == 0)
    }
}
