/// Why a number typed on the command line is not read: not a number, or a text that could be
/// read two ways. Kept with the scenario's errors so that a what-if's reason can carry it; the
/// command line's reader (`TypedNumber`) names it `TypedNumber.Problem`.
public enum TypedNumberProblem: Error, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Not a number in either notation.
    case notANumber
    /// `1,500`: a thousands separator in English, a decimal comma in Norwegian.
    case ambiguousComma
    /// `1.234,5`: both a point and a comma.
    case pointAndComma
    /// A number, but not a whole one where a whole number is needed.
    case notWhole

    /// The reason in English, as the library errors word theirs.
    public var description: String {
        switch self {
        case .notANumber: "not a number"
        case .ambiguousComma: "ambiguous: a comma before three digits can be a thousands separator or a decimal comma; write 1.5, 1,50 or 1500"
        case .pointAndComma: "a number takes a decimal point or a decimal comma, not both (no thousands separators but a space)"
        case .notWhole: "not a whole number"
        }
    }
}
