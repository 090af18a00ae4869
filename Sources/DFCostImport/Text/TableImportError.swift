import DFCostTableLayout
import DFCostScenario
import DFCostModel

/// Why a table could not be imported: one line, starting with `file:line:column:`.
public struct TableImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is (the first character of the offending field, or of the file).
    public var origin: SourceReference
    /// What is wrong and, where possible, what to write instead, as data (worded by the front end).
    public var reason: TableImportReason

    /// An error at a place in the imported file.
    public init(_ origin: SourceReference, _ reason: TableImportReason) {
        self.origin = origin
        self.reason = reason
    }

    /// The reason in English, without the place.
    public var message: String { reason.description }

    public var description: String { "\(origin): \(message)" }
}
