/// A usage error of swift-argument-parser in the parts the library prints: its message (unknown
/// option, missing value, invalid value, unexpected or missing argument), the `Help:` line with
/// the help text of the option concerned, and the usage lines. The library words all of them in
/// English; ``Language/words(_:)-(ParserUsageError)`` words them in the chosen language.
public struct ParserUsageError: Sendable, Hashable {
    /// The library's message, without its "Error: " prefix.
    public var message: String
    /// The `Help:` line's text (the option's English help abstract), when the library gave one.
    public var help: String?
    /// The usage line and the "See '... --help'" line (a whole help text when no argument was given).
    public var usage: String

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
}

extension Language {
    /// A usage error of the argument parser in this language: in Norwegian the message worded
    /// shape by shape and the usage lines worded, without the `Help:` line (its text is the
    /// option's English help; the "Se '... --help'" line points to it); in English as the
    /// library prints it. A message of no known shape (dfcost's own refusals, already worded)
    /// is kept.
    public func words(_ error: ParserUsageError) -> String {
        guard self == .nb else {
            let help = error.help.map { "\(ParserUsageError.helpPrefix)\($0)\n" } ?? ""
            return "Error: \(error.message)\n" + help + error.usage
        }
        let usage = ParserWords.usage(error.usage)
        return "Feil: \(ParserWords.message(error.message))" + (usage.isEmpty ? "" : "\n" + usage)
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

    /// The library's message in Norwegian, or unchanged when it is of no known shape.
    static func message(_ english: String) -> String {
        // "Unknown option '-x'\n   or: Missing value for '-x' in '-xy'": two messages in one.
        if let split = english.range(of: "\n   or: ") {
            let second = String(english[split.upperBound...])
            let (missing, composite) = second.range(of: " in '", options: .backwards)
                .map { (String(second[..<$0.lowerBound]), String(second[$0.lowerBound...])) } ?? (second, "")
            return message(String(english[..<split.lowerBound])) + "\n   eller: "
                + message(missing) + composite.replacing(" in '", with: " i '")
        }
        for shape in invalidValue {
            guard let parts = match(english, shape.en) else { continue }
            return fill(shape.nb, Array(parts.dropLast()) + [tail(parts[parts.count - 1])])
        }
        for shape in shapes {
            if let parts = match(english, shape.en) { return fill(shape.nb, parts) }
        }
        return english
    }

    /// What follows an invalid value: the accepted values ("one of 'a', 'b' or 'c'", or a
    /// bulleted list), joined the Norwegian way; a reason of the value's own is kept.
    static func tail(_ english: String) -> String {
        if let list = match(english, ". Please provide one of the following:\n{0}") {
            return ". Gi en av disse:\n" + list[0]
        }
        if let list = match(english, ". Please provide one of {0}.") {
            return ". Gi en av \(joined(list[0]))."
        }
        return english
    }

    /// "'a', 'b' or 'c'" and "'a' and 'b'" (the library's "one of" lists) as "'a', 'b' eller 'c'".
    static func joined(_ list: String) -> String {
        for joiner in ["' or '", "' and '"] {
            if let last = list.range(of: joiner, options: .backwards) {
                return list.replacingCharacters(in: last, with: "' eller '")
            }
        }
        return list
    }

    /// The usage lines in Norwegian ("Usage:" and "See '...' for more information.").
    static func usage(_ english: String) -> String {
        english.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("Usage: ") { return "Bruk: " + line.dropFirst("Usage: ".count) }
            if let see = match(String(line), "  See '{0}' for more information.") { return "  Se '\(see[0])' for mer informasjon." }
            return String(line)
        }.joined(separator: "\n")
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
