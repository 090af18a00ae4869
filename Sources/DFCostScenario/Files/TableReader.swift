import DFCostModel
import DFCostTOML

/// Typed, position-aware access to one TOML table of a scenario file. Every mistake becomes a
/// ``ScenarioError`` pointing at the key or value concerned.
struct TableReader {
    let table: TOMLTable
    let file: String
    /// Where the table starts (its header, or the value of an inline table).
    let location: SourceLocation
    /// How the table is named in messages, e.g. "[table]" or "lines[3]".
    let name: String

    func reference(_ location: SourceLocation) -> SourceReference {
        SourceReference(file: file, line: location.line, column: location.column)
    }

    var here: SourceReference { reference(location) }

    func invalid(_ location: SourceLocation, _ message: String) -> ScenarioError {
        .invalid(reference(location), message)
    }

    /// Rejects keys outside `allowed`, suggesting the closest allowed key.
    func checkKeys(_ allowed: [String]) throws(ScenarioError) {
        for entry in table.entries where !allowed.contains(entry.key) {
            throw invalid(entry.keyLocation,
                          "unknown key '\(entry.key)' in \(name)\(Suggestion.hint(for: entry.key, in: allowed))")
        }
    }

    func entry(_ key: String) -> TOMLTable.Entry? {
        table.entries.first { $0.key == key }
    }

    func string(_ key: String) throws(ScenarioError) -> String? {
        guard let node = table[key] else { return nil }
        guard case .string(let s) = node.value else {
            throw invalid(node.location, "'\(key)' in \(name) must be a string, found \(node.value.kindName)")
        }
        return s
    }

    func requiredString(_ key: String) throws(ScenarioError) -> String {
        guard let s = try string(key) else { throw missing(key) }
        return s
    }

    func missing(_ key: String) -> ScenarioError {
        invalid(location, "\(name) is missing the required key '\(key)'")
    }

    /// A string, or the text of a date (for `as_of = 2023-10-01`).
    func stringOrDate(_ key: String) throws(ScenarioError) -> String? {
        if let node = table[key], case .dateTime(let text) = node.value { return text }
        return try string(key)
    }

    /// A number as an exact decimal; non-finite and out-of-range values are errors.
    func decimal(_ key: String) throws(ScenarioError) -> (ExactDecimal, SourceLocation)? {
        guard let node = table[key] else { return nil }
        return (try Self.decimal(node, what: "'\(key)' in \(name)", reader: self), node.location)
    }

    static func decimal(_ node: TOMLNode, what: String, reader: TableReader) throws(ScenarioError) -> ExactDecimal {
        guard case .number(let number) = node.value else {
            throw reader.invalid(node.location, "\(what) must be a number, found \(node.value.kindName)")
        }
        switch number.kind {
        case .infinity, .nan:
            throw reader.invalid(node.location, "\(what) is '\(number.text)', not a finite amount")
        case .integer, .float:
            do {
                return try ExactDecimal.parse(number.text)
            } catch {
                throw reader.invalid(node.location, "\(what): \(error)")
            }
        }
    }

    func integer(_ key: String) throws(ScenarioError) -> (Int, SourceLocation)? {
        guard let node = table[key] else { return nil }
        return (try Self.integer(node, what: "'\(key)' in \(name)", reader: self), node.location)
    }

    static func integer(_ node: TOMLNode, what: String, reader: TableReader) throws(ScenarioError) -> Int {
        guard case .number(let number) = node.value, number.kind == .integer else {
            throw reader.invalid(node.location, "\(what) must be a whole number, found \(node.value.kindName)")
        }
        guard let value = Int(number.text), value.magnitude < 1 << 53 else {
            throw reader.invalid(node.location, "\(what) \(number.text) is out of range")
        }
        return value
    }

    func bool(_ key: String) throws(ScenarioError) -> Bool? {
        guard let node = table[key] else { return nil }
        guard case .boolean(let b) = node.value else {
            throw invalid(node.location, "'\(key)' in \(name) must be true or false, found \(node.value.kindName)")
        }
        return b
    }

    /// A string or an array of strings.
    func strings(_ key: String) throws(ScenarioError) -> [String]? {
        guard let node = table[key] else { return nil }
        switch node.value {
        case .string(let s): return [s]
        case .array(let items):
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item.value else {
                    throw invalid(item.location, "'\(key)' in \(name) must list strings, found \(item.value.kindName)")
                }
                out.append(s)
            }
            return out
        default:
            throw invalid(node.location, "'\(key)' in \(name) must be a string or a list of strings, found \(node.value.kindName)")
        }
    }

    /// An array of whole numbers.
    func integers(_ key: String) throws(ScenarioError) -> ([Int], SourceLocation)? {
        guard let node = table[key] else { return nil }
        guard case .array(let items) = node.value else {
            throw invalid(node.location, "'\(key)' in \(name) must be a list of years, found \(node.value.kindName)")
        }
        var out: [Int] = []
        for item in items {
            out.append(try Self.integer(item, what: "an item of '\(key)' in \(name)", reader: self))
        }
        return (out, node.location)
    }

    /// A sub-table (header or inline).
    func table(_ key: String) throws(ScenarioError) -> TableReader? {
        guard let node = table[key] else { return nil }
        guard case .table(let t) = node.value else {
            throw invalid(node.location, "'\(key)' in \(name) must be a table, found \(node.value.kindName)")
        }
        return TableReader(table: t, file: file, location: node.location, name: name == "the file" ? "[\(key)]" : "\(name).\(key)")
    }

    /// An array of tables (`[[key]]`).
    func tables(_ key: String) throws(ScenarioError) -> [TableReader] {
        guard let node = table[key] else { return [] }
        guard case .array(let items) = node.value else {
            throw invalid(node.location, "'\(key)' must be an array of tables ([[\(key)]]), found \(node.value.kindName)")
        }
        var out: [TableReader] = []
        for (index, item) in items.enumerated() {
            guard case .table(let t) = item.value else {
                throw invalid(item.location, "each '\(key)' entry must be a table, found \(item.value.kindName)")
            }
            out.append(TableReader(table: t, file: file, location: item.location, name: "\(key)[\(index + 1)]"))
        }
        return out
    }
}

extension TOMLValue {
    /// A short name for messages: "a string", "a number", ...
    var kindName: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .boolean: "a boolean"
        case .dateTime: "a date"
        case .array: "a list"
        case .table: "a table"
        }
    }
}
