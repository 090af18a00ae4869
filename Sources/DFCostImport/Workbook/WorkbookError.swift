import DFCostTableLayout
import DFCostScenario
/// Why a workbook could not be read: one line, starting with the file and, where there is one,
/// the sheet and cell (`tabell.xlsx:Ark1!D7: ...`).
public struct WorkbookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, or `file:Sheet!A1` for a cell.
    public var place: String
    /// What is wrong and, where possible, what to do instead.
    public var message: String
    /// When the error is that a sheet must be chosen: the sheets to choose from, listed.
    public var sheets: String?

    /// An error at `place`.
    public init(_ place: String, _ message: String, sheets: String? = nil) {
        self.place = place
        self.message = message
        self.sheets = sheets
    }

    /// One line; a sheet to choose is chosen "by name" (the library names no flag).
    public var description: String { description(choosing: "choose one by name") }

    /// One line, with `choosing` saying how to choose a sheet (the CLI: "choose one with --sheet").
    public func description(choosing: String) -> String {
        "\(place): \(message)" + (sheets.map { "; \(choosing) (sheets: \($0))" } ?? "")
    }
}
