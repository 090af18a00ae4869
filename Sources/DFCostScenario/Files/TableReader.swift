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
    let place: ScenarioFileReason.TablePlace

    /// The table's name in English messages (and the default name of a driver or group).
    var name: String { place.description }

    func reference(_ location: SourceLocation) -> SourceReference {
        SourceReference(file: file, line: location.line, column: location.column)
    }

    var here: SourceReference { reference(location) }

    func invalid(_ location: SourceLocation, _ reason: ScenarioFileReason) -> ScenarioError {
        .file(reference(location), reason)
    }

    func invalid(_ location: SourceLocation, _ reason: ScenarioFileReason.Setup) -> ScenarioError { invalid(location, .setup(reason)) }
    func invalid(_ location: SourceLocation, _ reason: ScenarioFileReason.Line) -> ScenarioError { invalid(location, .line(reason)) }
    func invalid(_ location: SourceLocation, _ reason: ScenarioFileReason.Condition) -> ScenarioError { invalid(location, .condition(reason)) }
    func invalid(_ location: SourceLocation, _ reason: ScenarioFileReason.OperationEntry) -> ScenarioError {
        invalid(location, .operationEntry(reason))
    }
    func invalid(_ location: SourceLocation, _ reason: ScenarioFileReason.Uncertainty) -> ScenarioError {
        invalid(location, .uncertainty(reason))
    }
    func invalid(_ location: SourceLocation, _ reason: ScenarioFileReason.Payers) -> ScenarioError { invalid(location, .payers(reason)) }

    /// Rejects keys outside `allowed`, suggesting the closest allowed key.
    func checkKeys(_ allowed: [String]) throws(ScenarioError) {
        for entry in table.entries where !allowed.contains(entry.key) {
            throw invalid(entry.keyLocation, .unknownKey(entry.key, in: place, suggestion: Suggestion.closest(to: entry.key, in: allowed)))
        }
    }

    func entry(_ key: String) -> TOMLTable.Entry? {
        table.entries.first { $0.key == key }
    }

    func string(_ key: String) throws(ScenarioError) -> String? {
        guard let node = table[key] else { return nil }
        guard case .string(let s) = node.value else {
            throw invalid(node.location, .wrongType(.key(key, in: place), expected: .string, found: node.value.kind))
        }
        return s
    }

    func requiredString(_ key: String) throws(ScenarioError) -> String {
        guard let s = try string(key) else { throw missing(key) }
        return s
    }

    func missing(_ key: String) -> ScenarioError {
        invalid(location, .missingKey(key, in: place))
    }

    /// A string, or the text of a date (for `as_of = 2023-10-01`).
    func stringOrDate(_ key: String) throws(ScenarioError) -> String? {
        if let node = table[key], case .dateTime(let text) = node.value { return text }
        return try string(key)
    }

    /// A number as an exact decimal; non-finite and out-of-range values are errors.
    func decimal(_ key: String) throws(ScenarioError) -> (ExactDecimal, SourceLocation)? {
        guard let node = table[key] else { return nil }
        return (try Self.decimal(node, what: .key(key, in: place), reader: self), node.location)
    }

    static func decimal(_ node: TOMLNode, what: ScenarioFileReason.ValueSubject, reader: TableReader) throws(ScenarioError) -> ExactDecimal {
        guard case .number(let number) = node.value else {
            throw reader.invalid(node.location, .wrongType(what, expected: .number, found: node.value.kind))
        }
        switch number.kind {
        case .infinity, .nan:
            throw reader.invalid(node.location, .notFinite(what, text: number.text))
        case .integer, .float:
            do {
                return try ExactDecimal.parse(number.text)
            } catch {
                throw reader.invalid(node.location, .notADecimal(what, error))
            }
        }
    }

    func integer(_ key: String) throws(ScenarioError) -> (Int, SourceLocation)? {
        guard let node = table[key] else { return nil }
        return (try Self.integer(node, what: .key(key, in: place), reader: self), node.location)
    }

    static func integer(_ node: TOMLNode, what: ScenarioFileReason.ValueSubject, reader: TableReader) throws(ScenarioError) -> Int {
        guard case .number(let number) = node.value, number.kind == .integer else {
            throw reader.invalid(node.location, .wrongType(what, expected: .wholeNumber, found: node.value.kind))
        }
        guard let value = Int(number.text), value.magnitude < 1 << 53 else {
            throw reader.invalid(node.location, .integerOutOfRange(what, text: number.text))
        }
        return value
    }

    func bool(_ key: String) throws(ScenarioError) -> Bool? {
        guard let node = table[key] else { return nil }
        guard case .boolean(let b) = node.value else {
            throw invalid(node.location, .wrongType(.key(key, in: place), expected: .boolean, found: node.value.kind))
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
                    throw invalid(item.location, .wrongType(.key(key, in: place), expected: .strings, found: item.value.kind))
                }
                out.append(s)
            }
            return out
        default:
            throw invalid(node.location, .wrongType(.key(key, in: place), expected: .stringOrStrings, found: node.value.kind))
        }
    }

    /// An array of whole numbers.
    func integers(_ key: String) throws(ScenarioError) -> ([Int], SourceLocation)? {
        guard let node = table[key] else { return nil }
        guard case .array(let items) = node.value else {
            throw invalid(node.location, .wrongType(.key(key, in: place), expected: .years, found: node.value.kind))
        }
        var out: [Int] = []
        for item in items {
            out.append(try Self.integer(item, what: .item(of: key, in: place), reader: self))
        }
        return (out, node.location)
    }

    /// A sub-table (header or inline).
    func table(_ key: String) throws(ScenarioError) -> TableReader? {
        guard let node = table[key] else { return nil }
        guard case .table(let t) = node.value else {
            throw invalid(node.location, .wrongType(.key(key, in: place), expected: .table, found: node.value.kind))
        }
        return TableReader(table: t, file: file, location: node.location, place: place == .file ? .named("[\(key)]") : .named("\(name).\(key)"))
    }

    /// An array of tables (`[[key]]`).
    func tables(_ key: String) throws(ScenarioError) -> [TableReader] {
        guard let node = table[key] else { return [] }
        guard case .array(let items) = node.value else {
            throw invalid(node.location, .notArrayOfTables(key, found: node.value.kind))
        }
        var out: [TableReader] = []
        for (index, item) in items.enumerated() {
            guard case .table(let t) = item.value else {
                throw invalid(item.location, .entryNotTable(key, found: item.value.kind))
            }
            out.append(TableReader(table: t, file: file, location: item.location, place: .named("\(key)[\(index + 1)]")))
        }
        return out
    }
}

extension TOMLValue {
    /// The value's type, for messages: "a string", "a number", ...
    var kind: ScenarioFileReason.ValueKind {
        switch self {
        case .string: .string
        case .number: .number
        case .boolean: .boolean
        case .dateTime: .date
        case .array: .list
        case .table: .table
        }
    }
}
