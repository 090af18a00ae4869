/// How the renderer writes a cell in TOML (the README's three cell forms).
enum OracleCellForm: Sendable, Hashable {
    /// A TOML number (counted, no marks).
    case number
    /// The report's notation in a string, `"(2,5) *"`: decimal comma, Unicode minus and a space
    /// before the marks are optional spellings.
    case notation(comma: Bool, unicodeMinus: Bool, spaceBeforeMarks: Bool)
    /// `{ amount = 2.3, internal = true, conditions = ["fm"] }`.
    case table
}

/// A cell as the generator wrote it: one year, one amount, internal or counted, and the ids of
/// the conditions its marks stand for, in the order written.
struct OracleCell: Sendable, Hashable {
    var year: Int
    var amount: OracleDecimal
    var isInternal: Bool
    var conditions: [String]
    var form: OracleCellForm
    /// A deliberate mistake the README makes an error: the first mark written twice (`"55**"`), or
    /// in the table form the first condition listed twice.
    var doubledMark = false
}
