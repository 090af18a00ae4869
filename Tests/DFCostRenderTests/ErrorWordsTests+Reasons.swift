import DFCostModel
import DFCostRender
import DFCostScenario
import DFCostTOML
import Testing

/// The typed reasons of malformed TOML and of scenario files' keys and values, every case with
/// a sample, walked by ``ErrorWordsTests`` like the error types.
extension ErrorWordsTests {
    static let first = SourceLocation(line: 1, column: 1)

    static func tomlCase(_ r: TOMLParseError.Reason) -> String {
        switch r {
        case .carriageReturnWithoutLineFeed: "carriageReturnWithoutLineFeed"
        case .nulByte: "nulByte"
        case .controlCharacter: "controlCharacter"
        case .invalidUTF8Byte: "invalidUTF8Byte"
        case .expectedEquals: "expectedEquals"
        case .missingValue: "missingValue"
        case .expectedLineEnd(let after, let found): "expectedLineEnd(\(after), \(foundCase(found)))"
        case .expectedClosing(let closing, _): "expectedClosing(\(closing))"
        case .expectedValue(let found): "expectedValue(\(foundCase(found)))"
        case .expectedKey: "expectedKey"
        case .multilineStringAsKey: "multilineStringAsKey"
        case .invalidBareKeyCharacter: "invalidBareKeyCharacter"
        case .unterminated(let what): "unterminated(\(what))"
        case .newlineInString(let literal): "newlineInString(\(literal))"
        case .invalidEscape: "invalidEscape"
        case .escapeFollowedBy: "escapeFollowedBy"
        case .unicodeEscapeDigits: "unicodeEscapeDigits"
        case .notAUnicodeScalar: "notAUnicodeScalar"
        case .unquotedValue: "unquotedValue"
        case .trailingCommaInInlineTable: "trailingCommaInInlineTable"
        case .newlineInInlineTable: "newlineInInlineTable"
        case .nestingTooDeep: "nestingTooDeep"
        case .invalidNumber(_, let p): "invalidNumber(\(numberCase(p)))"
        case .invalidDateTime(_, let p): "invalidDateTime(\(p))"
        case .duplicateTable: "duplicateTable"
        case .tableDefinedByDottedKeys: "tableDefinedByDottedKeys"
        case .extendsInlineTable: "extendsInlineTable"
        case .tableIsArrayOfTables: "tableIsArrayOfTables"
        case .duplicateKey: "duplicateKey"
        case .tableRedefinedAsArray: "tableRedefinedAsArray"
        case .appendToStaticArray: "appendToStaticArray"
        case .keyIsAValue: "keyIsAValue"
        case .dottedKeysIntoHeaderTable: "dottedKeysIntoHeaderTable"
        case .dottedKeysIntoArrayOfTables: "dottedKeysIntoArrayOfTables"
        }
    }
    static func foundCase(_ f: TOMLParseError.Found) -> String {
        switch f {
        case .endOfFile: "endOfFile"
        case .endOfLine: "endOfLine"
        case .tab: "tab"
        case .character: "character"
        case .control: "control"
        case .invalidUTF8: "invalidUTF8"
        }
    }
    static func numberCase(_ p: TOMLParseError.NumberProblem) -> String {
        switch p {
        case .signOnPrefixedInteger(let r): "signOnPrefixedInteger(\(r))"
        case .expectedPrefixedDigits(let r, _): "expectedPrefixedDigits(\(r))"
        case .invalidDigit(let r, _): "invalidDigit(\(r))"
        case .integerTooLarge: "integerTooLarge"
        case .digitBeforeDot: "digitBeforeDot"
        case .expectedDigits: "expectedDigits"
        case .unexpectedCharacter: "unexpectedCharacter"
        case .leadingZeros: "leadingZeros"
        case .digitAfterDot: "digitAfterDot"
        case .digitInExponent: "digitInExponent"
        case .underscoreNotBetweenDigits: "underscoreNotBetweenDigits"
        }
    }
    static let founds: [TOMLParseError.Found] = [.endOfFile, .endOfLine, .tab, .character("q"), .control(0x1B), .invalidUTF8]
    static let numberProblems: [TOMLParseError.NumberProblem] =
        TOMLParseError.Radix.allCases.flatMap { [.signOnPrefixedInteger($0), .expectedPrefixedDigits($0, prefix: "x"), .invalidDigit($0, "9")] }
        + [.integerTooLarge, .digitBeforeDot, .expectedDigits, .unexpectedCharacter("q"), .leadingZeros, .digitAfterDot, .digitInExponent,
           .underscoreNotBetweenDigits]
    static let tomlReasons: [TOMLParseError.Reason] = [
        .carriageReturnWithoutLineFeed, .nulByte, .controlCharacter(0x1B), .invalidUTF8Byte(0xFF), .expectedEquals(key: "'id'"),
        .missingValue(key: "'id'"), .expectedKey(found: .tab), .multilineStringAsKey, .invalidBareKeyCharacter(.character("é")),
        .newlineInString(literal: true), .newlineInString(literal: false), .invalidEscape("q"), .escapeFollowedBy(.endOfLine),
        .unicodeEscapeDigits(count: 4, letter: "u"), .notAUnicodeScalar("\\uD800"), .unquotedValue("ja"), .trailingCommaInInlineTable,
        .newlineInInlineTable, .nestingTooDeep(64),
        .duplicateTable("x", first: first), .tableDefinedByDottedKeys("x", at: first), .extendsInlineTable("x", definedAt: first),
        .tableIsArrayOfTables("x", first: first), .duplicateKey("'id'", first: first), .tableRedefinedAsArray("x", first: first),
        .appendToStaticArray("x", definedAt: first), .keyIsAValue("x", definedAt: first), .dottedKeysIntoHeaderTable("x", definedAt: first),
        .dottedKeysIntoArrayOfTables("x"),
    ]
        + TOMLParseError.Construct.allCases.flatMap { c in founds.map { .expectedLineEnd(after: c, found: $0) } }
        + TOMLParseError.Closing.allCases.map { .expectedClosing($0, found: .character("q")) }
        + founds.map { .expectedValue(found: $0) }
        + TOMLParseError.Unterminated.allCases.map { .unterminated($0) }
        + numberProblems.map { .invalidNumber("0x", $0) }
        + TOMLParseError.DateTimeProblem.allCases.map { .invalidDateTime("2024-13-01", $0) }
    /// The samples' data both languages keep: the hex byte, the escape and the unquoted word.
    static let tomlData = ["0xFF", "\\uD800", "ja", "U+001B"]

    static func fileCase(_ r: ScenarioFileReason) -> String {
        switch r {
        case .missingKey(_, let place): "missingKey(\(placeCase(place)))"
        case .unknownKey(_, _, let suggestion): "unknownKey(\(suggestion == nil ? "" : "suggestion"))"
        case .wrongType(let subject, let expected, let found): "wrongType(\(subjectCase(subject)), \(expected), \(found))"
        case .notFinite: "notFinite"
        case .integerOutOfRange: "integerOutOfRange"
        case .notADecimal(_, let failure):
            switch failure {
            case .notANumber: "notADecimal(notANumber)"
            case .nonFinite: "notADecimal(nonFinite)"
            case .outOfRange: "notADecimal(outOfRange)"
            }
        case .notArrayOfTables: "notArrayOfTables"
        case .entryNotTable: "entryNotTable"
        case .yearOutsideTable: "yearOutsideTable"
        case .summedYearOutside(_, let horizon, _): "summedYearOutside(\(horizon))"
        case .keyNotAYear(_, let rate): "keyNotAYear(\(rate))"
        case .unknownName(let kind, _, let suggestion): "unknownName(\(kind), \(suggestion == nil ? "" : "suggestion"))"
        case .precisionNotPowerOfTen: "precisionNotPowerOfTen"
        case .notAYearRange: "notAYearRange"
        case .setup(let r): "setup.\(themedCase(r))"
        case .line(let r): "line.\(themedCase(r))"
        case .condition(let r): "condition.\(themedCase(r))"
        case .operationEntry(let r): "operationEntry.\(themedCase(r))"
        case .uncertainty(let r): "uncertainty.\(themedCase(r))"
        case .payers(let r): "payers.\(themedCase(r))"
        }
    }
    static func placeCase(_ p: ScenarioFileReason.TablePlace) -> String {
        switch p {
        case .file: "file"
        case .named: "named"
        case .addedLine: "addedLine"
        case .cell: "cell"
        case .selector: "selector"
        }
    }
    static func subjectCase(_ s: ScenarioFileReason.ValueSubject) -> String {
        switch s {
        case .key(_, let place): "key(\(placeCase(place)))"
        case .item: "item"
        case .bareKey: "bareKey"
        case .scaleFactor: "scaleFactor"
        case .shift: "shift"
        case .rate: "rate"
        case .share: "share"
        case .baseline: "baseline"
        case .publishedSum: "publishedSum"
        case .probability: "probability"
        case .amount: "amount"
        }
    }
    static let places: [ScenarioFileReason.TablePlace] = [.file, .named("[payers]"), .addedLine, .cell(year: 2025), .selector]
    static let subjects: [ScenarioFileReason.ValueSubject] = places.map { .key("id", in: $0) } + [
        .item(of: "years", in: .selector), .bareKey("years"), .scaleFactor, .shift, .rate(year: 2025), .share(of: "hn"),
        .baseline(of: "l1", year: 2025), .publishedSum(year: 2025), .probability(of: "c1"), .amount(year: 2025),
    ]
    static let fileReasons: [ScenarioFileReason] = places.map { .missingKey("id", in: $0) }
        + [.unknownKey("scop", in: .file, suggestion: "scope"), .unknownKey("zz", in: .named("[payers]"), suggestion: nil),
           .notFinite(.amount(year: 2025), text: "inf"), .integerOutOfRange(.shift, text: "9007199254740993"),
           .notADecimal(.scaleFactor, .notANumber("1e")), .notADecimal(.scaleFactor, .nonFinite("nan")),
           .notADecimal(.scaleFactor, .outOfRange("1e99")), .notArrayOfTables("lines", found: .table), .entryNotTable("lines", found: .string),
           .yearOutsideTable(2031, span: "2024-2030"), .summedYearOutside(2031, horizon: true, span: "2024-2030"),
           .summedYearOutside(2031, horizon: false, span: "2024-2030"), .keyNotAYear("x1", rate: true), .keyNotAYear("x1", rate: false),
           .unknownName(.solution, "e-resep", suggestion: "e-resept"), .unknownName(.condition, "fm", suggestion: nil),
           .precisionNotPowerOfTen(ExactDecimal(5)), .notAYearRange("2025..2026", example: "2025-2026")]
        + subjects.map { .wrongType($0, expected: .number, found: .string) }
        + ScenarioFileReason.ExpectedValue.allCases.flatMap { e in ScenarioFileReason.ValueKind.allCases.map { .wrongType(.key("id", in: .file), expected: e, found: $0) } }
    /// The samples' data both languages keep: keys, names and numbers as written.
    static let fileData = ["years", "hn", "l1", "c1", "scop", "zz", "inf", "nan", "1e", "1e99", "lines", "x1", "e-resep", "e-resept", "fm"]

    @Test func everyReasonHasASample() {
        func names<E>(_ samples: [E], _ name: (E) -> String) -> Set<String> { Set(samples.map(name)) }
        let toml = names(Self.tomlReasons, Self.tomlCase)
        // 29 plain cases, the line ends (2 constructs × 6 founds), the closings (4), the values
        // (6 founds), the unterminated (4), the numbers (3 × 3 radixes + 8) and the dates (10).
        #expect(toml.count == 29 + 12 + 4 + 6 + 4 + 17 + 10)
        let file = names(Self.fileReasons, Self.fileCase)
        #expect(file.count == 5 + 2 + 1 + 1 + 3 + 1 + 1 + 1 + 2 + 2 + 2 + 1 + 1 + Self.subjects.count - 1 + 8 * 6)
        #expect(Set(Self.subjects.map(Self.subjectCase)).count == Self.subjects.count)
    }
}
