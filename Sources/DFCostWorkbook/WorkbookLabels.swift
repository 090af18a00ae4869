import DFCostRender

/// The words a workbook adds to ``Labels``: sheet names (Norwegian by default, English with --locale en).
struct WorkbookLabels: Sendable {
    var table: String
    var changes: String
    var initiatives: String
    var initiative: String
    var payers: String

    static let norwegian = WorkbookLabels(table: "Tabell", changes: "Endringer", initiatives: "Sum per tiltak",
                                          initiative: "Tiltak", payers: "Betalere")
    static let english = WorkbookLabels(table: "Table", changes: "Changes", initiatives: "Sum per initiative",
                                        initiative: "Initiative", payers: "Payers")

    static func of(_ locale: DFCostRender.Locale) -> WorkbookLabels { locale == .nb ? norwegian : english }
}
