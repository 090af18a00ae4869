/// Why a text is not a line selector (`tag:pds`, `solution:e-resept@2025-2026`), as data so that a
/// front end words it in the user's language. The English line is ``description``.
public enum SelectorReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text after `@` is no year or year range.
    case notYears(String)
    /// A term that is not `field:value`.
    case notFieldValue(String)
    /// `include_internal:` with something else than true or false.
    case includeInternalNotBoolean
    /// A field no selector has, with the closest one.
    case unknownField(String, suggestion: String?)

    public var description: String {
        switch self {
        case .notYears(let range): "'@\(range)' is not a year or a range such as @2025-2026"
        case .notFieldValue(let term): "'\(term)' is not field:value (fields: solution, initiative, part, line, tag)"
        case .includeInternalNotBoolean: "include_internal takes true or false"
        case .unknownField(let field, let suggestion): "unknown field '\(field)'" + Suggestion.didYouMean(suggestion)
        }
    }
}

extension Suggestion {
    /// "; did you mean 'x'?", empty for no suggestion: the English tail of a reason.
    static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
