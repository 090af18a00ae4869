import DFCostApp
import DFCostNumerics
import DFCostRender
import DFCostScenario
import Foundation
import Hummingbird

/// `dfcost serve`: the what-if pages and the JSON API over a folder of scenario files.
///
/// It computes nothing itself: every figure comes from the application layer (DFCostApp) and
/// every page, download and API answer is written by the same renderers as the command line.
/// Read-only: the folder is never written, and each request reads its files anew.
public struct Server: Sendable {
    public let configuration: ServerConfiguration
    let folder: ScenarioFolder
    let jobs: SimulationJobs

    public init(_ configuration: ServerConfiguration) {
        self.configuration = configuration
        folder = ScenarioFolder(folder: configuration.folder)
        jobs = SimulationJobs(limit: configuration.maxSimulations, timeLimit: configuration.timeLimit)
    }

    /// The routes, behind the token check when a token is set.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        if let token = configuration.token { router.add(middleware: TokenMiddleware(token: token, language: configuration.locale)) }
        router.add(middleware: MethodMiddleware(language: configuration.locale))
        router.get("/") { request, _ in await page(request, here: "/") { info in Responses.html(Pages(folder: folder, language: info.language).index()) } }
        router.get("/table/**") { request, _ in
            await page(request, here: request.uri.path) { info in
                let path = try info.filePath(after: "/table/")
                return Responses.html(try Pages(folder: folder, language: info.language).table(path, whatIfs: WhatIfs(info.query)))
            }
        }
        router.get("/compare") { request, _ in
            await page(request, here: "/compare") { info in
                Responses.html(try Pages(folder: folder, language: info.language).compare(files: info.query.all("file"), whatIfs: WhatIfs(info.query)))
            }
        }
        router.get("/simulate/**") { request, _ in await simulatePage(request) }
        router.get("/download/{format}/**") { request, context in await download(request, format: context.parameters.get("format") ?? "") }
        addAPI(to: router)
        return router
    }

    /// The application, bound as configured; `onRunning` is told the port once it listens.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var app = Application(
            router: router(),
            // A connection that sends no complete request for this long is closed (slow or stalled headers).
            server: .http1(configuration: .init(idleTimeout: .milliseconds(Int64(configuration.idleTimeout * 1000)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "dfcost"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) })
        // The start line is the command's own; the framework says only what goes wrong.
        app.logger.logLevel = .error
        return app
    }

    /// Cancels every running simulation and refuses new ones (the server is stopping).
    public func stopSimulations() { jobs.stopAll() }

    // MARK: - Handlers

    /// A page: its problems as a page in the locale, with the problem's status.
    func page(_ request: Request, here: String, _ body: (RequestInfo) async throws -> Response) async -> Response {
        let language = QueryItems.language(in: request.uri.query) ?? configuration.locale
        do {
            return try await body(try RequestInfo(request, defaultLanguage: configuration.locale))
        } catch let shown as PageWithProblem {
            return Responses.html(shown.page, status: HTTPResponse.Status(code: shown.status))
        } catch {
            return Responses.problemPage(Problem(error, in: language), pages: Pages(folder: folder, language: language), here: here)
        }
    }

    /// An API answer or a download: its problems as `application/problem+json`.
    func api(_ request: Request, _ body: (RequestInfo) async throws -> Response) async -> Response {
        let language = QueryItems.language(in: request.uri.query) ?? configuration.locale
        do {
            return try await body(try RequestInfo(request, defaultLanguage: configuration.locale))
        } catch {
            return Responses.problem(Problem(error, in: language))
        }
    }

    /// The simulation page: the form; a finished run (`job`) or one run in the request (`run=1`).
    func simulatePage(_ request: Request) async -> Response {
        await page(request, here: request.uri.path) { info in
            let path = try info.filePath(after: "/simulate/")
            let ask = try SimulationAsk(info, path: path, maxTrials: configuration.maxTrials)
            let pages = Pages(folder: folder, language: info.language)
            let query = ask.query(info)
            var report: Report?
            var problem: Problem?
            if ask.run || ask.job != nil {
                do {
                    report = try await finishedReport(ask, language: info.language).0
                } catch {
                    problem = Problem(error, in: info.language)
                }
            }
            let text = try pages.simulate(path, whatIfs: ask.whatIfs, trials: ask.trials, seed: ask.seed, outcome: report, problem: problem, query: query)
            return Responses.html(text, status: problem.map { HTTPResponse.Status(code: $0.status) } ?? .ok)
        }
    }

    /// The report of the run `ask` names: the finished job it names, or a run in this request.
    func finishedReport(_ ask: SimulationAsk, language: Language) async throws -> (Report, ReportResult) {
        if let id = ask.job, let job = jobs.job(id), job.key == ask.key {
            await jobs.wait(for: job)
            let status = job.status.withLock { $0 }
            if let report = status.report, let result = status.result { return (report, result) }
        }
        let request = try Views.simulationRequest(folder, path: ask.path, whatIfs: ask.whatIfs, trials: ask.trials, seed: ask.seed,
                                                  software: configuration.software)
        let job = try jobs.start(request, key: ask.key, language: language)
        await jobs.wait(for: job)
        let status = job.status.withLock { $0 }
        if let report = status.report, let result = status.result { return (report, result) }
        throw ProblemError(problem: status.problem ?? Problem(SimulationError.cancelled, in: language))
    }

    /// `/download/FORMAT/<page>?<query>`: what the page shows, as the command line writes it.
    func download(_ request: Request, format name: String) async -> Response {
        await api(request) { info in
            guard let format = DownloadFormat(rawValue: name) else { throw ServerProblem.unknownFormat(name, known: DownloadFormat.allCases.map(\.rawValue)) }
            let prefix = "/download/\(name)"
            let rest = String(info.rawPath.dropFirst(prefix.count))
            if rest.hasPrefix("/table/") {
                let path = try info.filePath(after: prefix + "/table/")
                let (report, result) = try Views.tableReport(folder, path: path, whatIfs: WhatIfs(info.query))
                return Responses.download(try Views.bytes(report, result: result, format: format, locale: info.language), format: format, name: Self.name(path))
            }
            if rest.hasPrefix("/simulate/") {
                let path = try info.filePath(after: prefix + "/simulate/")
                let ask = try SimulationAsk(info, path: path, maxTrials: configuration.maxTrials)
                let (report, result) = try await finishedReport(ask, language: info.language)
                return Responses.download(try Views.bytes(report, result: result, format: format, locale: info.language), format: format,
                                          name: Self.name(path) + "-simulering")
            }
            if rest == "/compare" {
                let files = info.query.all("file"), whatIfs = WhatIfs(info.query)
                switch format {
                case .json, .csv:
                    let result = try Views.comparison(folder, files: files, whatIfs: whatIfs)
                    let text = try Views.comparisonText(result, files: files, whatIfs: whatIfs, format: format.outputFormat, locale: info.language)
                    return Responses.download(Data(text.utf8), format: format, name: "sammenligning")
                case .html, .xlsx:
                    let (report, result) = try Views.comparisonReport(folder, files: files, whatIfs: whatIfs)
                    return Responses.download(try Views.bytes(report, result: result, format: format, locale: info.language), format: format, name: "sammenligning")
                }
            }
            throw ServerProblem.notFound(rest)
        }
    }

    /// A download's file name: the scenario file's name without `.toml`.
    static func name(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        let base = last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
        return String(base.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == ".") }.map(Character.init))
    }
}

/// A problem already worded (a run that failed), passed on as it is.
struct ProblemError: Error {
    let problem: Problem
}

/// What a simulation page or download asks: the file, trials, seed, what-ifs, and a run to show.
struct SimulationAsk {
    let path: String
    let whatIfs: WhatIfs
    let trials: Int
    let seed: UInt64
    let run: Bool
    let job: String?

    /// The trials a page offers first.
    static let defaultTrials = 20_000

    init(_ info: RequestInfo, path: String, maxTrials: Int) throws {
        self.path = path
        whatIfs = WhatIfs(info.query)
        trials = try info.integer("trials", default: Self.defaultTrials)
        try Self.check(trials: trials, maxTrials: maxTrials)
        let seedText = info.query.first("seed") ?? ""
        guard seedText.isEmpty || UInt64(seedText) != nil else { throw ServerProblem.badRequest(.seed(seedText)) }
        seed = UInt64(seedText) ?? 1
        run = info.query.first("run") == "1"
        job = info.query.first("job").flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Trials from 1 to the server's limit (and the engine's).
    static func check(trials: Int, maxTrials: Int) throws {
        guard trials >= 1 else { throw ServerProblem.badRequest(.trialsBelowOne(trials)) }
        guard trials <= min(maxTrials, MonteCarlo.maxTrials) else { throw ServerProblem.tooManyTrials(asked: trials, limit: min(maxTrials, MonteCarlo.maxTrials)) }
    }

    /// The run's identity: a finished job is shown only for the same request.
    var key: String { Self.key(path: path, whatIfs: whatIfs, trials: trials, seed: seed) }

    static func key(path: String, whatIfs: WhatIfs, trials: Int, seed: UInt64) -> String {
        "\(path)\n\(trials)\n\(seed)\n" + whatIfs.pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "\n")
    }

    /// The page's query again (for its downloads and the other language).
    func query(_ info: RequestInfo) -> String {
        var pairs: [(String, String)] = [("trials", "\(trials)"), ("seed", "\(seed)")] + whatIfs.pairs
        if let job { pairs.append(("job", job)) } else if run { pairs.append(("run", "1")) }
        return QueryItems(pairs: pairs).encoded(keeping: Set(["trials", "seed", "job", "run"] + WhatIfs.names))
    }
}
