import DFCostRender

/// The language of the messages on standard error: the `--locale` the command line names, read
/// from the raw arguments before anything else is parsed, so that a failure while parsing the
/// other options (or in `validate()`) is worded in it too. The last `--locale X` or `--locale=X`
/// wins, as the parser's does; an unknown value, or none, gives Norwegian, the default of every
/// command's `--locale`.
enum ChosenLanguage {
    /// The language of this run's messages.
    static let current: Language = read(CommandLine.arguments.dropFirst())

    /// The language `arguments` (without the program name) ask for.
    static func read(_ arguments: some Sequence<String>) -> Language {
        var chosen = Language.nb
        var takesValue = false
        for argument in arguments {
            if argument == "--" { break }
            if takesValue {
                chosen = Language(rawValue: argument) ?? chosen
                takesValue = false
            } else if argument == "--locale" {
                takesValue = true
            } else if argument.hasPrefix("--locale=") {
                chosen = Language(rawValue: String(argument.dropFirst("--locale=".count))) ?? chosen
            }
        }
        return chosen
    }
}
