/// A line as the generator wrote it, in the base file, a derived file or an `add` operation.
struct OracleLine: Sendable, Hashable {
    var id: String
    var solution: String
    var initiative: String
    var part: String
    var tags: [String]
    var cells: [OracleCell]
}
