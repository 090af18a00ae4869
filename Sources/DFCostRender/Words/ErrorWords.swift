import Foundation

/// The words of failures and warnings printed on standard error, by language.
///
/// The typed errors of the libraries keep their data and their place (and an English
/// `description` for logs); the line a user reads is worded here, one `switch` per error type in
/// the `ErrorWords+*.swift` files, every case answered through ``Language/say(nb:en:)``, which
/// takes both languages: a case without its Norwegian or English words does not compile, and a
/// new case without words does not compile either (the switches have no `default`). The test
/// `ErrorWordsTests` walks every case of every error type with sample data and checks that the
/// two languages differ and that the Norwegian line holds none of the English line's words.
///
/// A new error type (or a warning) gets its own `ErrorWords+X.swift` with one
/// `public func words(_ error: X) -> String` over its cases, and one arm in the executable's
/// `Failure.message` (`Sources/dfcost/CLIFailure.swift`).
extension Language {
    /// The text in this language: both are required, so no case has one language only.
    public func say(nb: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        self == .nb ? nb() : en()
    }

    /// A number inside a message, in this language's style: `0,9` in Norwegian, `0.9` in
    /// English (the digits as the program holds them: no grouping, no rounding).
    public func figure(_ value: some CustomStringConvertible) -> String {
        let text = "\(value)"
        guard self == .nb else { return text }
        return String(text.map { $0 == "." ? "," : $0 })
    }

    /// An error as the one line printed on standard error: "Feil: MESSAGE" / "Error: MESSAGE".
    /// Every error line of the command line goes through here, so all share one prefix; a
    /// message of several lines (the argument parser's "or:" alternatives) is joined into one.
    public func errorLine(_ message: String) -> String {
        say(nb: "Feil: ", en: "Error: ")
            + message.replacingOccurrences(of: #"\s*\n\s*"#, with: " ", options: .regularExpression)
    }

    /// "error" / "feil" and "warning" / "advarsel", for a front end that marks its lines.
    public var errorWord: String { say(nb: "feil", en: "error") }

    /// "; did you mean 'x'?" in this language, empty for no suggestion.
    public func didYouMean(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return say(nb: "; mente du '\(suggestion)'?", en: "; did you mean '\(suggestion)'?")
    }
}
