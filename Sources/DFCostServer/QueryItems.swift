import DFCostRender
import Foundation

/// A query string (or a form's body) as its name-value pairs in order, names and values
/// percent-decoded and `+` read as a space, as browsers send forms.
public struct QueryItems: Sendable, Hashable {
    public var items: [(name: String, value: String)] {
        get { pairs.map { ($0.name, $0.value) } }
        set { pairs = newValue.map { Pair(name: $0.name, value: $0.value) } }
    }
    struct Pair: Sendable, Hashable { var name: String; var value: String }
    var pairs: [Pair]

    public init(_ query: String?) throws {
        pairs = []
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(kv[0]), let value = Self.decode(kv.count > 1 ? kv[1] : "") else {
                throw ServerProblem.badRequest(.notText(String(part)))
            }
            guard !Self.hasControlCharacter(name), !Self.hasControlCharacter(value) else { throw ServerProblem.badRequest(.controlCharacter(name: Self.printable(name))) }
            pairs.append(Pair(name: name, value: value))
        }
    }

    /// The language `locale` in `query` names, read even when the rest of the query cannot be
    /// (so that the problem with it is worded in that language).
    public static func language(in query: String?) -> Language? {
        guard let query else { return nil }
        for part in query.split(separator: "&") {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if kv.count == 2, kv[0] == "locale", let value = decode(kv[1]), let language = Language(rawValue: value) { return language }
        }
        return nil
    }

    /// NUL and the other C0 controls, or DEL: no parameter takes them (the OpenAPI's `pattern`).
    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `text` with its control characters shown as `?`, for a message.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    init(pairs: [(String, String)]) { self.pairs = pairs.map { Pair(name: $0.0, value: $0.1) } }

    static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }
    /// The first value of `name`.
    public func first(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// The query again, percent-encoded, the pairs named in `names` only (in their order).
    public func encoded(keeping names: Set<String>) -> String {
        pairs.filter { names.contains($0.name) }.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:@,")
        allowed = allowed.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
