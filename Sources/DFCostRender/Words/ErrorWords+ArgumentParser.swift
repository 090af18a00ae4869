/// The Norwegian words of swift-argument-parser's own usage errors (unknown option, missing
/// value, invalid value, unexpected or missing argument), which the library words in English.
/// The executable passes the library's message through ``Language/parserMessage(_:)``; a message
/// that matches none of these shapes is left as the library wrote it.
extension Language {
    /// The library's English shapes and their Norwegian words, phrase by phrase. The quoted
    /// parts (option names, values) are kept.
    static let parserPhrases: [(en: String, nb: String)] = [
        ("Error: ", "Feil: "),
        ("Unknown option '", "Ukjent valg '"),
        ("'. Did you mean '", "'. Mente du '"),
        ("Missing value for '", "Mangler verdi for '"),
        ("Unexpected argument '", "Uventet argument '"),
        ("Missing expected argument '", "Mangler argumentet '"),
        ("The value '", "Verdien '"),
        ("' is invalid for '", "' er ugyldig for '"),
        (". Please provide one of ", ". Gi en av "),
        ("Usage: ", "Bruk: "),
        ("  See '", "  Se '"),
        ("' for more information.", "' for mer informasjon."),
    ]

    /// A usage error of the argument parser in this language: Norwegian phrase by phrase, or the
    /// English text unchanged.
    public func parserMessage(_ english: String) -> String {
        guard self == .nb else { return english }
        var text = english
        for phrase in Self.parserPhrases { text = text.replacing(phrase.en, with: phrase.nb) }
        return text
    }
}
