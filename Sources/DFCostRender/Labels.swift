/// The words renderers print, in Norwegian (the table's own language) or English.
public struct Labels: Sendable, Hashable {
    public var line: String
    public var sum: String
    public var sumRounded: String
    public var cumulative: String
    public var subtotal: String
    public var internalNote: String
    public var source: String
    public var excluded: String
    public var beyondHorizon: String
    public var conditions: String
    public var year: String
    public var computed: String
    public var published: String

    public static let norwegian = Labels(
        line: "Løsning / tiltak / del", sum: "Sum", sumRounded: "Sum, avrundet", cumulative: "Kumulativt nivå",
        subtotal: "Sum", internalNote: "Tall i parentes ble dekket internt av tiltakseier og er ikke summert.",
        source: "Kilde", excluded: "Holdt utenfor summene", beyondHorizon: "Flyttet utenfor tidshorisonten",
        conditions: "Betingelser", year: "År", computed: "Beregnet", published: "Publisert")
    public static let english = Labels(
        line: "Solution / initiative / part", sum: "Sum", sumRounded: "Sum, rounded", cumulative: "Cumulative level",
        subtotal: "Sum", internalNote: "Figures in parentheses were covered internally by the initiative's owner and are not summed.",
        source: "Source", excluded: "Set aside from the sums", beyondHorizon: "Moved beyond the horizon",
        conditions: "Conditions", year: "Year", computed: "Computed", published: "Published")
}

/// The language and number style of human output.
public enum Locale: String, Sendable, Hashable, CaseIterable {
    case nb
    case en

    public var numbers: NumberStyle { self == .nb ? .norwegian : .english }
    public var labels: Labels { self == .nb ? .norwegian : .english }
}
