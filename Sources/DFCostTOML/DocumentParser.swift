/// The single-pass, recursive-descent reader behind `TOMLParser`. It walks validated UTF-8
/// bytes (see `InputValidator`): a `0` byte therefore only ever means "end of input".
/// This file holds the line structure, headers and keys; values, strings, numbers and dates
/// are in extensions in their own files.
struct DocumentParser {
    typealias KeyPart = DocumentBuilder.KeyPart
    typealias Node = DocumentBuilder.Node

    let bytes: [UInt8]
    var pos: Int
    var locations: LocationMap
    var builder = DocumentBuilder()
    var currentTable = 0

    /// Creates a parser over checked bytes.
    init(bytes: [UInt8], checked: InputValidator.Checked) {
        self.bytes = bytes
        pos = checked.start
        locations = LocationMap(bytes: bytes, lineStarts: checked.lineStarts)
    }

    // MARK: - Cursor

    /// The byte at `offset`, or `0` past the end.
    @inline(__always) func byte(at offset: Int) -> UInt8 {
        offset < bytes.count ? bytes[offset] : 0
    }

    /// The byte under the cursor, or `0` at the end.
    var current: UInt8 {
        @inline(__always) get { pos < bytes.count ? bytes[pos] : 0 }
    }

    /// The location of `offset`.
    mutating func location(at offset: Int) -> SourceLocation {
        locations.location(of: offset)
    }

    /// An error at `offset`.
    mutating func error(at offset: Int, _ reason: TOMLParseError.Reason) -> TOMLParseError {
        TOMLParseError(location: location(at: offset), reason: reason)
    }

    /// How the character at `offset` is shown in messages.
    func describe(_ offset: Int) -> TOMLParseError.Found {
        TextDisplay.character(in: bytes, at: offset)
    }

    /// Skips spaces and tabs.
    mutating func skipBlanks() {
        while Byte.isBlank(current) { pos &+= 1 }
    }

    /// Skips a comment up to (not including) the line end.
    mutating func skipComment() {
        while pos < bytes.count && bytes[pos] != Byte.lf && bytes[pos] != Byte.cr { pos &+= 1 }
    }

    /// Skips blanks, line ends and comments (the whitespace allowed inside arrays).
    mutating func skipBlanksCommentsAndNewlines() {
        while true {
            switch current {
            case Byte.space, Byte.tab, Byte.lf, Byte.cr: pos &+= 1
            case Byte.hash: skipComment()
            default: return
            }
        }
    }

    // MARK: - Document

    /// Parses the whole document and returns the root table.
    mutating func parseDocument() throws(TOMLParseError) -> TOMLTable {
        while true {
            skipBlanks()
            switch current {
            case 0:
                return builder.finish()
            case Byte.hash:
                skipComment()
            case Byte.lf:
                pos &+= 1
            case Byte.cr:
                pos &+= 2
            case Byte.openBracket:
                try parseHeader()
                try expectLineEnd(after: .tableHeader)
            default:
                try parseKeyValue(into: currentTable)
                try expectLineEnd(after: .value)
            }
        }
    }

    /// Requires only blanks and an optional comment before the line end.
    mutating func expectLineEnd(after what: TOMLParseError.Construct) throws(TOMLParseError) {
        skipBlanks()
        if current == Byte.hash { skipComment() }
        switch current {
        case 0, Byte.lf, Byte.cr: return
        default: throw error(at: pos, .expectedLineEnd(after: what, found: describe(pos)))
        }
    }

    /// Parses `[a.b]` or `[[a.b]]` and makes its table current.
    mutating func parseHeader() throws(TOMLParseError) {
        let isArray = byte(at: pos + 1) == Byte.openBracket
        pos &+= isArray ? 2 : 1
        skipBlanks()
        let header = location(at: pos)
        let path = try parseKey()
        skipBlanks()
        if isArray {
            guard current == Byte.closeBracket && byte(at: pos + 1) == Byte.closeBracket else {
                throw error(at: pos, .expectedClosing(.arrayOfTablesHeader, found: describe(pos)))
            }
            pos &+= 2
            currentTable = try builder.appendArrayTable(path, at: header)
        } else {
            guard current == Byte.closeBracket else {
                throw error(at: pos, .expectedClosing(.tableHeader, found: describe(pos)))
            }
            pos &+= 1
            currentTable = try builder.defineTable(path, at: header)
        }
    }

    /// Parses `key = value` and stores it in `table` (the current table or an inline table).
    mutating func parseKeyValue(into table: Int) throws(TOMLParseError) {
        let key = try parseKey()
        skipBlanks()
        guard current == Byte.equals else {
            throw error(at: pos, .expectedEquals(key: TextDisplay.key(key.map(\.name))))
        }
        pos &+= 1
        skipBlanks()
        switch current {
        case 0, Byte.lf, Byte.cr, Byte.hash:
            throw error(at: pos, .missingValue(key: TextDisplay.key(key.map(\.name))))
        default:
            break
        }
        let parent = try builder.prepareKeyValue(key, in: table)
        let node = try parseValue(depth: builder.depth(of: parent) + 1)
        builder.insert(node, key: key[key.count - 1], into: parent)
    }

    // MARK: - Keys

    /// Parses a possibly dotted key; never returns an empty array.
    mutating func parseKey() throws(TOMLParseError) -> [KeyPart] {
        var parts: [KeyPart] = []
        while true {
            parts.append(try parseSimpleKey())
            skipBlanks()
            guard current == Byte.dot else { return parts }
            pos &+= 1
            skipBlanks()
        }
    }

    /// Parses one bare or quoted key part.
    mutating func parseSimpleKey() throws(TOMLParseError) -> KeyPart {
        let start = pos
        let keyLocation = location(at: start)
        let first = current
        if first == Byte.quote || first == Byte.apostrophe {
            if byte(at: pos + 1) == first && byte(at: pos + 2) == first {
                throw error(at: start, .multilineStringAsKey)
            }
            let name = first == Byte.quote
                ? try parseBasicString(openedAt: keyLocation)
                : try parseLiteralString(openedAt: keyLocation)
            return KeyPart(name: name, location: keyLocation)
        }
        if Byte.isBareKey(first) {
            while Byte.isBareKey(current) { pos &+= 1 }
            if current >= 0x80 {
                throw error(at: pos, .invalidBareKeyCharacter(describe(pos)))
            }
            return KeyPart(name: String(decoding: bytes[start..<pos], as: UTF8.self), location: keyLocation)
        }
        if first >= 0x80 {
            throw error(at: start, .invalidBareKeyCharacter(describe(start)))
        }
        throw error(at: start, .expectedKey(found: describe(start)))
    }
}
