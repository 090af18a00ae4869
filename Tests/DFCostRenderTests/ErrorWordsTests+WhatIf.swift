import DFCostModel
import DFCostRender
import DFCostScenario
import Testing

/// The reasons of malformed what-ifs, of operations that cannot be applied and of payer keys,
/// each case with sample data, walked by ``ErrorWordsTests`` in both languages.
extension ErrorWordsTests {
    static func whatIfCase(_ r: WhatIfReason) -> String {
        switch r {
        case .notation(let n): "notation(\(n))"
        case .horizonOnlyInFiles: "horizonOnlyInFiles"
        case .conditionState(let f): "conditionState(\(conditionStateCase(f)))"
        case .cell(let f): "cell(\(cellFailureCase(f)))"
        case .number(_, let p): "number(\(p))"
        case .factorNumber: "factorNumber"
        case .factorNotDecimal: "factorNotDecimal"
        case .shiftNotYears: "shiftNotYears"
        case .setNeedsOneYear: "setNeedsOneYear"
        case .yearNotInTable: "yearNotInTable"
        case .notATableYear: "notATableYear"
        case .selector(_, let r): "selector(\(selectorCase(r)))"
        case .selectorTerm(let r): "selectorTerm(\(selectorCase(r)))"
        case .ratePairNeedsSemicolons: "ratePairNeedsSemicolons"
        case .notYearRate: "notYearRate"
        case .noRates: "noRates"
        case .notKeyValue: "notKeyValue"
        case .yearGivenTwice: "yearGivenTwice"
        case .unknownLineKey(_, let s, _): "unknownLineKey(\(s == nil ? "" : "suggestion"))"
        case .lineNeedsFields: "lineNeedsFields"
        case .unknownSolution(_, let s): "unknownSolution(\(s == nil ? "" : "suggestion"))"
        case .unknownCondition(_, let s): "unknownCondition(\(s == nil ? "" : "suggestion"))"
        case .unknownVaryKind(_, let s): "unknownVaryKind(\(s == nil ? "" : "suggestion"))"
        case .shareOutOfRange: "shareOutOfRange"
        case .noValues: "noValues"
        case .notWholeRange: "notWholeRange"
        case .notWhole: "notWhole"
        case .notDecimalRange: "notDecimalRange"
        case .tooManyValues: "tooManyValues"
        case .notAFactor: "notAFactor"
        case .noParameters: "noParameters"
        case .tooManyCombinations: "tooManyCombinations"
        case .tooManyRuns: "tooManyRuns"
        case .noPayers: "noPayers"
        }
    }
    static func selectorCase(_ r: SelectorReason) -> String {
        switch r {
        case .notYears: "notYears"
        case .notFieldValue: "notFieldValue"
        case .includeInternalNotBoolean: "includeInternalNotBoolean"
        case .unknownField(_, let s): "unknownField(\(s == nil ? "" : "suggestion"))"
        }
    }
    static func conditionStateCase(_ f: ConditionState.ParseFailure) -> String {
        switch f {
        case .delayNotWhole: "delayNotWhole"
        case .delayTooLong: "delayTooLong"
        case .shareOutside: "shareOutOfRange"
        case .empty: "empty"
        case .notAState(_, let s): "notAState(\(s == nil ? "" : "suggestion"))"
        }
    }
    static func operationCase(_ r: OperationReason) -> String {
        switch r {
        case .duplicateLine: "duplicateLine"
        case .noRate: "noRate"
        case .movesOutside: "movesOutside"
        case .conflicting: "conflicting"
        case .arithmetic(let e): "arithmetic(\(arithmeticCase(e)))"
        case .sweepArithmetic: "sweepArithmetic"
        case .sweepAmountOutOfRange: "sweepAmountOutOfRange"
        }
    }
    static func arithmeticCase(_ e: ArithmeticError) -> String {
        switch e {
        case .overflow: "overflow"
        case .scaleOutOfRange: "scaleOutOfRange"
        case .divisionByZero: "divisionByZero"
        case .invalidPrecision: "invalidPrecision"
        }
    }
    static func payerCase(_ f: PayerAllocation.Failure) -> String {
        switch f {
        case .missingKey: "missingKey"
        case .arithmetic: "arithmetic"
        }
    }

    static let selectorReasons: [SelectorReason] = [
        .notYears("2025..2026"), .notFieldValue("tagpds"), .includeInternalNotBoolean,
        .unknownField("tagg", suggestion: "tag"), .unknownField("zz", suggestion: nil),
    ]
    static let conditionStateFailures: [ConditionState.ParseFailure] = [
        .delayNotWhole("delayed:x"), .delayTooLong("delayed:999", maximum: 200), .shareOutside("share:1.5"), .empty,
        .notAState("fulll", suggestion: "full"), .notAState("later", suggestion: nil),
    ]
    static let whatIfReasons: [WhatIfReason] = WhatIfNotation.allCases.map { .notation($0) }
        + [.horizonOnlyInFiles]
        + conditionStateFailures.map { .conditionState($0) }
        + cellFailures.map { .cell($0) }
        + TypedNumberProblem.allCases.map { .number("1,500", $0) }
        + [.factorNumber("1,500", .ambiguousComma), .factorNotDecimal("-1"), .shiftNotYears("x", limit: 200), .setNeedsOneYear,
           .yearNotInTable(2031, span: "2024-2030"), .notATableYear(span: "2024-2030")]
        + selectorReasons.flatMap { [.selector("tagg:pds", $0), .selectorTerm($0)] }
        + [.ratePairNeedsSemicolons("035"), .notYearRate("2024"), .noRates, .notKeyValue("x"), .yearGivenTwice(2025),
           .unknownLineKey("solutoin", suggestion: "solution", keys: ["id", "solution"]), .unknownLineKey("zz", suggestion: nil, keys: ["id"]),
           .lineNeedsFields, .unknownSolution("e-resep", suggestion: "e-resept"), .unknownSolution("zz", suggestion: nil),
           .unknownCondition("fm", suggestion: "fm-phaseout"), .unknownCondition("zz", suggestion: nil),
           .unknownVaryKind("scael", suggestion: "scale"), .unknownVaryKind("zz", suggestion: nil),
           .shareOutOfRange, .noValues, .notWholeRange("0..x", limit: 200), .notWhole("x"), .notDecimalRange("1..0"),
           .tooManyValues(1000), .notAFactor("-1"), .noParameters, .tooManyCombinations(1_000_000_000), .tooManyRuns(200_001),
           .noPayers(scenario: "s1")]
    static let operationReasons: [OperationReason] = [
        .duplicateLine("l1"), .noRate(year: 2027, line: "l1", cellYear: 2028, baseYear: 2023),
        .movesOutside(Operation(kind: .shift(9), selector: LineSelector(tags: ["pds"])), line: "l1", from: 2024, to: 2033, span: "2024-2030"),
        .conflicting(line: "l1", year: 2025), .sweepArithmetic(.overflow), .sweepAmountOutOfRange(ExactDecimal("1.5")!),
    ] + arithmeticErrors.map { .arithmetic($0) }
    static let arithmeticErrors: [ArithmeticError] = [.overflow, .scaleOutOfRange, .divisionByZero, .invalidPrecision("0.5")]
    static let payerFailures: [PayerAllocation.Failure] = [.missingKey(solution: "e-resept", year: 2025), .arithmetic(.overflow)]

    /// The samples' data and the notation both languages keep: texts as typed, ids, the file
    /// syntax of the examples (`solution:e-resept=1.2`, `delayed:N`, `include_internal`).
    static let whatIfData = [
        "tagg", "pds", "tagpds", "zz", "fulll", "later", "abc", "nan", "solutoin", "e-resep", "e-resept", "fm", "fm-phaseout",
        "scael", "l1", "solution", "initiative", "part", "condition", "delayed", "share", "full", "none", "all", "include_internal",
        "dokumentdeling", "pll-pll", "nytt", "helsenorge", "Nytt tiltak", "shift", "operations", "keys",
    ]

    static var whatIfWorded: [Worded] {
        func each<E: CustomStringConvertible>(_ samples: [E], _ name: (E) -> String, _ words: (Language, E) -> String) -> [Worded] {
            samples.map { Worded(name: "\(E.self).\(name($0))", nb: words(.nb, $0), en: words(.en, $0), description: $0.description, data: whatIfData) }
        }
        return each(whatIfReasons, whatIfCase, { $0.words($1) })
            + each(operationReasons, operationCase, { $0.words($1) })
            + each(payerFailures, payerCase, { $0.words($1) })
    }

    @Test func everyWhatIfReasonHasASample() {
        func names<E>(_ samples: [E], _ name: (E) -> String) -> Set<String> { Set(samples.map(name)) }
        // 34 cases, of which notation (6), conditionState (6), cell (6), number (4), the two
        // selector cases (5 each) and four with and without a suggestion count more than once.
        #expect(names(Self.whatIfReasons, Self.whatIfCase).count == 34 + 5 + 5 + 5 + 3 + 4 + 4 + 4)
        #expect(names(Self.selectorReasons, Self.selectorCase).count == 5)
        #expect(names(Self.conditionStateFailures, Self.conditionStateCase).count == 6)
        #expect(names(Self.operationReasons, Self.operationCase).count == 6 + 4)
        #expect(names(Self.payerFailures, Self.payerCase).count == 2)
    }

    /// Norwegian numbers and examples take the decimal comma (`0,035`, `1,2`), never a point.
    @Test(arguments: whatIfWorded)
    func norwegianWhatIfLinesHaveNoDecimalPoint(_ w: Worded) {
        let chars = Array(w.nb)
        let point = chars.indices.dropFirst().dropLast().contains { chars[$0] == "." && chars[$0 - 1].isNumber && chars[$0 + 1].isNumber }
        // The sample data keep the texts as typed ("1.2.3", "share:1.5").
        let typed = ["1.2.3", "share:1.5"].contains { w.nb.contains($0) }
        #expect(!point || typed, "\(w.name): \(w.nb)")
    }

    @Test func aMalformedWhatIfIsOneNorwegianLineAfterItsFlag() {
        let e = ScenarioError.badWhatIf(.operation(.scale), subject: "'tag:pds=abc'", .factorNotDecimal("abc"))
        #expect(Language.nb.words(e, naming: { "--\($0.rawValue)" }) == "--scale 'tag:pds=abc': faktoren 'abc' må være et desimaltall ≥ 0")
        #expect(Language.en.words(e, naming: { "--\($0.rawValue)" }) == e.description(naming: { "--\($0.rawValue)" }))
    }

    @Test func anOperationIsNamedAsTheOutputsNameIt() {
        let e = ScenarioError.operation(Self.at, Self.operationReasons[2])
        #expect(Language.nb.words(e, naming: \.rawValue) == "s.toml:3:7: flyttet +9 år [merke pds]: l1 2024 havner i 2033, utenfor tabellens år 2024–2030")
        #expect(Language.en.words(e, naming: \.rawValue) == "s.toml:3:7: shift +9y [tag:pds] moves l1 2024 to 2033, outside the table's years 2024-2030")
    }
}
