/// A syntax or structure error in a TOML document, with the exact place it was found.
public struct TOMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// A lower-case, one-line explanation without a trailing period,
    /// e.g. `expected '=' after key "title"`.
    public var message: String

    /// Creates an error at a location.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// The error as `line:col: message`, ready to be prefixed with a file name.
    public var description: String { "\(location): \(message)" }
}
