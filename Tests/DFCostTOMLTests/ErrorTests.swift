import DFCostTOML
import Testing

/// One rejected document: where the error must be and what it must say.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var source: String
    var line: Int
    var column: Int
    var message: String

    init(_ source: String, _ line: Int, _ column: Int, _ message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { source.debugDescription }
}

@Suite struct ErrorTests {
    static let structure: [ErrorCase] = [
        .init("a = 1\nb = 2\na = 3", 3, 1, #"duplicate key "a" (first defined at 1:1)"#),
        .init("x.y = 1\nx.y = 2", 2, 3, #"duplicate key "x.y" (first defined at 1:3)"#),
        .init("\"a b\" = 1\n'a b' = 2", 2, 1, #"duplicate key "'a b'" (first defined at 1:1)"#),
        .init("[t]\nx = 1\n[t]", 3, 2, "duplicate table [t] (first defined at 1:2)"),
        .init("a = {x = 1}\n[a]", 2, 2, #"cannot extend inline table "a" (defined at 1:5)"#),
        .init("a = {x = 1}\na.y = 2", 2, 1, #"cannot extend inline table "a" (defined at 1:5)"#),
        .init("a = {x = 1}\n[a.b]", 2, 2, #"cannot extend inline table "a" (defined at 1:5)"#),
        .init("[fruit]\napple.color = 1\n[fruit.apple]", 3, 2,
              "cannot define table [fruit.apple]: it was already defined by dotted keys at 2:1"),
        .init("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, 3,
              #"cannot add to table "b.c" with dotted keys: it was defined by a header at 1:2"#),
        .init("a = []\n[[a]]", 2, 3, #"cannot append to static array "a" (defined at 1:1)"#),
        .init("[a]\n[[a]]", 2, 3, "cannot redefine table [a] as an array of tables (first defined at 1:2)"),
        .init("[[a]]\n[a]", 2, 2, "cannot define table [a]: it is an array of tables (first defined at 1:3)"),
        .init("[[a]]\na.b = 1\n[[a]]\n[a.b]\n[a]", 5, 2,
              "cannot define table [a]: it is an array of tables (first defined at 1:3)"),
        .init("a = 1\n[a.b]", 2, 2, #"cannot use key "a" as a table: it is already a value (defined at 1:1)"#),
        .init("a = 1\na.b = 2", 2, 1, #"cannot use key "a" as a table: it is already a value (defined at 1:1)"#),
        .init("v = {a = 1, a = 2}", 1, 13, #"duplicate key "a" (first defined at 1:6)"#),
    ]

    static let numbers: [ErrorCase] = [
        .init("v = 1.", 1, 6, "invalid number '1.': expected a digit after '.'"),
        .init("v = .5", 1, 5, "invalid number '.5': a digit is required before '.'"),
        .init("v = 01", 1, 5, "invalid number '01': leading zeros are not allowed"),
        .init("v = -007.5", 1, 6, "invalid number '-007.5': leading zeros are not allowed"),
        .init("v = 1__0", 1, 6, "invalid number '1__0': '_' must be between digits"),
        .init("v = 1_", 1, 6, "invalid number '1_': '_' must be between digits"),
        .init("v = 1._5", 1, 7, "invalid number '1._5': '_' must be between digits"),
        .init("v = +0x1", 1, 5, "invalid number '+0x1': a sign is not allowed on hexadecimal integers"),
        .init("v = 0x8000000000000000", 1, 5, "invalid number '0x8000000000000000': integer does not fit in 64 bits"),
        .init("v = 0o8", 1, 7, "invalid number '0o8': expected octal digits after '0o'"),
        .init("v = 0b102", 1, 9, "invalid number '0b102': invalid binary digit '2'"),
        .init("v = 1e", 1, 6, "invalid number '1e': expected a digit in the exponent"),
        .init("v = 1.2.3", 1, 8, "invalid number '1.2.3': unexpected character '.'"),
        .init("v = 0X1F", 1, 6, "invalid number '0X1F': unexpected character 'X'"),
        .init("v = +", 1, 5, "invalid number '+': expected digits"),
        .init("v = 1979-13-01", 1, 10, "invalid date-time '1979-13-01': month must be 01 to 12"),
        .init("v = 1979-02-29", 1, 13, "invalid date-time '1979-02-29': day is out of range for the month"),
        .init("v = 2024-1-01", 1, 5, "invalid date-time '2024-1-01': expected a date as YYYY-MM-DD"),
        .init("v = 07:32", 1, 10, "invalid date-time '07:32': seconds are required"),
        .init("v = 1979-05-27T25:00:00", 1, 16, "invalid date-time '1979-05-27T25:00:00': hour must be 00 to 23"),
        .init("v = 1979-05-27T", 1, 16, "invalid date-time '1979-05-27T': expected a time as HH:MM:SS"),
        .init("v = 1979-05-27T07:32:00+7", 1, 24,
              "invalid date-time '1979-05-27T07:32:00+7': expected a time offset as Z or ±HH:MM"),
        .init("v = 07:32:00Z", 1, 13, "expected end of line after value, found 'Z'"),
    ]

    static let strings: [ErrorCase] = [
        .init("v = \"abc", 1, 5, "unterminated string"),
        .init("v = 'abc", 1, 5, "unterminated string"),
        .init("v = \"abc\nx = 1", 1, 9, "newline in basic string"),
        .init("v = 'abc\r\nx = 1", 1, 9, "newline in literal string"),
        .init("v = \"\"\"abc\n\"\"", 1, 5, "unterminated multi-line string"),
        .init("v = '''abc''", 1, 5, "unterminated multi-line string"),
        .init(#"v = "a\qb""#, 1, 7, #"invalid escape sequence '\q'"#),
        .init(#"v = "a\ b""#, 1, 7, #"invalid escape sequence: '\' followed by ' '"#),
        .init(#"v = "\e""#, 1, 6, #"invalid escape sequence '\e'"#),
        .init(#"v = "\uD800""#, 1, 6, #"invalid unicode escape '\uD800': not a Unicode scalar value"#),
        .init(#"v = "\U00110000""#, 1, 6, #"invalid unicode escape '\U00110000': not a Unicode scalar value"#),
        .init(#"v = "\u12""#, 1, 6, #"invalid unicode escape: expected 4 hex digits after '\u'"#),
        .init("\"\"\"k\"\"\" = 1", 1, 1, "multi-line strings cannot be used as keys"),
    ]

    static let syntax: [ErrorCase] = [
        .init("v =", 1, 4, #"missing value for key "v""#),
        .init("v = # comment", 1, 5, #"missing value for key "v""#),
        .init("v = 1 x", 1, 7, "expected end of line after value, found 'x'"),
        .init("v = \"a\" \"b\"", 1, 9, "expected end of line after value, found '\"'"),
        .init("v = truex", 1, 5, "invalid value 'truex'; strings must be quoted"),
        .init("v = hello", 1, 5, "invalid value 'hello'; strings must be quoted"),
        .init("[t] x = 1", 1, 5, "expected end of line after table header, found 'x'"),
        .init("title", 1, 6, #"expected '=' after key "title""#),
        .init("a.b c = 1", 1, 5, #"expected '=' after key "a.b""#),
        .init("a.", 1, 3, "expected a key, found end of file"),
        .init("= 1", 1, 1, "expected a key, found '='"),
        .init("v = [1 2]", 1, 8, "expected ',' or ']' after array element, found '2'"),
        .init("v = [1,\n 2", 1, 5, "unterminated array"),
        .init("v = [,]", 1, 6, "expected a value, found ','"),
        .init("v = {a = 1,}", 1, 11, "trailing comma is not allowed in an inline table"),
        .init("v = {a = 1\n}", 1, 11, "newline is not allowed in an inline table"),
        .init("v = {\na = 1}", 1, 6, "newline is not allowed in an inline table"),
        .init("v = {a = 1", 1, 5, "unterminated inline table"),
        .init("v = {a = 1 b = 2}", 1, 12, "expected ',' or '}' in inline table, found 'b'"),
        .init("v = {a 1}", 1, 8, #"expected '=' after key "a""#),
        .init("[a", 1, 3, "expected ']' to close table header, found end of file"),
        .init("[[a]", 1, 4, "expected ']]' to close array of tables header, found ']'"),
        .init("[[a] ]", 1, 4, "expected ']]' to close array of tables header, found ']'"),
        .init("[]", 1, 2, "expected a key, found ']'"),
        .init("[é]", 1, 2, "invalid character 'é' in bare key; quote the key"),
        .init("[a.é.b]\n", 1, 4, "invalid character 'é' in bare key; quote the key"),
        .init("x = 1\ncafé = 1", 2, 4, "invalid character 'é' in bare key; quote the key"),
        .init("a = 1\n\u{FEFF}b = 2", 2, 1, "invalid character '\u{FEFF}' in bare key; quote the key"),
    ]

    @Test(arguments: structure)
    func tableStructureErrorsAreLocated(_ error: ErrorCase) { check(error) }

    @Test(arguments: numbers)
    func malformedNumbersAndDatesAreLocated(_ error: ErrorCase) { check(error) }

    @Test(arguments: strings)
    func malformedStringsAreLocated(_ error: ErrorCase) { check(error) }

    @Test(arguments: syntax)
    func syntaxErrorsAreLocated(_ error: ErrorCase) { check(error) }

    @Test func descriptionIsLineColonColumnThenMessage() {
        let error = parseError("a = 1\nb = 2\na = 3")
        #expect(error?.description == #"3:1: duplicate key "a" (first defined at 1:1)"#)
    }

    private func check(_ expected: ErrorCase) {
        let error = parseError(expected.source)
        #expect(error?.message == expected.message)
        #expect(error?.location == SourceLocation(line: expected.line, column: expected.column))
    }
}
