/// Why a query or body cannot be read, worded per language by ``ServeLabels``.
public enum BadRequest: Sendable, Hashable {
    /// A query pair that does not percent-decode to text (UTF-8).
    case notText(String)
    /// A control character (NUL and the rest below U+0020, or DEL) in a query name or value.
    case controlCharacter(name: String)
    /// `locale` other than the languages served.
    case locale(String, allowed: [String])
    /// A required parameter missing.
    case missing(String)
    /// A parameter that must be a whole number.
    case notWholeNumber(name: String, text: String)
    /// `seed` that is not a whole number from 0.
    case seed(String)
    /// `trials` below 1.
    case trialsBelowOne(Int)
    /// Compare with fewer than two files.
    case compareNeedsTwo
    /// A `POST /api/simulations` body that is not the simulation JSON.
    case simulationBody
}
