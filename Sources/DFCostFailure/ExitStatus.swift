/// How a failed command ends, as the BSD sysexits codes a shell script can test.
///
/// Every error type of dfcost says its own class by conforming to ``ExitStatusProviding``, so
/// a front end maps any error to an exit code in one place, without knowing the error types.
public enum ExitStatus: Int32, Sendable, Hashable, CaseIterable {
    /// The command was used wrongly: a malformed flag value, a combination that cannot be run (64).
    case usage = 64
    /// An input's content is wrong: a malformed scenario, a table that does not add up (65).
    case data = 65
    /// An input is missing or cannot be read (66).
    case noInput = 66
    /// A failure inside dfcost itself: an error no type classifies (70).
    case software = 70
    /// An output cannot be created or written (73).
    case cantCreate = 73
    /// The user stopped a long run with Ctrl-C or SIGTERM; nothing was written (130).
    case interrupted = 130

    /// The process exit code.
    public var code: Int32 { rawValue }

    /// The status of `error`: its own class when it says one, else ``software``.
    public init(of error: any Error) {
        self = (error as? any ExitStatusProviding)?.exitStatus ?? .software
    }
}

/// An error that says how the command it stops ends (the shape of Hummingbird's
/// `HTTPResponseError`, which says its HTTP status): usage, data, no input, cannot create.
public protocol ExitStatusProviding: Error {
    /// The class of the failure, which decides the exit code.
    var exitStatus: ExitStatus { get }
}
