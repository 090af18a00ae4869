import DFCostRender

/// The words a workbook adds to ``Labels``: sheet names (Norwegian by default, English with --locale en).
struct WorkbookLabels: Sendable {
    var table: String
    var changes: String
    var initiatives: String
    var initiative: String
    var payers: String
    /// Under the payer sheet: what its formulas are.
    var payerFormulas: String
    /// Under the payer sheet when a share has no finite decimal: how dfcost's parts differ from the formulas'.
    var payerApportioned: @Sendable (Int) -> String

    static let norwegian = WorkbookLabels(table: "Tabell", changes: "Endringer", initiatives: "Sum per tiltak",
                                          initiative: "Tiltak", payers: "Betalere",
        payerFormulas: "Eksakte andeler er formler: tabellens delsum per løsning ganger betalerens andel; kumulativt summerer dem. Avrundede andeler er dfcosts verdier.",
        payerApportioned: { "En andel uten endelig desimal (1/3) gir formelen den urundede andelen; dfcost deler delsummen med \($0) \($0 == 1 ? "desimal" : "desimaler") etter største brøkdels metode (Hamiltons metode), så delene summerer nøyaktig til delsummen, og den lagrede verdien kan avvike fra formelens i siste desimal." })
    static let english = WorkbookLabels(table: "Table", changes: "Changes", initiatives: "Sum per initiative",
                                        initiative: "Initiative", payers: "Payers",
        payerFormulas: "Exact parts are formulas: the table's subtotal per solution times the payer's share; cumulative adds them up. Rounded parts are dfcost's values.",
        payerApportioned: { "Where a share has no finite decimal (1/3) the formula gives the unrounded part; dfcost splits the subtotal at \($0) \($0 == 1 ? "decimal" : "decimals") by the largest-remainder method so that the parts add up exactly, and its stored value may differ from the formula's in the last decimal." })

    static func of(_ locale: DFCostRender.Language) -> WorkbookLabels { locale == .nb ? norwegian : english }
}
