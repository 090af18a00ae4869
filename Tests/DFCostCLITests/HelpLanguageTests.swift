import DFCostRender
import Foundation
import Testing

/// `dfcost [SUB] --help` and `dfcost help [SUB]` follow `--locale`: Norwegian by default, with the
/// parser's own headings and markers worded too, and English with `--locale en`, as before.
@Suite struct HelpLanguageTests {
    /// The root command ("") and every subcommand.
    static let commands = ["", "totals", "verify", "compare", "explain", "sweep", "simulate", "report", "import", "serve"]

    /// The English help words: every word of the English help table's prose (the parser's
    /// headings and lines included) that the Norwegian help table does not use.
    static let englishHelpWords: Set<String> = NorwegianCommandOutputTests.words(Language.en.help.allStrings)
        .subtracting(NorwegianCommandOutputTests.words(Language.nb.help.allStrings))

    static func help(_ arguments: [String]) throws -> String {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The strings of one command's help table ("" is the root's).
    static func tableStrings(_ command: String, in language: Language) -> [String] {
        let label = command.isEmpty ? "root" : command
        let table = Mirror(reflecting: language.help).children.first { $0.label == label }?.value
        return table.map { Mirror(reflecting: $0).children.compactMap { $0.value as? String } } ?? []
    }

    @Test func theEnglishHelpWordsComeFromTheHelpTable() {
        // The headings are capitals, which the prose leaves out with the placeholders; the tests of
        // each help text look for them by name.
        for word in ["show", "detailed", "default", "values", "trials", "repeatable"] {
            #expect(Self.englishHelpWords.contains(word), "\(word)")
        }
        for word in ["vis", "hjelpen", "standard", "verdier", "trekninger", "startverdi", "gjentas"] {
            #expect(!Self.englishHelpWords.contains(word), "\(word)")
        }
    }

    @Test(arguments: commands)
    func norwegianHelpHasNoEnglishHelpWord(command: String) throws {
        let sub = command.isEmpty ? [] : [command]
        for arguments in [sub + ["--help"], ["help"] + sub] {
            let text = try Self.help(arguments)
            let prose = NorwegianCommandOutputTests.helpProse(text)
            let english = NorwegianCommandOutputTests.tokens(prose).filter { Self.englishHelpWords.contains($0.lowercased()) }
            #expect(english.isEmpty, "dfcost \(arguments.joined(separator: " ")): English \(Set(english).sorted())\n\(text)")
            #expect(text.hasPrefix("OVERSIKT: "), "\(text)")
            #expect(text.contains("\nBRUK: dfcost") && text.contains("\nVALG:\n") && text.contains("  -h, --help") && text.contains("Vis hjelpen."))
        }
    }

    @Test(arguments: commands)
    func helpIsTheTableOfTheChosenLanguage(command: String) throws {
        let sub = command.isEmpty ? [] : [command]
        for (language, extra) in [(Language.nb, [String]()), (.en, ["--locale", "en"])] {
            let text = Self.collapsed(try Self.help(sub + ["--help"] + extra))
            let strings = Self.tableStrings(command, in: language)
            #expect(!strings.isEmpty)
            for string in strings {
                // A group's title is printed in capitals.
                #expect(text.contains(Self.collapsed(string)) || text.contains(Self.collapsed(string).uppercased()),
                        "\(language) \(command) --help lacks: \(string)")
            }
        }
    }

    @Test(arguments: commands)
    func englishHelpKeepsTheParsersWords(command: String) throws {
        let sub = command.isEmpty ? [] : [command]
        let text = try Self.help(sub + ["--help", "--locale", "en"])
        #expect(text.hasPrefix("OVERVIEW: "))
        #expect(text.contains("\nUSAGE: dfcost") && text.contains("\nOPTIONS:\n") && text.contains("  -h, --help              Show help information."))
        if command.isEmpty {
            #expect(text.contains("\nSUBCOMMANDS:\n") && text.contains("See 'dfcost help <subcommand>' for detailed help."))
            #expect(text.contains("  --version               Show the version."))
        }
    }

    /// The options every command shares are worded once, in the table of shared options.
    @Test func everySharedOptionHelpIsShownInItsLanguage() throws {
        for (language, extra) in [(Language.nb, [String]()), (.en, ["--locale", "en"])] {
            let all = try Self.commands.dropFirst().map { Self.collapsed(try Self.help([$0, "--help"] + extra)) }.joined(separator: "\n")
            let table = Mirror(reflecting: language.help.options).children.compactMap { $0.value as? String }
            for string in table {
                #expect(all.contains(Self.collapsed(string)) || all.contains(Self.collapsed(string).uppercased()),
                        "\(language): no help shows \(string)")
            }
        }
    }

    @Test func norwegianHeadingsAndMarkersReplaceTheParsers() throws {
        let root = try Self.help(["--help"])
        #expect(root.contains("\nUNDERKOMMANDOER:\n") && root.contains("Se 'dfcost help <underkommando>' for hjelpen til hver underkommando."))
        #expect(root.contains("Vis versjonen."))
        let simulate = Self.collapsed(try Self.help(["simulate", "--help"]))
        #expect(simulate.contains("(standard: 100 000)") && simulate.contains("(verdier: text, markdown, csv, json; standard: text)"), "\(simulate)")
        #expect(simulate.contains("ARGUMENTER:"))
        #expect(!simulate.contains("default") && !simulate.contains("values:"))
    }

    @Test(arguments: ["simulate", "compare"])
    func helpSubcommandAndHelpFlagAgree(command: String) throws {
        #expect(try Self.help(["help", command]) == (try Self.help([command, "--help"])))
        #expect(try Self.help(["help", command, "--locale", "en"]) == (try Self.help([command, "--help", "--locale", "en"])))
    }

    /// No Norwegian help line is wider than the terminal (80 columns when it is not one), though
    /// the parser wraps the English and the Norwegian markers are longer.
    @Test(arguments: commands)
    func norwegianHelpFitsTheWidth(command: String) throws {
        let sub = command.isEmpty ? [] : [command]
        let text = try Self.help(sub + ["--help"])
        let width = ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
        // The parser does not wrap the usage line or a word longer than the column, in either language.
        let wide = text.split(separator: "\n").filter {
            $0.count > width && !$0.hasPrefix("BRUK: ") && $0.trimmingCharacters(in: .whitespaces).contains(" ")
        }
        #expect(wide.isEmpty, "\(wide)")
    }
}
