import DFCostModel
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

    /// An amount inside a message, typed so it is written as the tables write it: in Norwegian
    /// with this language's one number style (``NumberStyle/norwegian``: "12 530,5", "−4"); in
    /// English with the plain exact digits the error's own `description` uses ("12530.5"), so
    /// the English line stays the error's own line. Years, row and column numbers are places,
    /// not figures: interpolate them as they are.
    public func figure(_ value: ExactDecimal) -> String {
        messageNumbers.format(value)
    }

    /// A count inside a message (trials, lines, bytes, a limit): "20 000" in Norwegian.
    public func figure(_ value: some BinaryInteger) -> String {
        messageNumbers.count(value)
    }

    /// A statistic or probability the program holds as a Double, its shortest exact digits in
    /// this language's style ("0,25", "12 345,5"); a whole value is written as a count.
    public func figure(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return figure(Int64(value)) }
        if let exact = ExactDecimal("\(value)") { return figure(exact) }
        return "\(value)"  // not finite, or exponent notation: as the program holds it
    }

    /// A payer's share: its exact decimal when it has one ("0,25"), else the fraction ("1/3").
    public func figure(_ share: Share) -> String {
        share.exactDecimal.map { figure($0) } ?? "\(figure(share.numerator))/\(figure(share.denominator))"
    }

    /// A list of probabilities as the program holds them: "[0,5; 0,6]" in Norwegian, whose
    /// decimal comma would make a comma-separated list ambiguous.
    public func figures(_ values: [Double]) -> String {
        "[" + values.map { figure($0) }.joined(separator: say(nb: "; ", en: ", ")) + "]"
    }

    /// The style of numbers inside messages: this language's in Norwegian, plain in English.
    private var messageNumbers: NumberStyle { self == .nb ? numbers : .machine }

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
