/// A syntax or structure error in a TOML document, with the exact place it was found and why,
/// as data (``Reason``) so that a front end can word it in the user's language.
public struct TOMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, with the data a message needs.
    public var reason: Reason

    /// Creates an error at a location.
    public init(location: SourceLocation, reason: Reason) {
        self.location = location
        self.reason = reason
    }

    /// A lower-case, one-line English explanation without a trailing period,
    /// e.g. `expected '=' after key "title"`.
    public var message: String { reason.description }

    /// The error as `line:col: message`, ready to be prefixed with a file name.
    public var description: String { "\(location): \(message)" }
}
