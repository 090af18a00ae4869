/// A 1-based position in a TOML document, carried by every key, value and error so that
/// validation messages can point at `file:line:col`.
///
/// `column` counts Unicode scalars from the start of the line: a tab counts as one column and
/// so does a multi-byte scalar such as "é". A UTF-8 byte-order mark at the start of the file is
/// not counted. Lines are separated by LF (a CRLF pair counts as one line end).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location as `line:column`, ready to be prefixed with a file name.
    public var description: String { "\(line):\(column)" }

    /// Orders locations as they appear in the document: by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
