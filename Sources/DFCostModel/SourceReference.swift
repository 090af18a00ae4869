/// Where something was written: a file and a 1-based line and column.
///
/// Every line, cell and operation of a scenario keeps one, so that errors and `explain`
/// can point at the place a number came from.
public struct SourceReference: Sendable, Hashable, CustomStringConvertible {
    /// The file path as given by the user (relative paths stay relative).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
