/// The words of `dfcost explain`, in Norwegian (the default) and English.
public struct ExplanationLabels: Sendable, Hashable {
    public var notSummed: String
    public var writtenAt: String
    public var commandLine: String
    public var notCounted: String
    public var internalCell: String
    public var movedTo: String
    public var by: String
    public var amount: String
    public var line: String
    public var solution: String
    public var year: String
    public var status: String
    public var counted: String
    public var reason: String
    public var origin: String
    public var steps: String
    public var total: String
    /// One step's change of a cell: "{from} → {to}" (an arrow, not "->", in both languages).
    public var change: String

    public static let norwegian = ExplanationLabels(
        notSummed: "ikke et summert år: vises, men telles aldri i summene", writtenAt: "skrevet i",
        commandLine: "kommandolinjen", notCounted: "ikke summert", internalCell: "internt: dekket av tiltakseier",
        movedTo: "flyttet til", by: "av", amount: "Beløp", line: "Linje", solution: "Løsning", year: "År",
        status: "Status", counted: "summert", reason: "Grunn", origin: "Skrevet i", steps: "Steg", total: "Sum",
        change: "{from} → {to}")
    public static let english = ExplanationLabels(
        notSummed: "not a summed year: shown, never in the totals", writtenAt: "written at",
        commandLine: "command line", notCounted: "not counted", internalCell: "internal: covered by the initiative's owner",
        movedTo: "moved to", by: "by", amount: "Amount", line: "Line", solution: "Solution", year: "Year",
        status: "Status", counted: "counted", reason: "Reason", origin: "Written at", steps: "Steps", total: "Total",
        change: "{from} → {to}")
}
