import DFCostRender
import Foundation
import Hummingbird

/// The token check when the server listens beyond loopback: every request carries the token as
/// `Authorization: Bearer T`, or once as `?token=T` (then a `HttpOnly; SameSite=Strict` cookie
/// carries it, and a page is sent again without the token in its address). Compared in constant time.
struct TokenMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String
    let language: Language
    static let cookie = "dfcost_token"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let query = try? QueryItems(request.uri.query)
        if let bearer = request.headers[.authorization], bearer.hasPrefix("Bearer "), Self.same(String(bearer.dropFirst(7)), token) {
            return try await next(request, context)
        }
        if let cookies = request.headers[.cookie], Self.cookieValue(cookies).map({ Self.same($0, token) }) == true {
            return try await next(request, context)
        }
        if let given = query?.first("token"), Self.same(given, token) {
            let setCookie = "\(Self.cookie)=\(QueryItems.encode(token)); Path=/; HttpOnly; SameSite=Strict"
            if request.method == .get, !request.uri.path.hasPrefix("/api/"), let query {
                // The page again without the token in its address.
                var rest = query
                rest.items = query.items.filter { $0.name != "token" }
                let q = rest.encoded(keeping: Set(rest.items.map(\.name)))
                var headers = HTTPFields()
                headers[.location] = q.isEmpty ? request.uri.path : "\(request.uri.path)?\(q)"
                headers[.setCookie] = setCookie
                return Response(status: .seeOther, headers: headers)
            }
            var response = try await next(request, context)
            response.headers[.setCookie] = setCookie
            return response
        }
        let l = QueryItems.language(in: request.uri.query) ?? language
        return Responses.problem(Problem(ServerProblem.unauthorized, in: l))
    }

    /// The token cookie's value in a `Cookie` header.
    static func cookieValue(_ header: String) -> String? {
        for part in header.split(separator: ";") {
            let kv = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if kv.count == 2, kv[0] == cookie { return String(kv[1]).removingPercentEncoding }
        }
        return nil
    }

    /// Whether two strings are equal, in time that depends on their lengths only.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(truncatingIfNeeded: x.count ^ y.count) | (x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}
