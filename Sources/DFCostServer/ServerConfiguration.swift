import DFCostRender
import DFCostSimulation
import Foundation

/// What `dfcost serve` was started with: the folder it serves, where it listens, its token and
/// its limits. The command line fills it; tests build it directly.
public struct ServerConfiguration: Sendable {
    /// The folder of scenario files, as given (relative to the current directory or absolute).
    public var folder: String
    /// The address to bind: loopback unless a token is set.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The token every request must carry, or nil (loopback only).
    public var token: String?
    /// The most trials one simulation may ask for.
    public var maxTrials: Int
    /// The most simulations running at once.
    public var maxSimulations: Int
    /// Seconds a simulation may run before it is stopped.
    public var timeLimit: Double
    /// The language of pages and problems unless a request asks for another (`?locale=`).
    public var locale: Language
    /// The program's version, recorded in a simulation's analysis model as the command line records it.
    public var software: SoftwareVersion?
    /// The largest request body read, in bytes.
    public var maxBodyBytes: Int
    /// Seconds a connection may go without a complete request (headers never finished, or
    /// nothing sent after an answer) before it is closed.
    public var idleTimeout: Double

    public init(folder: String = "Scenarios", host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
                maxTrials: Int = 10_000_000, maxSimulations: Int = 2, timeLimit: Double = 120, locale: Language = .nb,
                software: SoftwareVersion? = nil, maxBodyBytes: Int = 64 * 1024,
                idleTimeout: Double = 10) {
        self.folder = folder
        self.host = host
        self.port = port
        self.token = token
        self.maxTrials = maxTrials
        self.maxSimulations = maxSimulations
        self.timeLimit = timeLimit
        self.locale = locale
        self.software = software
        self.maxBodyBytes = maxBodyBytes
        self.idleTimeout = idleTimeout
    }

    /// Whether `host` is a loopback address (the only ones served without a token).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
