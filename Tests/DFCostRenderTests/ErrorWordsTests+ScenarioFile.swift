import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import Testing

/// The themed reasons of scenario files (frame, lines and cells, conditions, operation entries,
/// uncertainty, payers and baseline), every case with a sample, walked by ``ErrorWordsTests``
/// like the error types; and no Norwegian line of them holds a decimal point.
extension ErrorWordsTests {
    static let second = SourceReference(file: "s.toml", line: 1, column: 1)

    /// The case name of each sample, from switches without `default`: a new case is a compile
    /// error here until it has a sample.
    static func themedCase(_ r: ScenarioFileReason.Setup) -> String {
        switch r {
        case .missingVersion: "missingVersion"
        case .unsupportedVersion: "unsupportedVersion"
        case .tableInDerivedFile: "tableInDerivedFile"
        case .baseNeedsTable: "baseNeedsTable"
        case .unsupportedUnit: "unsupportedUnit"
        case .noYears: "noYears"
        case .tooManyYears: "tooManyYears"
        case .yearOutsideLimits: "yearOutsideLimits"
        case .yearsNotIncreasing: "yearsNotIncreasing"
        case .publishedKeyNotAYear: "publishedKeyNotAYear"
        case .publishedSumNotSummed: "publishedSumNotSummed"
        case .duplicateSolution: "duplicateSolution"
        case .extendsNotAPath: "extendsNotAPath"
        case .importedTableExtends: "importedTableExtends"
        case .extendsUnreadable: "extendsUnreadable"
        }
    }
    static func themedCase(_ r: ScenarioFileReason.Line) -> String {
        switch r {
        case .emptyID: "emptyID"
        case .duplicateID: "duplicateID"
        case .tooManyLines: "tooManyLines"
        case .emptyContinues: "emptyContinues"
        case .continuesItself: "continuesItself"
        case .continuesPresentLine: "continuesPresentLine"
        case .conditionListedTwice: "conditionListedTwice"
        case .cellNotAValue: "cellNotAValue"
        case .cellNotation(let f):
            switch f {
            case .repeatedMark: "cellNotation(repeatedMark)"
            case .notFinite: "cellNotation(notFinite)"
            case .notAnAmount: "cellNotation(notAnAmount)"
            case .unknownMark(_, _, let known): "cellNotation(unknownMark\(known.isEmpty ? ", none" : ""))"
            case .notACell: "cellNotation(notACell)"
            }
        case .yearsNotYearOrRange(let inSelector, _): "yearsNotYearOrRange(\(inSelector))"
        }
    }
    static func themedCase(_ r: ScenarioFileReason.Condition) -> String {
        switch r {
        case .notATable: "notATable"
        case .badState(let f):
            switch f {
            case .delayNotWhole: "badState(delayNotWhole)"
            case .delayTooLong: "badState(delayTooLong)"
            case .shareOutside: "badState(shareOutside)"
            case .empty: "badState(empty)"
            case .notAState: "badState(notAState)"
            }
        case .probabilityOutside: "probabilityOutside"
        case .probabilitiesOverflow(let e):
            switch e {
            case .overflow: "probabilitiesOverflow(overflow)"
            case .scaleOutOfRange: "probabilitiesOverflow(scaleOutOfRange)"
            case .divisionByZero: "probabilitiesOverflow(divisionByZero)"
            case .invalidPrecision: "probabilitiesOverflow(invalidPrecision)"
            }
        case .probabilitiesNotOne: "probabilitiesNotOne"
        case .emptyMark: "emptyMark"
        case .markReadsAsAmount: "markReadsAsAmount"
        case .markTaken: "markTaken"
        case .markAmbiguous: "markAmbiguous"
        }
    }
    static func themedCase(_ r: ScenarioFileReason.OperationEntry) -> String {
        switch r {
        case .noOperation: "noOperation"
        case .twoOperations: "twoOperations"
        case .selectNotTaken(let name): "selectNotTaken(\(name))"
        case .notAnOperation: "notAnOperation"
        case .negativeScale: "negativeScale"
        case .shiftTooFar: "shiftTooFar"
        case .setShape: "setShape"
        case .setTwice: "setTwice"
        case .addShape: "addShape"
        case .removeNotTrue: "removeNotTrue"
        case .horizonShape: "horizonShape"
        case .indexShape: "indexShape"
        case .rateNotAboveMinusOne: "rateNotAboveMinusOne"
        }
    }
    static func themedCase(_ r: ScenarioFileReason.Uncertainty) -> String {
        switch r {
        case .badScope: "badScope"
        case .badDriverName: "badDriverName"
        case .duplicateDriver: "duplicateDriver"
        case .driverNeedsSelect: "driverNeedsSelect"
        case .unknownDistribution: "unknownDistribution"
        case .missingParameter: "missingParameter"
        case .distribution(let e, _): "distribution(\(distributionCase(e)))"
        case .samePairFactor: "samePairFactor"
        case .coefficientOutside: "coefficientOutside"
        }
    }
    static func themedCase(_ r: ScenarioFileReason.Payers) -> String {
        switch r {
        case .nameNotString: "nameNotString"
        case .noNames: "noNames"
        case .unknownPayer: "unknownPayer"
        case .badShare: "badShare"
        case .sharesNotOne: "sharesNotOne"
        case .baselineNeedsSource: "baselineNeedsSource"
        case .baselineUnknownSolution: "baselineUnknownSolution"
        case .baselineNotATable: "baselineNotATable"
        case .baselineYearNotSummed: "baselineYearNotSummed"
        case .baselineNegative: "baselineNegative"
        case .baselineMissingYears: "baselineMissingYears"
        }
    }

    static let setupReasons: [ScenarioFileReason.Setup] = [
        .missingVersion(supported: 1), .unsupportedVersion(2, supported: 1), .tableInDerivedFile, .baseNeedsTable,
        .unsupportedUnit("NOK"), .noYears(key: "years"), .tooManyYears(key: "years", count: 300, maximum: 200),
        .yearOutsideLimits(1800, key: "summed_years", limits: 1900...2200), .yearsNotIncreasing(key: "years"),
        .publishedKeyNotAYear("sum2024"), .publishedSumNotSummed(2031, span: "2024-2030"), .duplicateSolution("hn"),
        .extendsNotAPath, .importedTableExtends, .extendsUnreadable(.fileNotFound("b.toml")),
    ]
    static let lineReasons: [ScenarioFileReason.Line] = [
        .emptyID, .duplicateID("l1", first: second), .tooManyLines(maximum: 100_000), .emptyContinues, .continuesItself("l1"),
        .continuesPresentLine("l2", continues: "l1", still: second), .conditionListedTwice("c1"),
        .cellNotAValue(year: 2025, found: .boolean),
        .cellNotation(.repeatedMark(text: "5**", mark: "*")), .cellNotation(.notFinite(text: "inf*")), .cellNotation(.notAnAmount(text: "abc")),
        .cellNotation(.unknownMark(text: "5#", mark: "#", declared: ["*", "†"])), .cellNotation(.unknownMark(text: "5#", mark: "#", declared: [])),
        .cellNotation(.notACell(text: "12345678901234567890", .outOfRange("12345678901234567890"))),
        .yearsNotYearOrRange(inSelector: true, example: "2025-2026"), .yearsNotYearOrRange(inSelector: false, example: "2024-2026"),
    ]
    static let conditionReasons: [ScenarioFileReason.Condition] = [
        .notATable("c1"), .badState(.delayNotWhole("delayed:x")), .badState(.delayTooLong("delayed:999", maximum: 200)),
        .badState(.shareOutside("share:2")), .badState(.empty), .badState(.notAState("ful", suggestion: "full")),
        .probabilityOutside(ExactDecimal("1.5")!, state: "none"),
        .probabilitiesOverflow(.overflow), .probabilitiesOverflow(.scaleOutOfRange), .probabilitiesOverflow(.divisionByZero),
        .probabilitiesOverflow(.invalidPrecision("0.5")),
        .probabilitiesNotOne(in: .named("[conditions.c1].uncertain"), sum: ExactDecimal("0.9")!), .emptyMark(condition: "c1"),
        .markReadsAsAmount("1*", condition: "c1", character: "1"), .markTaken("*", by: "c2"), .markAmbiguous("**", otherMark: "*", of: "c2"),
    ]
    static let operationEntryReasons: [ScenarioFileReason.OperationEntry] = [
        .noOperation(.named("operations[2]"), keys: ["scale", "shift", "set"]), .twoOperations("scale", "shift"),
        .selectNotTaken(.add), .selectNotTaken(.horizon), .notAnOperation("scael", keys: ["scale", "shift"]),
        .negativeScale(ExactDecimal("-1.5")!), .shiftTooFar(300), .setShape,
        .setTwice(year: 2025, selector: LineSelector(solutions: ["hn"]), first: second), .addShape, .removeNotTrue, .horizonShape, .indexShape,
        .rateNotAboveMinusOne(ExactDecimal("-1.5")!, year: 2025),
    ]
    static let uncertaintyReasons: [ScenarioFileReason.Uncertainty] = [
        .badScope("global"), .badDriverName, .duplicateDriver("d1", first: second), .driverNeedsSelect("d1"),
        .unknownDistribution("trianglar", suggestion: "triangular", kinds: ["triangular", "pert"]),
        .missingParameter("high", distribution: "triangular"), .samePairFactor, .coefficientOutside(ExactDecimal("1.5")!),
    ] + distributionErrors.map { .distribution($0, kind: "triangular") }
    static let payerReasons: [ScenarioFileReason.Payers] = [
        .nameNotString(payer: "hn"), .noNames, .unknownPayer("kommne", suggestion: "kommune"), .badShare(payer: "hn"),
        .sharesNotOne(solution: "hn", years: 2024...2026,
                      listed: [.init(payer: "stat", share: Share(ExactDecimal("0.5")!)!), .init(payer: "kommune", share: Share(text: "1/3")!)]),
        .baselineNeedsSource, .baselineUnknownSolution("hm", suggestion: "hn"), .baselineNotATable("hn", exampleYear: 2024, found: .number),
        .baselineYearNotSummed("2031", solution: "hn", span: "2024-2030"),
        .baselineNegative(solution: "hn", year: 2025, level: ExactDecimal("-1.5")!), .baselineMissingYears(solution: "hn", missing: [2025, 2026], span: "2024-2030"),
    ]
    static let themedFileReasons: [ScenarioFileReason] = setupReasons.map { .setup($0) } + lineReasons.map { .line($0) }
        + conditionReasons.map { .condition($0) } + operationEntryReasons.map { .operationEntry($0) }
        + uncertaintyReasons.map { .uncertainty($0) } + payerReasons.map { .payers($0) }
    /// The samples' data and the file's keys and syntax, which both languages keep as written.
    static let themedFileData = [
        "NOK", "years", "summed_years", "sum2024", "hn", "b.toml", "l1", "l2", "c1", "c2", "abc", "delayed:x", "delayed:999", "share:2",
        "full", "none", "delayed", "share", "ful", "uncertain", "conditions", "operations", "shift", "set", "add", "remove", "horizon", "index",
        "scael", "global", "line", "shared", "d1", "trianglar", "pert", "stat", "kommune", "kommne", "hm", "version", "table", "extends",
        "published_sums", "precision", "continues", "description", "mark", "state", "select", "solution", "initiative", "cells", "helsenorge",
        "base_year", "rates", "payers", "names", "baseline", "source", "mnok", "dfcost", "inf",
    ]

    @Test func everyThemedReasonHasASample() {
        func covered<E>(_ samples: [E], _ name: (E) -> String, _ all: Int) -> Bool { Set(samples.map(name)).count == all }
        #expect(covered(Self.setupReasons, Self.themedCase, 15))
        // 9 plain cases, the cell notation (5 failures, an unknown mark with and without declared marks), years in and outside a selector.
        #expect(covered(Self.lineReasons, Self.themedCase, 8 + 6 + 2))
        #expect(covered(Self.conditionReasons, Self.themedCase, 7 + 5 + 4))
        #expect(covered(Self.operationEntryReasons, Self.themedCase, 14))
        #expect(covered(Self.uncertaintyReasons, Self.themedCase, 8 + 6))
        #expect(covered(Self.payerReasons, Self.themedCase, 11))
    }

    /// A number in a Norwegian line has a decimal comma; TOML examples (`{ ... }`) keep what the
    /// file says.
    @Test(arguments: themedFileReasons)
    func norwegianNumbersHaveADecimalComma(_ r: ScenarioFileReason) {
        let text = Language.nb.words(r)
        var outside = ""
        var depth = 0
        for c in text {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 } else if depth == 0 { outside.append(c) }
        }
        let chars = Array(outside)
        let point = chars.indices.dropFirst().dropLast().contains { chars[$0] == "." && chars[$0 - 1].isNumber && chars[$0 + 1].isNumber }
        #expect(!point, "\(text)")
    }

    @Test func aNorwegianReasonNamesTheValuesInNorwegianStyle() {
        #expect(Language.nb.words(ScenarioFileReason.operationEntry(.negativeScale(ExactDecimal("-1.5")!)))
            == "skaleringsfaktoren −1,5 er negativ; faktorer må være ≥ 0")
        #expect(Language.nb.words(ScenarioFileReason.line(.duplicateID("l1", first: Self.second)))
            == "linje-id-en 'l1' er brukt før (først i s.toml:1:1)")
        #expect(Language.nb.words(ScenarioFileReason.payers(Self.payerReasons[4]))
            == "betalernøkkelen for 'hn' 2024–2026 summerer til stat 0,5 + kommune 1/3, ikke nøyaktig 1")
        #expect(Language.nb.words(ScenarioFileReason.operationEntry(Self.operationEntryReasons[8]))
            == "motstridende operasjoner: 2025 i [løsning hn] settes to ganger i denne filen (først i s.toml:1:1)")
    }
}
