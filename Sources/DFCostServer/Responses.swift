import DFCostRender
import Foundation
import Hummingbird

/// The answers the server sends: pages, JSON, downloads and problems.
enum Responses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(text.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(Data(text.utf8), type: "application/json", status: status, headers: headers)
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = type
        fields[.contentLength] = "\(data.count)"
        fields[.cacheControl] = "no-store"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A download: `Content-Disposition: attachment` with the file name.
    static func download(_ data: Data, format: DownloadFormat, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentDisposition] = "attachment; filename=\"\(name).\(format.rawValue)\""
        return bytes(data, type: format.mediaType, headers: headers)
    }

    /// A problem as `application/problem+json`, with `Retry-After` for 429.
    static func problem(_ problem: Problem) -> Response {
        var headers = HTTPFields()
        if problem.status == 429 { headers[.retryAfter] = "5" }
        if problem.status == 401 { headers[.wwwAuthenticate] = "Bearer" }
        return bytes(problem.json, type: "application/problem+json", status: HTTPResponse.Status(code: problem.status), headers: headers)
    }

    /// A problem as a page, in the locale.
    static func problemPage(_ problem: Problem, pages: Pages, here: String) -> Response {
        var response = html(pages.problem(problem, here: here), status: HTTPResponse.Status(code: problem.status))
        if problem.status == 429 { response.headers[.retryAfter] = "5" }
        return response
    }
}
