import DFCostTableLayout
import DFCostScenario
/// Why a workbook could not be read: one line, starting with the file and, where there is one,
/// the sheet and cell (`tabell.xlsx:Ark1!D7: ...`).
public struct WorkbookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, or `file:Sheet!A1` for a cell.
    public var place: String
    /// What is wrong and, where possible, what to do instead, as data (worded by the front end).
    public var reason: WorkbookReason
    /// When the error is that a sheet must be chosen: the sheets to choose from, listed.
    public var sheets: String?

    /// An error at `place`.
    public init(_ place: String, _ reason: WorkbookReason, sheets: String? = nil) {
        self.place = place
        self.reason = reason
        self.sheets = sheets
    }

    /// The reason in English, without the place.
    public var message: String { reason.description }

    /// One line; a sheet to choose is chosen "by name" (the library names no flag).
    public var description: String { description(choosing: "choose one by name") }

    /// One line, with `choosing` saying how to choose a sheet (the CLI: "choose one with --sheet").
    public func description(choosing: String) -> String {
        "\(place): \(message)" + (sheets.map { "; \(choosing) (sheets: \($0))" } ?? "")
    }
}
