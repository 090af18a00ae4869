/// The words of a side-by-side comparison of several scenarios or rounds (`dfcost compare A B C`).
/// Templates hold their values as `{name}` placeholders (``Labels/fill(_:_:)``).
public struct RoundLabels: Sendable, Hashable {
    /// "Comparison of {count} scenarios".
    public var heading: String
    public var againstFirst: String
    public var againstPrevious: String
    public var initiative: String
    public var movement: String
    /// Headings of the sections.
    public var totalsHeading: String
    public var solutionsHeading: String
    public var initiativesHeading: String
    public var linesHeading: String
    // How a line moved.
    public var unchanged: String
    public var amountChanged: String
    /// "solution changed from {solution}": the line belongs to another solution than before.
    public var solutionChanged: String
    /// "moved {years} years".
    public var moved: String
    public var new: String
    public var dropped: String
    /// "condition added {ids}".
    public var conditionAdded: String
    public var conditionRemoved: String
    public var becameInternal: String
    public var becameCounted: String
    /// Only amounts outside the sums (internal, or in years not summed) changed.
    public var unsummedAmountChanged: String
    // How a line was found in the reference column, when its id changed.
    /// "continues {line}", the previous line by its name.
    public var continues: String
    /// "new id, same solution, initiative and part": matched by its key, so its name is the
    /// row's own (naming it again would say nothing; the JSON keeps the former id).
    public var sameKey: String
    /// CSV: the column with a scenario's change, "change {name}".
    public var deltaOf: String

    public static let norwegian = RoundLabels(
        heading: "Sammenligning av {count} {count|scenario|scenarier}", againstFirst: "endring mot første kolonne",
        againstPrevious: "endring mot forrige kolonne", initiative: "tiltak", movement: "bevegelse",
        totalsHeading: "Sum per år (MNOK)", solutionsHeading: "Sum per løsning (MNOK)", initiativesHeading: "Sum per tiltak (MNOK)",
        linesHeading: "Linjer, summert over årene (MNOK)",
        unchanged: "uendret", amountChanged: "beløp endret", solutionChanged: "løsning endret fra {solution}", moved: "flyttet {years} år", new: "ny", dropped: "falt bort",
        conditionAdded: "ny betingelse {ids}", conditionRemoved: "betingelse fjernet {ids}", becameInternal: "ble dekket internt",
        becameCounted: "ble summert", unsummedAmountChanged: "beløp utenfor summene endret", continues: "fortsetter {line}", sameKey: "ny id, samme løsning, tiltak og del",
        deltaOf: "endring {name}")
    public static let english = RoundLabels(
        heading: "Comparison of {count} {count|scenario|scenarios}", againstFirst: "change against the first column",
        againstPrevious: "change against the previous column", initiative: "initiative", movement: "movement",
        totalsHeading: "Totals per year (MNOK)", solutionsHeading: "Totals per solution (MNOK)", initiativesHeading: "Totals per initiative (MNOK)",
        linesHeading: "Lines, summed over the years (MNOK)",
        unchanged: "unchanged", amountChanged: "amount changed", solutionChanged: "solution changed from {solution}", moved: "moved {years} {years|year|years}", new: "new", dropped: "dropped",
        conditionAdded: "condition added {ids}", conditionRemoved: "condition removed {ids}", becameInternal: "became internal",
        becameCounted: "became counted", unsummedAmountChanged: "amount outside the sums changed", continues: "continues {line}", sameKey: "new id, same solution, initiative and part",
        deltaOf: "change {name}")
}
