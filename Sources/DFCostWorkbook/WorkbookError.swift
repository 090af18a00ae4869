/// Why a workbook could not be read: one line, starting with the file and, where there is one,
/// the sheet and cell (`tabell.xlsx:Ark1!D7: ...`).
public struct WorkbookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, or `file:Sheet!A1` for a cell.
    public var place: String
    /// What is wrong and, where possible, what to do instead.
    public var message: String

    /// An error at `place`.
    public init(_ place: String, _ message: String) {
        self.place = place
        self.message = message
    }

    public var description: String { "\(place): \(message)" }
}
