import DFCostRender
import Foundation
import Hummingbird

/// What every handler reads off a request: the decoded query and the language asked for.
struct RequestInfo {
    let query: QueryItems
    let language: Language
    /// The path as sent (percent-encoded).
    let rawPath: String

    init(_ request: Request, defaultLanguage: Language) throws {
        query = try QueryItems(request.uri.query)
        if let asked = query.first("locale") {
            guard let language = Language(rawValue: asked) else { throw ServerProblem.badRequest(.locale(asked, allowed: Self.locales)) }
            self.language = language
        } else {
            language = defaultLanguage
        }
        rawPath = request.uri.path
    }

    /// The values `locale` takes.
    static var locales: [String] { Language.allCases.map(\.rawValue) }

    /// The file path after `prefix` (`/table/`), decoded; a path no file inside the folder can
    /// have (percent-encoded dots, slashes, backslashes or NUL; undecodable) is ``ServerProblem/notFound(_:)``.
    func filePath(after prefix: String) throws -> String {
        guard rawPath.hasPrefix(prefix) else { throw ServerProblem.notFound(rawPath) }
        let raw = String(rawPath.dropFirst(prefix.count))
        let lowered = raw.lowercased()
        guard !["%2e", "%2f", "%5c", "%00"].contains(where: { lowered.contains($0) }), !raw.contains("\\"),
              let decoded = raw.removingPercentEncoding
        else { throw ServerProblem.notFound(raw) }
        return decoded
    }

    /// A whole number parameter in `range`, or the default when absent.
    func integer(_ name: String, default value: Int) throws -> Int {
        guard let text = query.first(name), !text.isEmpty else { return value }
        guard let n = Int(text.replacingOccurrences(of: " ", with: "")) else { throw ServerProblem.badRequest(.notWholeNumber(name: name, text: text)) }
        return n
    }
}
