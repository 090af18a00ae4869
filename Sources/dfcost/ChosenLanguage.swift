import DFCostRender

/// The language of the messages on standard error: the `--locale` the command line names, read
/// from the raw arguments before anything else is parsed, so that a failure while parsing the
/// other options (or in `validate()`) is worded in it too. The last `--locale X` or `--locale=X`
/// wins, as the parser's does; an unknown value, or none, gives Norwegian, the default of every
/// command's `--locale`. The one exception is `--experimental-dump-help`, which only the man page
/// generator asks for: its pages' own headings (NAME, SYNOPSIS, OPTIONS) are English, so the help
/// it reads is English too unless `--locale` says otherwise.
enum ChosenLanguage {
    /// The language of this run's messages.
    static let current: Language = read(CommandLine.arguments.dropFirst())

    /// The help texts in the chosen language: each command's `configuration` and its arguments'
    /// help read them when the parser builds the help, after ``current`` is known.
    static var help: HelpWords { current.help }

    /// The language `arguments` (without the program name) ask for.
    static func read(_ arguments: some Collection<String>) -> Language {
        var chosen = Language.nb
        var takesValue = false
        if arguments.contains("--experimental-dump-help") { chosen = .en }
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
