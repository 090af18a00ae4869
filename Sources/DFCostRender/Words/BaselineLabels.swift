/// The words of the total D&F level (totalt D&F-nivå): the existing level a scenario file's
/// `[baseline]` gives (driftsgrunnlag) plus the table's cumulative increase, per solution and year.
/// Templates hold their values as `{name}` placeholders (``Labels/fill(_:_:)``).
public struct BaselineLabels: Sendable, Hashable {
    /// The part's heading, "Totalt D&F-nivå ({unit})".
    public var heading: String
    /// The tables' headings.
    public var levelHeading: String
    public var baselineHeading: String
    public var increaseHeading: String
    /// How the level is made, one sentence.
    public var rule: String
    /// "Kilde for driftsgrunnlaget".
    public var source: String
    /// The header of the first column.
    public var solution: String
    public var payer: String
    /// The heading of each payer's part.
    public var payersHeading: String
    /// "Driftsgrunnlaget for {solutions} er indeksert som tabellen ..."
    public var indexed: String
    /// "Uten driftsgrunnlag, ikke med i summen: {solutions}."
    public var without: String
    /// The name of the workbook sheet.
    public var sheet: String

    public static let norwegian = BaselineLabels(
        heading: "Totalt D&F-nivå ({unit})", levelHeading: "Totalt D&F-nivå per løsning ({unit})",
        baselineHeading: "Driftsgrunnlag per løsning ({unit})", increaseHeading: "Kumulativ økning per løsning ({unit})",
        rule: "Totalt D&F-nivå er driftsgrunnlaget (dagens drifts- og forvaltningsnivå) pluss tabellens økning summert fra første år til og med året.",
        source: "Kilde for driftsgrunnlaget", solution: "Løsning", payer: "Betaler",
        payersHeading: "Totalt D&F-nivå per betaler ({unit})",
        indexed: "Driftsgrunnlaget for {solutions} er prisjustert med scenarioets indeks, som tabellens beløp, og avrundet til {precision} {unit}.",
        without: "Uten driftsgrunnlag, ikke med i summen: {solutions}.", sheet: "D&F-nivå")
    public static let english = BaselineLabels(
        heading: "Total D&F level ({unit})", levelHeading: "Total D&F level per solution ({unit})",
        baselineHeading: "Baseline per solution ({unit})", increaseHeading: "Cumulative increase per solution ({unit})",
        rule: "The total D&F level is the baseline (the existing operations and maintenance level) plus the table's increase summed from the first year up to and including the year.",
        source: "Source of the baseline", solution: "Solution", payer: "Payer",
        payersHeading: "Total D&F level per payer ({unit})",
        indexed: "The baseline of {solutions} is indexed with the scenario's price index, as the table's amounts are, and rounded at {precision} {unit}.",
        without: "Without a baseline, not in the sum: {solutions}.", sheet: "D&F level")
}

extension Language {
    /// The total D&F level's words in this language.
    public var baseline: BaselineLabels { self == .nb ? .norwegian : .english }
}
