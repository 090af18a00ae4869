/// `dfcost explain --help`.
public struct ExplainHelpWords: Sendable, Hashable {
    public var abstract: String
    public var file: String
    public var year: String
    public var solution: String

    public static let norwegian = ExplainHelpWords(
        abstract: "Vis hvor en sum kommer fra: hver celle i året, hvor den er skrevet, og hvert steg som er brukt på den.",
        file: "En scenariofil.",
        year: "Året som skal forklares (standard: hvert summert år).",
        solution: "Bare én løsning, f.eks. e-resept.")
    public static let english = ExplainHelpWords(
        abstract: "Show the provenance of a total: every cell of the year, where it was written, and each step applied to it.",
        file: "A scenario file.",
        year: "The year to explain (default: every summed year).",
        solution: "Restrict to one solution, e.g. e-resept.")
}
