/// Values: dispatch on the first character, booleans, arrays and inline tables.
extension DocumentParser {
    /// Parses one value. `depth` is the nesting level the value would have if it is an array or
    /// inline table; deeper than `DocumentBuilder.maxDepth` is an error, which also bounds the
    /// recursion.
    mutating func parseValue(depth: Int) throws(TOMLParseError) -> Node {
        let start = pos
        let valueLocation = location(at: start)
        let first = current
        switch first {
        case Byte.quote:
            let text = byte(at: pos + 1) == Byte.quote && byte(at: pos + 2) == Byte.quote
                ? try parseMultilineBasicString(openedAt: valueLocation)
                : try parseBasicString(openedAt: valueLocation)
            return Node(value: .leaf(.string(text)), location: valueLocation)
        case Byte.apostrophe:
            let text = byte(at: pos + 1) == Byte.apostrophe && byte(at: pos + 2) == Byte.apostrophe
                ? try parseMultilineLiteralString(openedAt: valueLocation)
                : try parseLiteralString(openedAt: valueLocation)
            return Node(value: .leaf(.string(text)), location: valueLocation)
        case Byte.openBracket:
            return try parseArray(depth: depth, location: valueLocation)
        case Byte.openBrace:
            return try parseInlineTable(depth: depth, location: valueLocation)
        case Byte.plus, Byte.minus, Byte.dot, 0x30...0x39:
            if startsDateTime() {
                let text = try parseDateTime(location: valueLocation)
                return Node(value: .leaf(.dateTime(text)), location: valueLocation)
            }
            return Node(value: .leaf(.number(try parseNumber(location: valueLocation))), location: valueLocation)
        default:
            if Byte.isLetter(first) {
                return Node(value: .leaf(try parseWord(location: valueLocation)), location: valueLocation)
            }
            throw error(at: start, .expectedValue(found: describe(start)))
        }
    }

    /// Parses `true`, `false`, `inf` or `nan`; any other word is an unquoted string.
    private mutating func parseWord(location wordLocation: SourceLocation) throws(TOMLParseError) -> TOMLValue {
        let start = pos
        while Byte.isBareKey(current) { pos &+= 1 }
        let word = bytes[start..<pos]
        if word.elementsEqual("true".utf8) { return .boolean(true) }
        if word.elementsEqual("false".utf8) { return .boolean(false) }
        if word.elementsEqual("inf".utf8) { return .number(TOMLNumber(kind: .infinity, text: "inf")) }
        if word.elementsEqual("nan".utf8) { return .number(TOMLNumber(kind: .nan, text: "nan")) }
        throw TOMLParseError(
            location: wordLocation,
            reason: .unquotedValue(TextDisplay.excerpt(word))
        )
    }

    /// Parses `[ v, v, ]` with line ends and comments allowed between elements.
    private mutating func parseArray(depth: Int, location open: SourceLocation) throws(TOMLParseError) -> Node {
        guard depth <= DocumentBuilder.maxDepth else {
            throw TOMLParseError(location: open, reason: .nestingTooDeep(DocumentBuilder.maxDepth))
        }
        pos &+= 1
        var elements: [Node] = []
        while true {
            skipBlanksCommentsAndNewlines()
            if current == Byte.closeBracket {
                pos &+= 1
                break
            }
            if pos >= bytes.count {
                throw TOMLParseError(location: open, reason: .unterminated(.array))
            }
            elements.append(try parseValue(depth: depth + 1))
            skipBlanksCommentsAndNewlines()
            switch current {
            case Byte.comma:
                pos &+= 1
            case Byte.closeBracket:
                pos &+= 1
                return Node(value: .array(elements), location: open)
            case 0:
                throw TOMLParseError(location: open, reason: .unterminated(.array))
            default:
                throw error(at: pos, .expectedClosing(.arrayElement, found: describe(pos)))
            }
        }
        return Node(value: .array(elements), location: open)
    }

    /// Parses `{ k = v, k = v }` on one line; the table is closed to later additions.
    private mutating func parseInlineTable(depth: Int, location open: SourceLocation) throws(TOMLParseError) -> Node {
        guard depth <= DocumentBuilder.maxDepth else {
            throw TOMLParseError(location: open, reason: .nestingTooDeep(DocumentBuilder.maxDepth))
        }
        let table = builder.newTable(kind: .inline, depth: depth, location: open)
        let node = Node(value: .table(table), location: open)
        pos &+= 1
        skipBlanks()
        if current == Byte.closeBrace {
            pos &+= 1
            return node
        }
        while true {
            skipBlanks()
            try checkInlineTableContinues(open)
            try parseKeyValue(into: table)
            skipBlanks()
            switch current {
            case Byte.comma:
                let comma = pos
                pos &+= 1
                skipBlanks()
                if current == Byte.closeBrace {
                    throw error(at: comma, .trailingCommaInInlineTable)
                }
            case Byte.closeBrace:
                pos &+= 1
                return node
            default:
                try checkInlineTableContinues(open)
                throw error(at: pos, .expectedClosing(.inlineTable, found: describe(pos)))
            }
        }
    }

    /// Rejects a line end or end of input inside an inline table.
    private mutating func checkInlineTableContinues(_ open: SourceLocation) throws(TOMLParseError) {
        switch current {
        case 0: throw TOMLParseError(location: open, reason: .unterminated(.inlineTable))
        case Byte.lf, Byte.cr: throw error(at: pos, .newlineInInlineTable)
        default: break
        }
    }
}
