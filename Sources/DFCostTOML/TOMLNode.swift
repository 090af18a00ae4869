/// A value together with the place it starts, so consumers can report validation errors at
/// the value rather than at the file.
public struct TOMLNode: Sendable, Hashable {
    /// The value.
    public var value: TOMLValue
    /// Where the value starts: the first character of a scalar, the `[` of an array, the `{` of
    /// an inline table. For a `[table]` or `[[array]]` header it is where the header's key
    /// starts; for a table made by dotted keys it is where that key part is written. An array of
    /// tables is located at its first `[[header]]`.
    public var location: SourceLocation

    /// Creates a node.
    public init(value: TOMLValue, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
