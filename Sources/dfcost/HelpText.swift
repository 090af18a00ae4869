import ArgumentParser
import DFCostRender
import Foundation

extension DFCost {
    /// The help text a help request (`--help`, `-h`, `dfcost help SUB`) asks for, in the chosen
    /// language; nil for any other outcome, and in English, which the parser prints as it is.
    ///
    /// The commands' own words come from the help tables already; the parser's headings, lines
    /// and markers are worded by ``Language/helpText(_:)``. The Norwegian markers are longer
    /// ("(verdier:", "(standard:"), so the English text is wrapped two columns narrower.
    static func translatedHelp(for error: any Error) -> String? {
        let language = ChosenLanguage.current
        guard language != .en, exitCode(for: error) == .success else { return nil }
        let english = fullMessage(for: error, columns: max(HelpWidth.columns - 2, 40))
        guard english.hasPrefix("OVERVIEW: ") || english.hasPrefix("USAGE: ") else { return nil }
        return language.helpText(english)
    }
}

extension DFCost {
    /// The arguments the parser reads. A request for help (`dfcost help SUB`, `--help`, `-h`)
    /// leaves out `--locale`: the language is read already (``ChosenLanguage``), and the parser's
    /// `help` command and the root command take no `--locale`, so `dfcost help SUB --locale en`
    /// would otherwise be refused.
    static func parsedArguments(_ arguments: [String]) -> [String] {
        let asksForHelp = arguments.first == "help" || arguments.prefix { $0 != "--" }.contains { ["-h", "--help", "-help"].contains($0) }
        guard asksForHelp else { return arguments }
        var out: [String] = []
        var skipsValue = false
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { return out + arguments[i...] }
            if skipsValue {
                skipsValue = false
            } else if argument == "--locale" {
                skipsValue = true
            } else if !argument.hasPrefix("--locale=") {
                out.append(argument)
            }
        }
        return out
    }
}

/// The width help is wrapped to, as the argument parser finds it: `COLUMNS`, else the
/// terminal's, else 80.
enum HelpWidth {
    static var columns: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if withUnsafeMutablePointer(to: &size, { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// The placeholder of an option's value or of an argument in the chosen language
/// (`<antall>` for `<trials>` in Norwegian; ``ValueNames``).
func valueName(_ english: String) -> String {
    ChosenLanguage.help.parser.valueNames(english)
}

extension DFCost {
    /// The long options of the command `arguments` run (the subcommand named first, else dfcost
    /// itself), read from its help's option lines: the names a misspelled option is matched
    /// against when the parser has no suggestion of its own (`dfcost --verison`).
    static func knownOptions(_ arguments: [String]) -> [String] {
        let command = arguments.first.flatMap { name in configuration.subcommands.first { $0._commandName == name } } ?? DFCost.self
        let help = helpMessage(for: command, columns: 1000)
        return help.split(separator: "\n").flatMap { line -> [String] in
            guard line.hasPrefix("  -") else { return [] }
            // The label: "-o, --output <fil>" up to the two spaces before the option's help.
            let label = line.dropFirst(2).components(separatedBy: "  ")[0]
            return label.matches(of: /--[a-z][a-z0-9-]*/).map { String($0.output) }
        }
    }
}
