import DFCostTOML
import Testing

@Suite struct InputTests {
    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a = 1\r\n[t]\r\nb = \"\"\"\r\nx\r\ny\"\"\"\r\n".utf8)
        let root = try TOMLParser.parse(bytes: bytes)
        #expect(root.entry("a")?.keyLocation == SourceLocation(line: 1, column: 1))
        let b = try #require(root["t"]?.value.tableValue?["b"])
        #expect(b.value == .string("x\ny"))
        #expect(b.location == SourceLocation(line: 3, column: 5))
    }

    @Test(arguments: [
        ([0x61, 0x20, 0x3D, 0x20, 0x22, 0xE9, 0x22] as [UInt8], 1, 6, "invalid UTF-8 byte 0xE9"),
        ([0x61, 0x3D, 0x31, 0x0A, 0x23, 0xC3, 0xA9, 0xFF], 2, 3, "invalid UTF-8 byte 0xFF"),
        ([0x23, 0xC0, 0xAF], 1, 2, "invalid UTF-8 byte 0xC0"),
        ([0x23, 0xED, 0xA0, 0x80], 1, 2, "invalid UTF-8 byte 0xED"),
        ([0x23, 0xF4, 0x90, 0x80, 0x80], 1, 2, "invalid UTF-8 byte 0xF4"),
        ([0x23, 0xE2, 0x82], 1, 2, "invalid UTF-8 byte 0xE2"),
        ([0x61, 0x20, 0x3D, 0x20, 0x22, 0x00, 0x22], 1, 6, "NUL byte is not allowed"),
        ([0x23, 0x20, 0x01], 1, 3, "invalid control character U+0001; use an escape sequence"),
        ([0x23, 0x7F], 1, 2, "invalid control character U+007F; use an escape sequence"),
        ([0x61, 0x3D, 0x31, 0x0D, 0x62], 1, 4, "carriage return must be followed by a line feed"),
    ])
    func badBytesAreRejectedAtTheFirstOffendingByte(bytes: [UInt8], line: Int, column: Int, message: String) {
        let error = parseError(bytes: bytes)
        #expect(error?.message == message)
        #expect(error?.location == SourceLocation(line: line, column: column))
    }

    @Test func nestingOf128IsAcceptedAnd129Rejected() throws {
        let ok = "v = " + String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(parseError(ok) == nil)
        let deep = "v = " + String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
        let error = try #require(parseError(deep))
        #expect(error.message == "nesting deeper than 128")
        #expect(error.location == SourceLocation(line: 1, column: 133))
    }

    @Test func hugeNestingFailsWithoutOverflowingTheStack() {
        let arrays = "v = " + String(repeating: "[", count: 100_000)
        #expect(parseError(arrays)?.message == "nesting deeper than 128")
        let tables = "v = " + String(repeating: "{a = ", count: 100_000)
        #expect(parseError(tables)?.message == "nesting deeper than 128")
        let dotted = Array(repeating: "k", count: 100_000).joined(separator: ".") + " = 1"
        #expect(parseError(dotted)?.message == "nesting deeper than 128")
        let header = "[" + Array(repeating: "k", count: 100_000).joined(separator: ".") + "]"
        #expect(parseError(header)?.message == "nesting deeper than 128")
    }

    @Test func aHeaderOf5000PartsThroughExistingTablesIsRefusedByTheNestingLimit() throws {
        // The first 120 parts exist, so the header walks them before it meets the limit; the
        // error text is built only for the part that fails.
        let existing = Array(repeating: "k", count: 120).joined(separator: ".")
        let long = Array(repeating: "k", count: 5_000).joined(separator: ".")
        let text = "[\(existing)]\nx = 1\n[\(long)]\n"
        let error = try #require(parseError(text))
        #expect(error.message == "nesting deeper than 128")
        #expect(error.location == SourceLocation(line: 3, column: 2 + 128 * 2))
        let many = String(repeating: "[\(existing)]\n", count: 1) + (0..<2_000).map { "[\(existing).t\($0)]" }.joined(separator: "\n")
        #expect(parseError(many) == nil)
    }

    @Test func aConflictDeepInALongHeaderNamesTheKeyUpToTheConflict() throws {
        let prefix = (1...60).map { "p\($0)" }.joined(separator: ".")
        let text = "[\(prefix)]\nleaf = 1\n[\(prefix).leaf.below.deeper]\n"
        let error = try #require(parseError(text))
        #expect(error.message == "cannot use key \"\(prefix).leaf\" as a table: it is already a value (defined at 2:1)")
        #expect(error.location == SourceLocation(line: 3, column: 2))
        let dotted = "a.b.c = 1\na.b.c.d = 2\n"
        #expect(parseError(dotted)?.message == "cannot use key \"a.b.c\" as a table: it is already a value (defined at 1:5)")
    }

    @Test func mixedNestingCountsEveryLevel() throws {
        let header = "[" + Array(repeating: "t", count: 100).joined(separator: ".") + "]\n"
        let value = "v = " + String(repeating: "[", count: 28) + String(repeating: "]", count: 28)
        #expect(parseError(header + value) == nil)
        let deeper = "v = " + String(repeating: "[", count: 29) + String(repeating: "]", count: 29)
        #expect(parseError(header + deeper)?.message == "nesting deeper than 128")
    }

    @Test func stringEntryPointMatchesBytes() throws {
        let text = "name = \"ø\"\n[[list]]\nx = 1e3\n"
        #expect(try TOMLParser.parse(text) == TOMLParser.parse(bytes: Array(text.utf8)))
    }

    @Test func largeInputsParseWithoutQuadraticBlowUp() throws {
        let count = 50_000
        let longLine = "v = [" + Array(repeating: "12.5", count: count).joined(separator: ", ") + "]"
        #expect(try valueOfV(longLine).arrayValue?.count == count)
        let lastLocation = try valueOfV(longLine).arrayValue?.last?.location
        #expect(lastLocation == SourceLocation(line: 1, column: 6 + (count - 1) * 6))
        let escapes = "v = \"" + String(repeating: "\\n", count: count) + "\""
        #expect(try valueOfV(escapes).stringValue?.count == count)
        let tables = String(repeating: "[[t]]\nx = 1\n", count: 10_000)
        #expect(try TOMLParser.parse(tables)["t"]?.value.arrayValue?.count == 10_000)
        let keys = (0..<20_000).map { "k\($0) = \($0)" }.joined(separator: "\n")
        #expect(try TOMLParser.parse(keys)["k19999"]?.value == number(.integer, "19999"))
    }

    @Test func truncatedDocumentsNeverCrash() {
        let document = """
        a = "x\\u00e9" # c
        [t . 's' ]
        b = [1, 2.5e-3, { c = 0x1f, d = 1979-05-27T07:32:00Z }, '''m
        l''', \"\"\"n\\
          o\"\"\"]
        [[arr]]
        e = -inf
        """
        let bytes = Array(document.utf8)
        for end in 0...bytes.count {
            _ = parseError(bytes: Array(bytes[0..<end]))
        }
        #expect(parseError(document) == nil)
    }
}
