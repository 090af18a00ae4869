import DFCostTOML
import Testing

/// Parses `text` and follows `path` through nested tables.
func node(_ text: String, _ path: String...) throws -> TOMLNode {
    var table = try TOMLParser.parse(text)
    for (index, key) in path.enumerated() {
        let found = try #require(table[key], "missing key \(key)")
        if index == path.count - 1 { return found }
        table = try #require(found.value.tableValue, "\(key) is not a table")
    }
    Issue.record("empty path")
    throw TOMLParseError(location: SourceLocation(line: 0, column: 0), reason: .expectedKey(found: .endOfFile))
}

/// Parses `text`, expecting the top-level key `v`, and returns its value.
func valueOfV(_ text: String) throws -> TOMLValue {
    try node(text, "v").value
}

/// The error that parsing `text` throws, or `nil` if it parses.
func parseError(_ text: String) -> TOMLParseError? {
    parseError(bytes: Array(text.utf8))
}

/// The error that parsing `bytes` throws, or `nil` if they parse.
func parseError(bytes: [UInt8]) -> TOMLParseError? {
    do {
        _ = try TOMLParser.parse(bytes: bytes)
        return nil
    } catch {
        return error
    }
}

/// Shorthand for a number value.
func number(_ kind: TOMLNumber.Kind, _ text: String) -> TOMLValue {
    .number(TOMLNumber(kind: kind, text: text))
}
