import ArgumentParser
import DFCostRender
import DFCostServer
import Dispatch
import Foundation

/// `dfcost serve [FOLDER]`: the what-if pages and the JSON API over a folder of scenario files.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a folder of scenario files as web pages (the table, what-ifs, rounds, simulation, downloads) and a JSON API.",
        discussion: """
            Read-only: FOLDER is never written, and each request reads its files anew. Only .toml files \
            inside FOLDER are read (symbolic links and extends chains that leave it are refused). Binds \
            loopback only unless --host names another address, which requires --token or --token-file. \
            Prints one line on standard error when it listens; SIGINT or SIGTERM stop it gracefully \
            (requests under way finish, simulations are cancelled). An address it cannot listen on (a port \
            in use, a port below 1024 without privileges, a host that is not this machine's) exits 69. \
            The API's OpenAPI document is at /api/openapi.json.
            """)

    @Argument(help: "The folder of scenario files.", completion: .directory)
    var folder: String = "Scenarios"

    @Option(help: "The address to listen on; any but loopback (127.0.0.1, ::1, localhost) requires a token.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "A token every request must carry (Authorization: Bearer TOKEN, or ?token=TOKEN once).")
    var token: String?

    @Option(help: "Read the token from this file (its first line).", completion: .file())
    var tokenFile: String?

    @Option(help: "The most trials one simulation may ask for.")
    var maxTrials: Int = 10_000_000

    @Option(help: "The most simulations running at once; one more is answered 429.")
    var maxSimulations: Int = 2

    @Option(help: "Seconds a simulation may run before it is stopped (answered 503).")
    var timeLimit: Double = 120

    @Option(help: "Language of the pages and messages unless a request asks (?locale=): nb (21,5) or en (21.5).")
    var locale: DFCostRender.Language = .nb

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard maxTrials >= 1, maxSimulations >= 1, timeLimit > 0 else { throw ValidationError("--max-trials, --max-simulations and --time-limit must be positive") }
        if token != nil && tokenFile != nil { throw ValidationError("give --token or --token-file, not both") }
    }

    func run() throws {
        let token = try readToken()
        guard token != nil || ServerConfiguration.isLoopback(host) else {
            printError(locale.serve.refusedWithoutToken)
            throw ExitCode(64)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            printError(locale.say(nb: "dfcost serve: \(folder): mappen finnes ikke", en: "dfcost serve: \(folder): no such folder"))
            throw ExitCode(66)
        }
        if port != 0, let failure = BindFailure.probe(host: host, port: port) {
            printError(locale.serve.words(failure))
            throw ExitCode(BindFailure.exitCode)
        }
        let server = Server(ServerConfiguration(folder: folder, host: host, port: port, token: token, maxTrials: maxTrials,
                                                maxSimulations: maxSimulations, timeLimit: timeLimit, locale: locale, software: BuildInfo.software))
        try ServeRunner.run(server, folder: folder, host: host, locale: locale)
    }

    /// The token given, or read from --token-file (its first line, without spaces around).
    func readToken() throws -> String? {
        guard let tokenFile else { return token.flatMap { $0.isEmpty ? nil : $0 } }
        guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8),
              let line = text.split(whereSeparator: \.isNewline).first?.trimmingCharacters(in: .whitespaces), !line.isEmpty else {
            printError(locale.say(nb: "dfcost serve: --token-file \(tokenFile): kan ikke leses, eller er tom", en: "dfcost serve: --token-file \(tokenFile): cannot be read, or is empty"))
            throw ExitCode(66)
        }
        return line
    }
}

/// Runs the server until SIGINT or SIGTERM: the signals stop it gracefully (requests under way
/// finish) and cancel running simulations at once.
enum ServeRunner {
    static func run(_ server: Server, folder: String, host: String, locale: DFCostRender.Language) throws {
        // The command line's Ctrl-C handler exits at once; here the signals are the server's.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let cancelling = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.stopSimulations() }
            source.resume()
            return source
        }
        let count = ScenarioFolder(folder: folder).paths().count
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let app = server.application { port in
            printError(locale.serve.started(url: "http://\(shownHost):\(port)/", folder: folder, files: count))
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint]) } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        withExtendedLifetime(cancelling) {}
        if let error = failure.error {
            printError("dfcost serve: \(error)")
            throw ExitCode(70)
        }
    }
}

/// The server's failure, handed from its task to the waiting thread.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
