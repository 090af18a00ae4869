import DFCostTOML
import Testing

@Suite struct ValueTests {
    @Test(arguments: [
        ("v = 21.5", "21.5", TOMLNumber.Kind.float),
        ("v = 1_000", "1000", .integer),
        ("v = 0x1F", "31", .integer),
        ("v = 0xdead_BEEF", "3735928559", .integer),
        ("v = 0o755", "493", .integer),
        ("v = 0b1101", "13", .integer),
        ("v = -0.5", "-0.5", .float),
        ("v = +17", "17", .integer),
        ("v = -12", "-12", .integer),
        ("v = 0", "0", .integer),
        ("v = -0", "-0", .integer),
        ("v = 1e3", "1e3", .float),
        ("v = 6.626E-34", "6.626E-34", .float),
        ("v = +1.5e+1_0", "1.5e+10", .float),
        ("v = 0.000_001", "0.000001", .float),
        ("v = 0e0", "0e0", .float),
        ("v = 123456789012345678901234567890", "123456789012345678901234567890", .integer),
        ("v = 0x7FFFFFFFFFFFFFFF", "9223372036854775807", .integer),
        ("v = inf", "inf", .infinity),
        ("v = +inf", "inf", .infinity),
        ("v = -inf", "-inf", .infinity),
        ("v = nan", "nan", .nan),
        ("v = +nan", "nan", .nan),
        ("v = -nan", "nan", .nan),
    ])
    func numbersKeepExactNormalisedText(source: String, text: String, kind: TOMLNumber.Kind) throws {
        #expect(try valueOfV(source) == number(kind, text))
    }

    @Test func numberConveniencesConvert() throws {
        #expect(TOMLNumber(kind: .integer, text: "-42").int64Value == -42)
        #expect(TOMLNumber(kind: .float, text: "1.5").int64Value == nil)
        #expect(TOMLNumber(kind: .float, text: "1.5").doubleValue == 1.5)
        #expect(TOMLNumber(kind: .infinity, text: "-inf").doubleValue == -.infinity)
        #expect(TOMLNumber(kind: .nan, text: "nan").doubleValue?.isNaN == true)
    }

    @Test(arguments: [
        (#"v = "plain""#, "plain"),
        (#"v = "tab\there""#, "tab\there"),
        (#"v = "\b\t\n\f\r\"\\""#, "\u{8}\t\n\u{C}\r\"\\"),
        (#"v = "\u00E9\U0001F600""#, "é😀"),
        (#"v = "é direct""#, "é direct"),
        (#"v = 'C:\Users\x'"#, #"C:\Users\x"#),
        (#"v = ''"#, ""),
        (#"v = """#, ""),
        ("v = \"\"\"\nfirst\nsecond\"\"\"", "first\nsecond"),
        ("v = \"\"\"a \\\n    b \\\n\n  c\"\"\"", "a b c"),
        ("v = \"\"\"a \\   \n  b\"\"\"", "a b"),
        ("v = \"\"\"x\"\"\"\"\"", "x\"\""),
        ("v = \"\"\"\"y\"\"\"\"", "\"y\""),
        ("v = \"\"\"q \\\"\"\" \\u0041\"\"\"", "q \"\"\" A"),
        ("v = '''\nraw \\n\n'''", "raw \\n\n"),
        ("v = ''''quoted'''''", "'quoted''"),
    ])
    func stringsDecodeEveryForm(source: String, expected: String) throws {
        #expect(try valueOfV(source) == .string(expected))
    }

    @Test(arguments: [("v = true", true), ("v = false", false)])
    func booleansParse(source: String, expected: Bool) throws {
        #expect(try valueOfV(source) == .boolean(expected))
    }

    @Test(arguments: [
        "1979-05-27T07:32:00Z",
        "1979-05-27T00:32:00-07:00",
        "1979-05-27T00:32:00.999999+01:30",
        "1979-05-27 07:32:00Z",
        "1979-05-27t07:32:00z",
        "1979-05-27T07:32:00",
        "1979-05-27",
        "2024-02-29",
        "07:32:00",
        "00:32:00.999999",
        "23:59:60",
    ])
    func dateTimesAreKeptAsWritten(literal: String) throws {
        #expect(try valueOfV("v = \(literal) # note") == .dateTime(literal))
    }

    @Test func arraysAllowMixedTypesNewlinesCommentsAndTrailingComma() throws {
        let source = """
        v = [
          1, # one
          "two",
          [3.0, true],   # nested
          { four = 4 },
        ]
        """
        let elements = try #require(try valueOfV(source).arrayValue)
        #expect(elements.map(\.value) == [
            number(.integer, "1"),
            .string("two"),
            .array([
                TOMLNode(value: number(.float, "3.0"), location: SourceLocation(line: 4, column: 4)),
                TOMLNode(value: .boolean(true), location: SourceLocation(line: 4, column: 9)),
            ]),
            .table(TOMLTable(entries: [
                .init(key: "four", keyLocation: SourceLocation(line: 5, column: 5),
                      node: TOMLNode(value: number(.integer, "4"), location: SourceLocation(line: 5, column: 12))),
            ])),
        ])
        #expect(elements.map(\.location) == [
            SourceLocation(line: 2, column: 3), SourceLocation(line: 3, column: 3),
            SourceLocation(line: 4, column: 3), SourceLocation(line: 5, column: 3),
        ])
        #expect(try valueOfV("v = []") == .array([]))
    }

    @Test func inlineTablesHoldDottedKeysAndNest() throws {
        let table = try #require(try valueOfV(#"v = { a.b = 1, c = { d = "x" }, "q k" = [] }"#).tableValue)
        #expect(table.keys == ["a", "c", "q k"])
        #expect(table["a"]?.value.tableValue?["b"]?.value == number(.integer, "1"))
        #expect(table["c"]?.value.tableValue?["d"]?.value == .string("x"))
        #expect(try valueOfV("v = {}") == .table(TOMLTable()))
    }

    @Test func typeNamesDescribeValues() throws {
        #expect(TOMLValue.string("").typeName == "string")
        #expect(number(.integer, "1").typeName == "integer")
        #expect(number(.nan, "nan").typeName == "float")
        #expect(TOMLValue.boolean(true).typeName == "boolean")
        #expect(TOMLValue.dateTime("07:00:00").typeName == "date-time")
        #expect(TOMLValue.array([]).typeName == "array")
        #expect(TOMLValue.table(TOMLTable()).typeName == "table")
    }
}
