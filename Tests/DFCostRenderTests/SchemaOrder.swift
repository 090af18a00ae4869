import DFCostRender
import DFCostTestSupport
import Foundation

/// Reads docs/*.schema.json with their members in file order and checks an encoded document
/// against them: the members a schema lists come in the order it lists them, and every member it
/// requires is there.
struct SchemaOrder {
    /// Each schema file, by its name ("totals.schema.json"), parsed with ordered members.
    var files: [String: JSONValue] = [:]
    /// What differs, one line each, with the JSON path.
    var issues: [String] = []

    init() throws {
        let docs = PackageRoot.url.appendingPathComponent("docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path) where name.hasSuffix(".schema.json") {
            var parser = OrderedJSONParser(try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8))
            files[name] = try parser.document()
        }
    }

    /// The member names of `value`, an object.
    static func keys(_ value: JSONValue) -> [String] {
        if case .object(let members) = value { return members.map(\.0) }
        return []
    }

    static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        if case .object(let members) = value { return members.first { $0.0 == key }?.1 }
        return nil
    }

    static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { if case .string(let s) = $0 { return s }; return nil }
    }

    /// The schema `reference` names ("#/$defs/x", "totals.schema.json",
    /// "comparison.schema.json#/$defs/comparison"), seen from `file`, and the file it is in.
    func resolve(_ reference: String, from file: String) -> (JSONValue, String)? {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let target = parts[0].isEmpty ? file : parts[0]
        guard var node = files[target] else { return nil }
        for component in (parts.count > 1 ? parts[1] : "").split(separator: "/") {
            guard let next = Self.member(node, String(component)) else { return nil }
            node = next
        }
        return (node, target)
    }

    /// The schema itself, or what its `$ref` names (its other keywords only narrow it).
    func resolved(_ schema: JSONValue, in file: String) -> (JSONValue, String) {
        var (node, file) = (schema, file)
        while case .string(let reference)? = Self.member(node, "$ref"), let next = resolve(reference, from: file) {
            (node, file) = next
        }
        return (node, file)
    }

    /// The schema's `properties` in file order, or nil when it lists none.
    func properties(_ schema: JSONValue) -> [(String, JSONValue)]? {
        if case .object(let members)? = Self.member(schema, "properties") { return members }
        return nil
    }

    /// Whether `value` is of the kind `schema` describes (for picking an alternative of `oneOf`).
    func fits(_ value: JSONValue, _ schema: JSONValue) -> Bool {
        let types: [String]
        switch Self.member(schema, "type") {
        case .string(let t)?: types = [t]
        case .array?: types = Self.strings(Self.member(schema, "type"))
        default: types = properties(schema) != nil || Self.member(schema, "required") != nil ? ["object"] : []
        }
        switch value {
        case .null: return types.contains("null")
        case .object: return types.contains("object") && Set(Self.strings(Self.member(schema, "required"))).isSubset(of: Self.keys(value))
        case .array: return types.contains("array")
        default: return types.isEmpty || !types.allSatisfy { $0 == "null" || $0 == "object" || $0 == "array" }
        }
    }

    /// Checks `value` against `schema` (in `file`) and everything inside it.
    mutating func check(_ value: JSONValue, _ schema: JSONValue, file: String, path: String) {
        let (schema, file) = resolved(schema, in: file)
        if case .array(let alternatives)? = Self.member(schema, "oneOf") {
            let picked = alternatives.map { resolved($0, in: file) }.first { fits(value, $0.0) }
            if let (alternative, altFile) = picked { check(value, alternative, file: altFile, path: path) }
            return
        }
        switch value {
        case .object(let members):
            let keys = members.map(\.0)
            if let listed = properties(schema) {
                let order = listed.map(\.0)
                let known = keys.filter(order.contains)
                if known != order.filter(known.contains) {
                    issues.append("\(path): members \(known) are not in the schema's order \(order)")
                }
                let missing = Self.strings(Self.member(schema, "required")).filter { !keys.contains($0) }
                if !missing.isEmpty { issues.append("\(path): required \(missing) missing") }
                for (key, member) in members {
                    if let sub = listed.first(where: { $0.0 == key })?.1 { check(member, sub, file: file, path: "\(path)/\(key)") }
                }
            } else {
                let required = Self.strings(Self.member(schema, "required"))
                if keys.filter(required.contains) != required {
                    issues.append("\(path): members \(keys) do not hold the required \(required) in order")
                }
                if let additional = Self.member(schema, "additionalProperties"), case .object = additional {
                    for (key, member) in members { check(member, additional, file: file, path: "\(path)/\(key)") }
                }
            }
        case .array(let items):
            if let itemSchema = Self.member(schema, "items") {
                for (i, item) in items.enumerated() { check(item, itemSchema, file: file, path: "\(path)/\(i)") }
            }
        default:
            break
        }
    }

    /// The issues of `document` against the schema at `pointer` of `file` ("" for the whole
    /// file): its own members must be exactly those the schema lists, in that order, and every
    /// object inside must list its members in its schema's order.
    static func issues(of document: some Encodable, in file: String, at pointer: String = "") throws -> [String] {
        var order = try SchemaOrder()
        guard let (schema, schemaFile) = order.resolve(pointer.isEmpty ? file : "\(file)#\(pointer)", from: file) else {
            return ["no schema \(file)#\(pointer)"]
        }
        let value = try JSONValueEncoder().encode(document)
        let listed = order.properties(order.resolved(schema, in: schemaFile).0)?.map(\.0) ?? []
        if keys(value) != listed {
            order.issues.append("/: members \(keys(value)) differ from the schema's properties \(listed)")
        }
        order.check(value, schema, file: schemaFile, path: "")
        return order.issues
    }
}

/// A small JSON reader keeping object members in file order (Foundation's does not).
struct OrderedJSONParser {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "JSON syntax error at scalar \(offset)" }
    }

    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func document() throws -> JSONValue {
        let value = try self.value()
        skipSpace()
        guard index == scalars.count else { throw Failure(offset: index) }
        return value
    }

    mutating func skipSpace() {
        while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
    }

    mutating func expect(_ scalar: Unicode.Scalar) throws {
        skipSpace()
        guard index < scalars.count, scalars[index] == scalar else { throw Failure(offset: index) }
        index += 1
    }

    mutating func value() throws -> JSONValue {
        skipSpace()
        guard index < scalars.count else { throw Failure(offset: index) }
        switch scalars[index] {
        case "{":
            index += 1
            var members: [(String, JSONValue)] = []
            skipSpace()
            if scalars[index] == "}" { index += 1; return .object([]) }
            repeat {
                skipSpace()
                let key = try string()
                try expect(":")
                members.append((key, try value()))
                skipSpace()
                index += 1
            } while scalars[index - 1] == ","
            guard scalars[index - 1] == "}" else { throw Failure(offset: index - 1) }
            return .object(members)
        case "[":
            index += 1
            var items: [JSONValue] = []
            skipSpace()
            if scalars[index] == "]" { index += 1; return .array([]) }
            repeat {
                items.append(try value())
                skipSpace()
                index += 1
            } while scalars[index - 1] == ","
            guard scalars[index - 1] == "]" else { throw Failure(offset: index - 1) }
            return .array(items)
        case "\"":
            return .string(try string())
        default:
            let start = index
            while index < scalars.count, !",]} \n\r\t".unicodeScalars.contains(scalars[index]) { index += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default:
                guard Double(word) != nil else { throw Failure(offset: start) }
                return .number(word)
            }
        }
    }

    mutating func string() throws -> String {
        guard scalars[index] == "\"" else { throw Failure(offset: index) }
        index += 1
        var out = String.UnicodeScalarView()
        while index < scalars.count, scalars[index] != "\"" {
            if scalars[index] == "\\" {
                index += 1
                switch scalars[index] {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "u":
                    let hex = String(String.UnicodeScalarView(scalars[(index + 1)...(index + 4)]))
                    guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else { throw Failure(offset: index) }
                    out.append(scalar)
                    index += 4
                default: out.append(scalars[index])
                }
            } else {
                out.append(scalars[index])
            }
            index += 1
        }
        index += 1
        return String(out)
    }
}
