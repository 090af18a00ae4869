import DFCostFailure

/// A request the server refuses before any engine work, with the HTTP status it answers.
public enum ServerProblem: Error, Sendable, Hashable, ExitStatusProviding {
    /// A path that names no scenario file inside the folder (or names one outside it: the
    /// answer does not tell which).
    case notFound(String)
    /// A request body over the limit, in bytes.
    case bodyTooLarge(limit: Int)
    /// More trials than the server allows.
    case tooManyTrials(asked: Int, limit: Int)
    /// As many simulations running as the server allows.
    case busy(limit: Int)
    /// A simulation stopped at the time limit, in seconds.
    case timeLimit(seconds: Double)
    /// No token, or the wrong one.
    case unauthorized
    /// A query or body the server cannot read (a missing or malformed parameter), with what is wrong.
    case badRequest(BadRequest)
    /// No simulation with that id.
    case noSuchSimulation(String)
    /// A path no page or API answers (not a file: the page's path itself).
    case noSuchPage(String)
    /// A download format the server does not write, with the ones it writes.
    case unknownFormat(String, known: [String])
    /// A method the path does not take, with the ones it takes.
    case methodNotAllowed(String, allowed: [String])
    /// The server is stopping.
    case stopping

    /// The HTTP status: 404, 405, 413, 429, 503, 401 or 400.
    public var httpStatus: Int {
        switch self {
        case .notFound, .noSuchSimulation, .noSuchPage, .unknownFormat: 404
        case .bodyTooLarge, .tooManyTrials: 413
        case .busy: 429
        case .timeLimit, .stopping: 503
        case .unauthorized: 401
        case .badRequest: 400
        case .methodNotAllowed: 405
        }
    }

    /// The exit class it belongs to: missing input (66) for what is not there, usage (64) for the rest.
    public var exitStatus: ExitStatus {
        switch self {
        case .notFound, .noSuchSimulation, .noSuchPage, .unknownFormat: .noInput
        case .bodyTooLarge, .tooManyTrials, .busy, .timeLimit, .stopping, .unauthorized, .badRequest, .methodNotAllowed: .usage
        }
    }
}
