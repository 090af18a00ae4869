/// One file of an `extends` chain: its own precision, condition states, lines and operations.
/// The base file's table, solutions and conditions live in ``OracleCase``.
struct OracleFile: Sendable, Hashable {
    /// `[scenario] precision`, when the file sets one (1, 0.1, 0.01 or 0.001).
    var precision: OracleDecimal?
    var states: [OracleStateSetting] = []
    var lines: [OracleLine] = []
    var operations: [OracleOperation] = []
}
