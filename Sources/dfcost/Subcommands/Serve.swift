import ArgumentParser
import DFCostRender
import DFCostServer
import Dispatch
import Foundation

/// `dfcost serve [FOLDER]`: the what-if pages and the JSON API over a folder of scenario files.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: ChosenLanguage.help.serve.abstract,
        discussion: ChosenLanguage.help.serve.discussion)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.serve.folder, valueName: valueName("folder")), completion: .directory)
    var folder: String = "Scenarios"

    @Option(help: ArgumentHelp(ChosenLanguage.help.serve.host, valueName: valueName("host")))
    var host: String = "127.0.0.1"

    @Option(parsing: .unconditional, help: ArgumentHelp(ChosenLanguage.help.serve.port, valueName: valueName("port")))
    var port: Int = 8080

    @Option(help: ArgumentHelp(ChosenLanguage.help.serve.token, valueName: valueName("token")))
    var token: String?

    @Option(help: ArgumentHelp(ChosenLanguage.help.serve.tokenFile, valueName: valueName("token-file")), completion: .file())
    var tokenFile: String?

    @Option(name: .customLong("max-trials"), parsing: .unconditional, help: ArgumentHelp(ChosenLanguage.help.serve.maxTrials, valueName: valueName("max-trials")))
    var typedMaxTrials = TypedCount(10_000_000)
    var maxTrials: Int { typedMaxTrials.number }

    @Option(name: .customLong("max-simulations"), parsing: .unconditional, help: ArgumentHelp(ChosenLanguage.help.serve.maxSimulations, valueName: valueName("max-simulations")))
    var typedMaxSimulations = TypedCount(2)
    var maxSimulations: Int { typedMaxSimulations.number }

    @Option(name: .customLong("time-limit"), parsing: .unconditional,
            help: ArgumentHelp(ChosenLanguage.help.serve.timeLimit, valueName: valueName("time-limit")))
    var typedTimeLimit = TypedSeconds(120)
    var timeLimit: Double { typedTimeLimit.seconds }

    @Option(help: ArgumentHelp(ChosenLanguage.help.serve.locale, valueName: valueName("locale")))
    var locale: DFCostRender.Language = .nb

    func validate() throws {
        guard (0...65535).contains(port) else { throw refused(.portOutOfRange) }
        guard try typedMaxTrials.checked("--max-trials") >= 1 else { throw refused(.notPositive("--max-trials")) }
        guard try typedMaxSimulations.checked("--max-simulations") >= 1 else { throw refused(.notPositive("--max-simulations")) }
        guard try typedTimeLimit.checked("--time-limit") > 0 else { throw refused(.notPositive("--time-limit")) }
        if token != nil && tokenFile != nil { throw refused(.tokenTwice) }
    }

    func run() throws {
        let token = try readToken()
        guard token != nil || ServerConfiguration.isLoopback(host) else {
            printFailure(locale.serve.refusedWithoutToken)
            throw ExitCode(64)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            printFailure(locale.say(nb: "\(folder): mappen finnes ikke", en: "\(folder): no such folder"))
            throw ExitCode(66)
        }
        if port != 0, let failure = BindFailure.probe(host: host, port: port) {
            printFailure(locale.serve.words(failure))
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
            printFailure(locale.say(nb: "--token-file \(tokenFile): kan ikke leses, eller er tom", en: "--token-file \(tokenFile): cannot be read, or is empty"))
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
            printFailure("serve: \(error)")
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
