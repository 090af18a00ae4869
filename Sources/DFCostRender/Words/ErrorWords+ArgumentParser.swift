import DFCostScenario

/// A usage error of swift-argument-parser in the parts the library prints: its message (unknown
/// option, missing value, invalid value, unexpected or missing argument), the `Help:` line with
/// the help text of the option concerned, and the usage lines. The library words all of them in
/// English, over several lines; ``Language/words(_:)-(ParserUsageError)`` words the message as one
/// line in the chosen language.
public struct ParserUsageError: Sendable, Hashable {
    /// The library's message, without its "Error: " prefix.
    public var message: String
    /// The `Help:` line's text (the option's English help abstract), when the library gave one.
    public var help: String?
    /// The usage line and the "See '... --help'" line (a whole help text when no argument was given).
    public var usage: String
    /// The long options of the command concerned: an unknown option the library has no
    /// suggestion for (`dfcost --verison`) gets the nearest of them.
    public var knownOptions: [String] = []

    public init(message: String, help: String?, usage: String) {
        self.message = message
        self.help = help
        self.usage = usage
    }

    /// Splits the library's full text ("Error: MESSAGE\nHelp:  HELP\nUSAGE") given its message
    /// alone; nil when the full text is not of that shape.
    public init?(fullText: String, message: String) {
        guard let start = fullText.range(of: message) else { return nil }
        var rest = Substring(fullText[start.upperBound...])
        if rest.hasPrefix("\n") { rest = rest.dropFirst() }
        var help: String?
        if rest.hasPrefix(Self.helpPrefix) {
            // The help text runs to the usage line (or the "See" line when there is no usage).
            let lines = rest.split(separator: "\n", omittingEmptySubsequences: false)
            let helpLines = lines.prefix { !$0.hasPrefix("Usage: ") && !$0.hasPrefix("  See '") }
            help = helpLines.joined(separator: "\n").dropFirst(Self.helpPrefix.count).description
            rest = lines.dropFirst(helpLines.count).joined(separator: "\n")[...]
        }
        self.init(message: message, help: help, usage: String(rest))
    }

    static let helpPrefix = "Help:  "

    /// The command whose help the library points to ("dfcost simulate --help"), if it does.
    var helpCommand: String? {
        usage.split(separator: "\n").lazy.compactMap { ParserWords.match(String($0), "  See '{0}' for more information.")?.first }.first
    }
}

extension Language {
    /// A usage error of the argument parser as one line in this language, without the error
    /// prefix: the message worded shape by shape (in Norwegian; a message of no known shape,
    /// dfcost's own refusals, is kept), the nearest option after an unknown one, and for the
    /// library's own shapes where to read the command's help. The `Help:` line (the option's
    /// English help) and the usage lines are left out: the help the line points to has both.
    public func words(_ error: ParserUsageError) -> String {
        var message = error.message
        if let unknown = ParserWords.match(message, "Unknown option '{0}'")?.first,
           let near = Suggestion.closest(to: unknown, in: error.knownOptions) {
            message = "Unknown option '\(unknown)'. Did you mean '\(near)'?"
        }
        guard let worded = ParserWords.message(message, in: self) else { return message }
        return worded + (error.helpCommand.map { say(nb: " (se '\($0)')", en: " (see '\($0)')") } ?? "")
    }
}

/// The library's message shapes in Norwegian. Each English shape is a template whose `{n}`
/// parts are the quoted names and values, kept as typed.
enum ParserWords {
    /// English shape and Norwegian words, most specific first.
    static let shapes: [(en: String, nb: String)] = [
        ("Unknown option '{0}'. Did you mean '{1}'?", "Ukjent valg '{0}'. Mente du '{1}'?"),
        ("Unknown option '{0}'", "Ukjent valg '{0}'"),
        ("Missing value for '{0}'", "Mangler verdi for '{0}'"),
        ("The option '{0}' does not take any value, but '{1}' was specified.", "Valget '{0}' tar ingen verdi, men fikk '{1}'."),
        ("Unexpected argument '{0}'", "Uventet argument '{0}'"),
        ("{0} unexpected arguments: '{1}'", "{0} uventede argumenter: '{1}'"),
        ("Missing expected argument '{0}'", "Mangler argumentet '{0}'"),
        ("Missing one of: '{0}'", "Mangler ett av: '{0}'"),
        ("Invalid option: {0}", "Ugyldig valg: {0}"),
        ("Missing required subcommand.", "Mangler underkommando."),
        ("Value to be set with flag {0} had already been set with flag {1}", "Flagget {0} setter en verdi som flagget {1} allerede har satt"),
    ]

    /// The invalid-value shapes: the value and the option, then what may follow (a list of the
    /// accepted values, or the reason of a value's own check).
    static let invalidValue: [(en: String, nb: String)] = [
        ("The value '{0}' is invalid for '{1}'{2}", "Verdien '{0}' er ugyldig for '{1}'{2}"),
        ("The value '{0}' is invalid.{1}", "Verdien '{0}' er ugyldig.{1}"),
    ]

    /// The library's message as one line in `language`, or nil when it is of no known shape.
    static func message(_ english: String, in language: Language) -> String? {
        let nb = language == .nb
        // "Unknown option '-x'\n   or: Missing value for '-x' in '-xy'": two messages in one.
        if let split = english.range(of: "\n   or: ") {
            let second = String(english[split.upperBound...])
            let (missing, composite) = second.range(of: " in '", options: .backwards)
                .map { (String(second[..<$0.lowerBound]), String(second[$0.lowerBound...])) } ?? (second, "")
            guard let first = message(String(english[..<split.lowerBound]), in: language),
                  let then = message(missing, in: language) else { return nil }
            return first + (nb ? "; eller: " : "; or: ") + then + (nb ? composite.replacing(" in '", with: " i '") : composite)
        }
        for shape in invalidValue {
            guard let parts = match(english, shape.en) else { continue }
            return fill(nb ? shape.nb : shape.en, Array(parts.dropLast()) + [tail(parts[parts.count - 1], in: language)])
        }
        for shape in shapes {
            if let parts = match(english, shape.en) { return fill(nb ? shape.nb : shape.en, parts) }
        }
        return nil
    }

    /// What follows an invalid value: the accepted values ("one of 'a', 'b' or 'c'", or a
    /// bulleted list) as one list in `language`; a reason of the value's own is kept.
    static func tail(_ english: String, in language: Language) -> String {
        if let list = match(english, ". Please provide one of the following:\n{0}") {
            // "  - html\n  - markdown": each item after its dash.
            let items = list[0].split(separator: "\n").map { "'" + $0.drop { $0 == " " || $0 == "-" } + "'" }
            return language.say(nb: ". Gi en av \(joined(items.joined(separator: ", "), in: language)).",
                                en: ". Please provide one of \(joined(items.joined(separator: ", "), in: language)).")
        }
        if let list = match(english, ". Please provide one of {0}.") {
            return language.say(nb: ". Gi en av \(joined(list[0], in: language)).", en: ". Please provide one of \(joined(list[0], in: language)).")
        }
        return english
    }

    /// "'a', 'b' or 'c'" and "'a' and 'b'" (the library's "one of" lists) as "'a', 'b' eller 'c'"
    /// in Norwegian, "'a', 'b' or 'c'" in English.
    static func joined(_ list: String, in language: Language) -> String {
        for joiner in ["' or '", "' and '"] {
            if let last = list.range(of: joiner, options: .backwards) {
                return list.replacingCharacters(in: last, with: language.say(nb: "' eller '", en: "' or '"))
            }
        }
        if let last = list.range(of: "', '", options: .backwards) {
            return list.replacingCharacters(in: last, with: language.say(nb: "' eller '", en: "' or '"))
        }
        return list
    }

    /// The parts of `text` in the places of `template`'s `{n}` (in order), or nil when the text
    /// is not of the template's shape. A part is as short as lets the rest match, so a quote
    /// inside a typed value does not cut it.
    static func match(_ text: String, _ template: String) -> [String]? {
        let pieces = literals(template)
        guard text.hasPrefix(pieces[0]) else { return nil }
        return match(text[text.index(text.startIndex, offsetBy: pieces[0].count)...], pieces.dropFirst())
    }

    private static func match(_ text: Substring, _ pieces: ArraySlice<String>) -> [String]? {
        guard let literal = pieces.first else { return text.isEmpty ? [] : nil }
        if literal.isEmpty {
            // The last part runs to the end; two places side by side are not a shape.
            return pieces.count == 1 ? [String(text)] : nil
        }
        var from = text.startIndex
        while from < text.endIndex, let found = text[from...].range(of: literal) {
            if let rest = match(text[found.upperBound...], pieces.dropFirst()) {
                return [String(text[..<found.lowerBound])] + rest
            }
            from = text.index(after: found.lowerBound)
        }
        return nil
    }

    /// A template's literal texts around its `{n}` places: n + 1 of them for n places.
    static func literals(_ template: String) -> [String] {
        var pieces = [""]
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pieces[pieces.count - 1] += rest[..<open]
            pieces.append("")
            rest = rest[rest.index(after: close)...]
        }
        pieces[pieces.count - 1] += rest
        return pieces
    }

    /// `template` with its places filled by `parts`, in order.
    static func fill(_ template: String, _ parts: [String]) -> String {
        let pieces = literals(template)
        return zip(pieces, parts + [""]).map { $0 + $1 }.joined()
    }
}
