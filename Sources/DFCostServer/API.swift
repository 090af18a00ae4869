import DFCostApp
import DFCostRender
import DFCostScenario
import Foundation
import Hummingbird

/// The JSON API under `/api`: the same requests as the command line, the JSON it writes with
/// `--format json`, failures as `application/problem+json` (OpenAPI: ``OpenAPIDocument``).
extension Server {
    func addAPI(to router: Router<BasicRequestContext>) {
        router.get("/api/openapi.json") { _, _ in Responses.bytes(Data(OpenAPIDocument.text.utf8), type: "application/json") }
        router.get("/api/files") { request, _ in
            await api(request) { _ in
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                return Responses.json(String(decoding: try encoder.encode(folder.entries()), as: UTF8.self) + "\n")
            }
        }
        router.get("/api/totals") { request, _ in
            await api(request) { info in
                guard let path = info.query.first("file") else { throw ServerProblem.badRequest(.missing("file")) }
                let scenario = try folder.load(path)
                let result = try TotalsRequest(scenario: scenario, whatIfs: try WhatIfs(info.query).applyOptions()).run()
                return Responses.json(TotalsRenderer(locale: info.language).render(result, format: .json))
            }
        }
        router.get("/api/compare") { request, _ in
            await api(request) { info in
                let files = info.query.all("file"), whatIfs = WhatIfs(info.query)
                let result = try Views.comparison(folder, files: files, whatIfs: whatIfs, sideBySide: false)
                return Responses.json(try Views.comparisonText(result, files: files, whatIfs: whatIfs, format: .json, locale: info.language))
            }
        }
        router.post("/api/simulations") { request, _ in await startSimulation(request) }
        router.get("/api/simulations/{id}") { request, context in
            await api(request) { info in
                let id = context.parameters.get("id") ?? ""
                guard let job = jobs.job(id) else { throw ServerProblem.noSuchSimulation(id) }
                return Responses.json(Self.status(job))
            }
        }
        router.delete("/api/simulations/{id}") { request, context in
            await api(request) { info in
                let id = context.parameters.get("id") ?? ""
                guard let job = jobs.cancel(id) else { throw ServerProblem.noSuchSimulation(id) }
                return Responses.json(Self.status(job))
            }
        }
    }

    /// The body of `POST /api/simulations`.
    struct SimulationBody: Decodable {
        var file: String
        var trials: Int?
        var seed: UInt64?
        var what_ifs: WhatIfs?
    }

    func startSimulation(_ request: Request) async -> Response {
        await api(request) { info in
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > configuration.maxBodyBytes {
                throw ServerProblem.bodyTooLarge(limit: configuration.maxBodyBytes)
            }
            var request = request
            let buffer: ByteBuffer
            do {
                buffer = try await request.collectBody(upTo: configuration.maxBodyBytes)
            } catch {
                throw ServerProblem.bodyTooLarge(limit: configuration.maxBodyBytes)
            }
            let body: SimulationBody
            do {
                body = try JSONDecoder().decode(SimulationBody.self, from: Data(buffer.readableBytesView))
            } catch {
                throw ServerProblem.badRequest(.simulationBody)
            }
            let trials = body.trials ?? SimulationAsk.defaultTrials, seed = body.seed ?? 1, whatIfs = body.what_ifs ?? WhatIfs()
            try SimulationAsk.check(trials: trials, maxTrials: configuration.maxTrials)
            let path = try folder.guardedPath(body.file)
            let simulation = try Views.simulationRequest(folder, path: path, whatIfs: whatIfs, trials: trials, seed: seed, software: configuration.software)
            let job = try jobs.start(simulation, key: SimulationAsk.key(path: path, whatIfs: whatIfs, trials: trials, seed: seed), language: info.language)
            var headers = HTTPFields()
            headers[.location] = "/api/simulations/\(job.id)"
            return Responses.json(Self.status(job), status: .accepted, headers: headers)
        }
    }

    /// A run's state as JSON: `id`, `state`, `progress`, and `result` (the report's JSON, as
    /// `dfcost report --simulate --format json` writes it) or `problem`.
    static func status(_ job: SimulationJobs.Job) -> String {
        let s = job.status.withLock { $0 }
        var out = "{\"id\": \"\(job.id)\", \"state\": \"\(s.state.rawValue)\", \"progress\": \(max(0, min(1, s.progress)))"
        if let report = s.report, s.state == .done {
            out += ", \"result\": " + JSONValueEncoder.render(ReportDocument(report)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let problem = s.problem { out += ", \"problem\": " + String(decoding: problem.json, as: UTF8.self) }
        return out + "}\n"
    }
}
