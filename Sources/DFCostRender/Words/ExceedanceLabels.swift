/// The words of a budget's exceedance line ("P(totalt > 140,00) = 3,2 % ±0,1 prosentpoeng"): the
/// probability is a percentage and its Monte Carlo standard error is a difference of
/// percentages, so the ± is said in percentage points, not left to read as per cent of 3,2 %.
public struct ExceedanceLabels: Sendable, Hashable {
    /// "P({column} > {threshold}) = {probability} % ±{error} {points}".
    public var line: String

    public static let norwegian = ExceedanceLabels(line: "P({column} > {threshold}) = {probability} % ±{error} prosentpoeng")
    public static let english = ExceedanceLabels(line: "P({column} > {threshold}) = {probability} % ±{error} percentage points")
}

extension Language {
    /// The exceedance line's words in this language.
    public var exceedance: ExceedanceLabels { self == .nb ? .norwegian : .english }
}
