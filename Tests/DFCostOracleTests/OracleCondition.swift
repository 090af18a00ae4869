/// A condition declared in the base file, with the mark cells use for it.
struct OracleCondition: Sendable, Hashable {
    var id: String
    var mark: String
    /// False: the file leaves `mark` out, so it is the default `*`.
    var writesMark = true
}
