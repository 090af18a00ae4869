extension TOMLParseError {
    /// What was found at the place of an error, as data so that each language can name it.
    public enum Found: Sendable, Hashable, CustomStringConvertible {
        case endOfFile
        case endOfLine
        case tab
        /// A printable character, shown quoted.
        case character(Character)
        /// A control character, shown as `U+001B`.
        case control(UInt32)
        case invalidUTF8

        /// The English words: `'x'`, `end of line`, `end of file`, `tab` or `U+001B`.
        public var description: String {
            switch self {
            case .endOfFile: "end of file"
            case .endOfLine: "end of line"
            case .tab: "tab"
            case .character(let c): "'\(c)'"
            case .control(let value): TextDisplay.codePoint(value)
            case .invalidUTF8: "invalid UTF-8"
            }
        }
    }

    /// The construct a header or a line ends after.
    public enum Construct: Sendable, Hashable, CaseIterable {
        case tableHeader, value
    }

    /// What closes the construct being read.
    public enum Closing: Sendable, Hashable, CaseIterable {
        /// `]]` after `[[name`.
        case arrayOfTablesHeader
        /// `]` after `[name`.
        case tableHeader
        /// `,` or `]` after an element of an array.
        case arrayElement
        /// `,` or `}` inside an inline table.
        case inlineTable
    }

    /// A string, array or table left open at the end of the file.
    public enum Unterminated: Sendable, Hashable, CaseIterable {
        case string, multilineString, array, inlineTable
    }

    /// The base of a prefixed integer (`0x`, `0o`, `0b`).
    public enum Radix: Sendable, Hashable, CaseIterable {
        case hexadecimal, octal, binary

        init(_ radix: UInt64) {
            switch radix {
            case 16: self = .hexadecimal
            case 8: self = .octal
            default: self = .binary
            }
        }
    }

    /// Why a number literal was rejected.
    public enum NumberProblem: Sendable, Hashable, CustomStringConvertible {
        case signOnPrefixedInteger(Radix)
        case expectedPrefixedDigits(Radix, prefix: Character)
        case invalidDigit(Radix, Character)
        case integerTooLarge
        case digitBeforeDot
        case expectedDigits
        case unexpectedCharacter(Character)
        case leadingZeros
        case digitAfterDot
        case digitInExponent
        case underscoreNotBetweenDigits

        public var description: String {
            switch self {
            case .signOnPrefixedInteger(let r): "a sign is not allowed on \(r) integers"
            case .expectedPrefixedDigits(let r, let prefix): "expected \(r) digits after '0\(prefix)'"
            case .invalidDigit(let r, let c): "invalid \(r) digit '\(c)'"
            case .integerTooLarge: "integer does not fit in 64 bits"
            case .digitBeforeDot: "a digit is required before '.'"
            case .expectedDigits: "expected digits"
            case .unexpectedCharacter(let c): "unexpected character '\(c)'"
            case .leadingZeros: "leading zeros are not allowed"
            case .digitAfterDot: "expected a digit after '.'"
            case .digitInExponent: "expected a digit in the exponent"
            case .underscoreNotBetweenDigits: "'_' must be between digits"
            }
        }
    }

    /// Why a date or time literal was rejected.
    public enum DateTimeProblem: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case expectedDate, monthOutOfRange, dayOutOfRange, expectedTime, secondsRequired
        case hourOutOfRange, minuteOutOfRange, secondOutOfRange, digitAfterDot, expectedOffset

        public var description: String {
            switch self {
            case .expectedDate: "expected a date as YYYY-MM-DD"
            case .monthOutOfRange: "month must be 01 to 12"
            case .dayOutOfRange: "day is out of range for the month"
            case .expectedTime: "expected a time as HH:MM:SS"
            case .secondsRequired: "seconds are required"
            case .hourOutOfRange: "hour must be 00 to 23"
            case .minuteOutOfRange: "minute must be 00 to 59"
            case .secondOutOfRange: "second must be 00 to 60"
            case .digitAfterDot: "expected a digit after '.'"
            case .expectedOffset: "expected a time offset as Z or ±HH:MM"
            }
        }
    }

    /// Why the document was rejected, with the data each language needs to say so. Keys are
    /// held as shown (`'title'`, `"a b".c`), texts as excerpts of the input.
    public enum Reason: Sendable, Hashable {
        // Characters of the file.
        case carriageReturnWithoutLineFeed
        case nulByte
        case controlCharacter(UInt32)
        case invalidUTF8Byte(UInt8)
        // Keys and lines.
        case expectedEquals(key: String)
        case missingValue(key: String)
        case expectedLineEnd(after: Construct, found: Found)
        case expectedClosing(Closing, found: Found)
        case expectedValue(found: Found)
        case expectedKey(found: Found)
        case multilineStringAsKey
        case invalidBareKeyCharacter(Found)
        // Values.
        case unterminated(Unterminated)
        case newlineInString(literal: Bool)
        case invalidEscape(Character)
        case escapeFollowedBy(Found)
        case unicodeEscapeDigits(count: Int, letter: Character)
        case notAUnicodeScalar(String)
        case unquotedValue(String)
        case trailingCommaInInlineTable
        case newlineInInlineTable
        case nestingTooDeep(Int)
        case invalidNumber(String, NumberProblem)
        case invalidDateTime(String, DateTimeProblem)
        // Tables and keys defined twice or in conflicting ways.
        case duplicateTable(String, first: SourceLocation)
        case tableDefinedByDottedKeys(String, at: SourceLocation)
        case extendsInlineTable(String, definedAt: SourceLocation)
        case tableIsArrayOfTables(String, first: SourceLocation)
        case duplicateKey(String, first: SourceLocation)
        case tableRedefinedAsArray(String, first: SourceLocation)
        case appendToStaticArray(String, definedAt: SourceLocation)
        case keyIsAValue(String, definedAt: SourceLocation)
        case dottedKeysIntoHeaderTable(String, definedAt: SourceLocation)
        case dottedKeysIntoArrayOfTables(String)
    }
}

extension TOMLParseError.Reason: CustomStringConvertible {
    /// The English line, lower-case, without a trailing period.
    public var description: String {
        switch self {
        case .carriageReturnWithoutLineFeed: "carriage return must be followed by a line feed"
        case .nulByte: "NUL byte is not allowed"
        case .controlCharacter(let value): "invalid control character \(TextDisplay.codePoint(value)); use an escape sequence"
        case .invalidUTF8Byte(let byte): "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))"
        case .expectedEquals(let key): "expected '=' after key \"\(key)\""
        case .missingValue(let key): "missing value for key \"\(key)\""
        case .expectedLineEnd(let after, let found):
            "expected end of line after \(after == .tableHeader ? "table header" : "value"), found \(found)"
        case .expectedClosing(let closing, let found):
            switch closing {
            case .arrayOfTablesHeader: "expected ']]' to close array of tables header, found \(found)"
            case .tableHeader: "expected ']' to close table header, found \(found)"
            case .arrayElement: "expected ',' or ']' after array element, found \(found)"
            case .inlineTable: "expected ',' or '}' in inline table, found \(found)"
            }
        case .expectedValue(let found): "expected a value, found \(found)"
        case .expectedKey(let found): "expected a key, found \(found)"
        case .multilineStringAsKey: "multi-line strings cannot be used as keys"
        case .invalidBareKeyCharacter(let found): "invalid character \(found) in bare key; quote the key"
        case .unterminated(let what):
            switch what {
            case .string: "unterminated string"
            case .multilineString: "unterminated multi-line string"
            case .array: "unterminated array"
            case .inlineTable: "unterminated inline table"
            }
        case .newlineInString(let literal): literal ? "newline in literal string" : "newline in basic string"
        case .invalidEscape(let letter): "invalid escape sequence '\\\(letter)'"
        case .escapeFollowedBy(let found): "invalid escape sequence: '\\' followed by \(found)"
        case .unicodeEscapeDigits(let count, let letter): "invalid unicode escape: expected \(count) hex digits after '\\\(letter)'"
        case .notAUnicodeScalar(let written): "invalid unicode escape '\(written)': not a Unicode scalar value"
        case .unquotedValue(let word): "invalid value '\(word)'; strings must be quoted"
        case .trailingCommaInInlineTable: "trailing comma is not allowed in an inline table"
        case .newlineInInlineTable: "newline is not allowed in an inline table"
        case .nestingTooDeep(let depth): "nesting deeper than \(depth)"
        case .invalidNumber(let text, let problem): "invalid number '\(text)': \(problem)"
        case .invalidDateTime(let text, let problem): "invalid date-time '\(text)': \(problem)"
        case .duplicateTable(let name, let first): "duplicate table [\(name)] (first defined at \(first))"
        case .tableDefinedByDottedKeys(let name, let at): "cannot define table [\(name)]: it was already defined by dotted keys at \(at)"
        case .extendsInlineTable(let name, let at): "cannot extend inline table \"\(name)\" (defined at \(at))"
        case .tableIsArrayOfTables(let name, let first): "cannot define table [\(name)]: it is an array of tables (first defined at \(first))"
        case .duplicateKey(let name, let first): "duplicate key \"\(name)\" (first defined at \(first))"
        case .tableRedefinedAsArray(let name, let first): "cannot redefine table [\(name)] as an array of tables (first defined at \(first))"
        case .appendToStaticArray(let name, let at): "cannot append to static array \"\(name)\" (defined at \(at))"
        case .keyIsAValue(let name, let at): "cannot use key \"\(name)\" as a table: it is already a value (defined at \(at))"
        case .dottedKeysIntoHeaderTable(let name, let at): "cannot add to table \"\(name)\" with dotted keys: it was defined by a header at \(at)"
        case .dottedKeysIntoArrayOfTables(let name): "cannot add to array of tables \"\(name)\" with dotted keys"
        }
    }
}
