import Foundation

/// The words swift-argument-parser writes into every help text itself: the section headings, the
/// lines of `--help` and `--version`, the hint after a command's subcommands and the markers it
/// puts after an option's help. The executable words the parser's English text with
/// ``Language/helpText(_:)``.
public struct ParserHelpWords: Sendable, Hashable {
    /// "OVERVIEW: " (the Norwegian is as long, so the wrapped overview keeps its lines).
    public var overview: String
    /// "USAGE: " (the usage's continuation lines are indented to its length).
    public var usage: String
    public var arguments: String
    public var options: String
    public var subcommands: String
    /// `-h, --help`.
    public var showHelp: String
    /// `--version`.
    public var showVersion: String
    /// The `help` subcommand's line in the list of subcommands.
    public var helpSubcommand: String
    /// "See 'dfcost help <subcommand>' for detailed help.": before and after the command.
    public var seeHelp: String
    public var forDetailedHelp: String
    /// "(values: a, b)" and "(default: x)" after an option's help.
    public var values: String
    public var defaultValue: String
    /// The placeholders of options and arguments (``ValueNames``).
    public var valueNames: ValueNames

    public static let norwegian = ParserHelpWords(
        overview: "OVERSIKT: ", usage: "BRUK: ", arguments: "ARGUMENTER:", options: "VALG:", subcommands: "UNDERKOMMANDOER:",
        showHelp: "Vis hjelpen.", showVersion: "Vis versjonen.", helpSubcommand: "Vis hjelpen til en underkommando.",
        seeHelp: "Se '", forDetailedHelp: " <underkommando>' for hjelpen til hver underkommando.",
        values: "verdier:", defaultValue: "standard:", valueNames: .norwegian)
    public static let english = ParserHelpWords(
        overview: "OVERVIEW: ", usage: "USAGE: ", arguments: "ARGUMENTS:", options: "OPTIONS:", subcommands: "SUBCOMMANDS:",
        showHelp: "Show help information.", showVersion: "Show the version.", helpSubcommand: "Show subcommand help information.",
        seeHelp: "See '", forDetailedHelp: " <subcommand>' for detailed help.",
        values: "values:", defaultValue: "default:", valueNames: .english)
}

extension Language {
    /// A help text of the argument parser (written in English) in this language: the parser's
    /// own headings, lines and markers in this language's words; the rest, already worded by the
    /// commands' help tables, unchanged. English text is returned as it is.
    public func helpText(_ english: String) -> String {
        guard self != .en else { return english }
        let en = ParserHelpWords.english, words = help.parser
        var lines = english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inUsage = false
        for i in lines.indices {
            var line = lines[i]
            if line.hasPrefix(en.overview) {
                line = words.overview + line.dropFirst(en.overview.count)
            }
            if line.hasPrefix(en.usage) {
                // The parser's own placeholders ("dfcost <subcommand>", "[<options>]"); the
                // options' and arguments' are the value names of the help tables already.
                line = (words.usage + line.dropFirst(en.usage.count))
                    .replacing("<subcommand>", with: "<\(words.valueNames("subcommand"))>")
                    .replacing("[<options>]", with: "[<\(words.valueNames("options"))>]")
                inUsage = true
            } else if inUsage, line.hasPrefix(String(repeating: " ", count: en.usage.count)) {
                // The usage's continuation lines, aligned under the first.
                line = String(repeating: " ", count: words.usage.count) + line.dropFirst(en.usage.count)
            } else {
                inUsage = false
            }
            for (a, b) in [(en.arguments, words.arguments), (en.options, words.options), (en.subcommands, words.subcommands)]
            where line == a {
                line = b
            }
            for (a, b) in [(en.showHelp, words.showHelp), (en.showVersion, words.showVersion), (en.helpSubcommand, words.helpSubcommand)]
            where line.hasSuffix("  " + a) {
                line = String(line.dropLast(a.count)) + b
            }
            if line.hasPrefix("  " + en.seeHelp), line.hasSuffix(en.forDetailedHelp) {
                line = "  " + words.seeHelp + line.dropFirst(2 + en.seeHelp.count).dropLast(en.forDetailedHelp.count) + words.forDetailedHelp
            }
            lines[i] = line.replacing("(" + en.values, with: "(" + words.values)
                .replacing("(" + en.defaultValue, with: "(" + words.defaultValue)
        }
        // "(values: a, b; default: a)", where the line may wrap after the semicolon.
        return lines.joined(separator: "\n")
            .replacingOccurrences(of: ";(\\s+)" + en.defaultValue, with: ";$1" + words.defaultValue, options: .regularExpression)
    }
}
