import DFCostRender
import Hummingbird

/// Answers a method a known path does not take with 405, an `Allow` header naming the methods
/// it takes, and a problem, as the OpenAPI declares; and a path no route answers with a 404 that
/// says so (instead of the router's empty 404).
struct MethodMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let language: Language

    /// The methods `path` takes, or nil when no route has that path (a 404 then).
    static func allowed(_ path: String) -> [HTTPRequest.Method]? {
        if path == "/api/simulations" { return [.post] }
        if path.hasPrefix("/api/simulations/"), !path.dropFirst("/api/simulations/".count).contains("/") { return [.get, .delete] }
        if ["/", "/compare", "/api/openapi.json", "/api/files", "/api/totals", "/api/compare"].contains(path) { return [.get] }
        if ["/table/", "/simulate/", "/download/"].contains(where: { path.hasPrefix($0) }) { return [.get] }
        return nil
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let l = QueryItems.language(in: request.uri.query) ?? language
        guard let allowed = Self.allowed(request.uri.path) else {
            return Responses.problem(Problem(ServerProblem.noSuchPage(request.uri.path), in: l))
        }
        guard !allowed.contains(request.method) else { return try await next(request, context) }
        let names = allowed.map(\.rawValue)
        var response = Responses.problem(Problem(ServerProblem.methodNotAllowed(request.method.rawValue, allowed: names), in: l))
        response.headers[.allow] = names.joined(separator: ", ")
        return response
    }
}
