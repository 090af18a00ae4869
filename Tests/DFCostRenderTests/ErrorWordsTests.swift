import Foundation
import DFCostApp
import DFCostImport
import DFCostModel
import DFCostNotation
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Testing

/// Every case of every error type worded by `Words/ErrorWords+*.swift`, walked with sample data:
/// both languages give a non-empty line, the two differ, English is the error's own
/// `description` where it has one, and the Norwegian line holds no word of the English line
/// but the sample data's and the file and flag syntax both share.
@Suite struct ErrorWordsTests {
    /// One worded case: its type and case name, and its line in each language.
    struct Worded: Sendable, CustomTestStringConvertible {
        var name: String
        var nb: String
        var en: String
        /// The English line the error gives itself, when it has one.
        var description: String?
        /// The sample data's words (ids, paths, reasons), which both languages keep.
        var data: [String] = []
        var testDescription: String { name }
    }

    static let at = SourceReference(file: "s.toml", line: 3, column: 7)

    /// The case name of each sample, from switches without `default`: a new case is a compile
    /// error here until it has a sample.
    static func simulationCase(_ e: SimulationError) -> String {
        switch e {
        case .noOutputs: "noOutputs"
        case .duplicateID: "duplicateID"
        case .distribution: "distribution"
        case .correlationNamesMismatch: "correlationNamesMismatch"
        case .correlation: "correlation"
        case .badProbabilities: "badProbabilities"
        case .badTerm: "badTerm"
        case .badTrialCount: "badTrialCount"
        case .badProbability: "badProbability"
        case .unknownColumn: "unknownColumn"
        case .outputsMismatch: "outputsMismatch"
        case .sinkFailed: "sinkFailed"
        case .sensitivity: "sensitivity"
        case .cancelled: "cancelled"
        }
    }
    static let simulationErrors: [SimulationError] = [
        .noOutputs, .duplicateID(kind: "factor", id: "f1"), .distribution(factor: "f1", .notFinite(parameter: "low")),
        .correlationNamesMismatch, .correlation(.selfCorrelation(name: "f1")), .badProbabilities(event: "e1", [0.5, 0.6]),
        .badTerm(index: 2, reason: "r"), .badTrialCount(0), .badProbability(1.5), .unknownColumn("c2030"),
        .outputsMismatch(base: ["c1"], other: ["c2"]),
        .sensitivity(.rankDeficient), .cancelled,
    ]
    static func correlationCase(_ e: CorrelationError) -> String {
        switch e {
        case .indexOutOfRange: "indexOutOfRange"
        case .selfCorrelation: "selfCorrelation"
        case .coefficientOutOfRange: "coefficientOutOfRange"
        case .conflictingCoefficient: "conflictingCoefficient"
        case .notSymmetric: "notSymmetric"
        case .diagonalNotOne: "diagonalNotOne"
        case .shapeMismatch: "shapeMismatch"
        case .notPositiveDefinite: "notPositiveDefinite"
        case .linearAlgebra: "linearAlgebra"
        case .noConvergence: "noConvergence"
        }
    }
    static let correlationErrors: [CorrelationError] = [
        .indexOutOfRange(index: 4, count: 3), .selfCorrelation(name: "f1"), .coefficientOutOfRange(first: "f1", second: "f2", value: 1.5),
        .conflictingCoefficient(first: "f1", second: "f2", old: 0.25, new: 0.5), .notSymmetric(first: "f1", second: "f2", upper: 0.25, lower: 0.5),
        .diagonalNotOne(name: "f1", value: 0.5), .shapeMismatch(rows: 2, columns: 3, names: 2),
        .notPositiveDefinite(coefficients: []),
        .linearAlgebra(.notPositiveDefinite(leadingMinor: 2)), .noConvergence(iterations: 100),
    ]
    static func distributionCase(_ e: DistributionError) -> String {
        switch e {
        case .notFinite: "notFinite"
        case .badOrder(_, .some, _): "badOrder(mode)"
        case .badOrder(_, nil, _): "badOrder"
        case .badPercentiles: "badPercentiles"
        case .negative: "negative"
        case .badTriple: "badTriple"
        }
    }
    static let distributionErrors: [DistributionError] = [
        .notFinite(parameter: "low"), .badOrder(low: 2, mode: 1, high: 3), .badOrder(low: 3, mode: nil, high: 2),
        .badPercentiles(p10: 2, p90: 1), .negative(low: -1), .badTriple(p10: 1.2, likely: 1, p90: 1.1),
    ]
    static func linearAlgebraCase(_ e: LinearAlgebraError) -> String {
        switch e {
        case .illegalArgument: "illegalArgument"
        case .notPositiveDefinite: "notPositiveDefinite"
        case .noConvergence: "noConvergence"
        case .rankDeficient: "rankDeficient"
        case .dimensionMismatch: "dimensionMismatch"
        }
    }
    static let linearAlgebraErrors: [LinearAlgebraError] = [
        .illegalArgument(function: "dpotrf", position: 4), .notPositiveDefinite(leadingMinor: 2), .noConvergence(function: "dsyevd", info: 3),
        .rankDeficient, .dimensionMismatch(operation: "gemm", leftRows: 2, leftColumns: 3, rightRows: 2, rightColumns: 3),
    ]
    static func modelCase(_ e: SimulationModelError) -> String {
        switch e {
        case .unknownFactor: "unknownFactor"
        case .twoUncertainConditions: "twoUncertainConditions"
        case .duplicateFactor: "duplicateFactor"
        case .driverNameTaken: "driverNameTaken"
        }
    }
    static let modelErrors: [SimulationModelError] = [
        .unknownFactor("f9", origin: at, suggestion: "f1"), .twoUncertainConditions(line: "l1", conditions: ["c1", "c2"]),
        .duplicateFactor("f1", origin: at, first: SourceReference(file: "s.toml", line: 1, column: 1)),
        .driverNameTaken("d1", origin: at),
    ]
    static func requestCase(_ e: SimulationRequestError) -> String {
        switch e {
        case .payersWithComparison: "payersWithComparison"
        case .noPayerKeys: "noPayerKeys"
        case .tooManyTrialsForPayers: "tooManyTrialsForPayers"
        case .unknownBudgetColumn: "unknownBudgetColumn"
        }
    }
    static let requestErrors: [SimulationRequestError] = [
        .payersWithComparison, .noPayerKeys(scenario: "s1"), .tooManyTrialsForPayers(maximum: 1000), .unknownBudgetColumn("c2030", years: [2024, 2025]),
    ]
    /// The scenario's cases that are worded here (the others carry the library's message after
    /// their place; the test checks only the place is kept).
    static func scenarioCase(_ e: ScenarioError) -> String {
        switch e {
        case .fileNotFound: "fileNotFound"
        case .notAFile: "notAFile"
        case .unreadable: "unreadable"
        case .fileTooLarge: "fileTooLarge"
        case .extendsCycle: "extendsCycle"
        case .extendsTooDeep: "extendsTooDeep"
        case .outsideFolder: "outsideFolder"
        case .noMatchWhenStrict: "noMatchWhenStrict"
        case .syntax: "syntax"
        case .file: "file"
        case .badWhatIf: "badWhatIf"
        case .operation(.some, _): "operation"
        case .operation(nil, _): "operation(command line)"
        case .payerKeys: "payerKeys"
        }
    }
    static let scenarioErrors: [ScenarioError] = [
        .fileNotFound("a.toml"), .notAFile("dir"), .unreadable("a.toml", reason: .permissionDenied), .unreadable("a", reason: .noScenarioFiles), .unreadable("a", reason: .folderNotListed), .unreadable("a.toml", reason: .danglingLink(target: "b.toml")), .unreadable("a.toml", reason: .inputOutput), .fileTooLarge("a.toml", bytes: 99_999_999),
        .extendsCycle(["a.toml", "b.toml", "a.toml"]), .extendsTooDeep(["a.toml", "b.toml"]), .outsideFolder(at, "../a.toml"),
        .noMatchWhenStrict(EngineWarning(origin: at, kind: .noMatch(operation: "scale ×2 [tag:x]", .noLineHas(field: "tag", value: "x", suggestion: "y")))),
        .syntax(at, .expectedEquals(key: "'id'")), .file(at, .missingKey("id", in: .file)),
        .badWhatIf(.operation(.scale), subject: "'tag:pds=abc'", .factorNotDecimal("abc")), .operation(at, .duplicateLine("l1")),
        .operation(nil, .sweepAmountOutOfRange(ExactDecimal(5))), .payerKeys(.missingKey(solution: "e-resept", year: 2025)),
    ]
    static func cliCase(_ e: CommandLineFailure) -> String {
        switch e {
        case .outputOverInput: "outputOverInput"
        case .outputIsDirectory: "outputIsDirectory"
        case .cannotCreate: "cannotCreate"
        case .cannotWrite: "cannotWrite"
        case .workbookNotOffered: "workbookNotOffered"
        case .workbookNeedsFile: "workbookNeedsFile"
        case .badPercentile: "badPercentile"
        case .noPercentiles: "noPercentiles"
        case .badBudget: "badBudget"
        case .trialsOutOfRange: "trialsOutOfRange"
        case .notACount: "notACount"
        case .badSeed: "badSeed"
        case .notANumber: "notANumber"
        case .countTooLarge: "countTooLarge"
        case .portOutOfRange: "portOutOfRange"
        case .notPositive: "notPositive"
        case .tokenTwice: "tokenTwice"
        case .threadsOutOfRange: "threadsOutOfRange"
        case .junitNeedsFile: "junitNeedsFile"
        case .againstNeedsComparisons: "againstNeedsComparisons"
        case .noVary: "noVary"
        case .noOthers: "noOthers"
        case .payersNotSideBySide: "payersNotSideBySide"
        case .checksNeedFailOnChange: "checksNeedFailOnChange"
        case .junitIsOutput: "junitIsOutput"
        case .noFilesToVerify: "noFilesToVerify"
        case .negativeSensitivitySample: "negativeSensitivitySample"
        case .payersWithComparison: "payersWithComparison"
        case .interrupted: "interrupted"
        case .unknownSubcommand: "unknownSubcommand"
        }
    }
    static func importCase(_ e: ImportError) -> String {
        switch e {
        case .workbook: "workbook"
        case .sheetOfText: "sheetOfText"
        case .previousRound: "previousRound"
        case .table: "table"
        case .unfinished: "unfinished"
        }
    }
    static let importErrors: [ImportError] = [
        .workbook(WorkbookError("t.xlsx", .sheetsWithYears(found: 2, unread: []), sheets: "Ark1, Ark2")), .sheetOfText("t.csv"), .previousRound(.fileNotFound("a.toml")),
        .table(TableImportError(SourceReference(file: "t.csv", line: 5, column: 1), .noLines)), .unfinished(place: "t.xlsx:Ark1!A5", reason: .noLines),
    ]

    static func unwritableCase(_ r: UnwritableReason) -> String {
        switch r {
        case .permissionDenied: "permissionDenied"
        case .noSuchFolder: "noSuchFolder"
        case .notAFolder: "notAFolder"
        case .isAFolder: "isAFolder"
        case .diskFull: "diskFull"
        case .readOnlyFileSystem: "readOnlyFileSystem"
        case .brokenPipe: "brokenPipe"
        case .inputOutput: "inputOutput"
        case .system: "system"
        }
    }
    /// The known reasons an output cannot be written, from the errno each stands for; the
    /// system's own words (`.system`) are not a worded case.
    static let unwritableReasons: [UnwritableReason] = [EACCES, ENOENT, ENOTDIR, EISDIR, ENOSPC, EROFS, EPIPE, EIO].map { UnwritableReason(errno: $0) }

    static var worded: [Worded] {
        func each<E>(_ samples: [E], _ name: (E) -> String, _ words: (Language, E) -> String, english: ((E) -> String)? = nil, data: [String] = []) -> [Worded] {
            samples.map { Worded(name: "\(E.self).\(name($0))", nb: words(.nb, $0), en: words(.en, $0), description: english?($0), data: data) }
        }
        let name: (WhatIfInput) -> String = \.rawValue
        return each(simulationErrors, simulationCase, { $0.words($1) }, english: { $0.description })
            + each(correlationErrors, correlationCase, { $0.words($1) }, english: { $0.description })
            + each(distributionErrors, distributionCase, { $0.words($1, kind: "triangular") }, english: { $0.described(as: "triangular") })
            + each(linearAlgebraErrors, linearAlgebraCase, { $0.words($1) }, english: { $0.description })
            + each(modelErrors, modelCase, { $0.words($1) }, english: { $0.description })
            + each(requestErrors, requestCase, { $0.words($1) }, english: { $0.description })
            + each(scenarioErrors, scenarioCase, { $0.words($1, naming: name) }, english: { $0.description }, data: ["pds", "abc", "l1", "e-resept", "keys"])
            + each(tomlReasons, tomlCase, { $0.words($1) }, english: { $0.description }, data: tomlData)
            + each(fileReasons, fileCase, { $0.words($1) }, english: { $0.description }, data: fileData)
            + each(themedFileReasons, fileCase, { $0.words($1) }, english: { $0.description }, data: themedFileData)
            + each(CommandLineFailure.samples, cliCase, { $0.words($1) }, data: ["totls"])
            + each(unwritableReasons, unwritableCase, { $0.words($1) }, english: { $0.description })
            + each(TypedNumber.Problem.allCases, { "\($0)" }, { $0.words($1) })
            + whatIfWorded
            + each(importErrors, importCase, { l, e in l.words(e, sheet: "--sheet", like: "--like") { l.words($0, naming: name) } })
            + importReasonsWorded
            + [Worded(name: "VerifyError", nb: Language.nb.words(VerifyError.noPublishedSums("a.toml")),
                      en: Language.en.words(VerifyError.noPublishedSums("a.toml")), description: VerifyError.noPublishedSums("a.toml").description),
               Worded(name: "TotalsRequestError", nb: Language.nb.words(TotalsRequestError.noPayerKeys(scenario: "s1")),
                      en: Language.en.words(TotalsRequestError.noPayerKeys(scenario: "s1")), description: TotalsRequestError.noPayerKeys(scenario: "s1").description)]
    }

    /// A failed sink is worded by its own error (a full disk while writing --samples-out): the
    /// simulation adds nothing to it.
    @Test func aFailedSinkIsItsOwnErrorsLine() {
        let e = SimulationError.sinkFailed(SinkFailure(CommandLineFailure.noVary))
        #expect(Language.nb.words(e) == "\(CommandLineFailure.noVary)")
        #expect(Self.simulationCase(e) == "sinkFailed")
    }

    @Test func everyCaseHasASample() {
        func covered<E>(_ samples: [E], _ name: (E) -> String, _ all: Int) -> Bool { Set(samples.map(name)).count == all }
        #expect(covered(Self.simulationErrors, Self.simulationCase, 13))  // and sinkFailed, below
        #expect(covered(Self.unwritableReasons, Self.unwritableCase, 8))  // and system, the system's words
        #expect(covered(Self.correlationErrors, Self.correlationCase, 10))
        #expect(covered(Self.distributionErrors, Self.distributionCase, 6))
        #expect(covered(Self.linearAlgebraErrors, Self.linearAlgebraCase, 5))
        #expect(covered(Self.modelErrors, Self.modelCase, 4))
        #expect(covered(Self.requestErrors, Self.requestCase, 4))
        #expect(covered(Self.scenarioErrors, Self.scenarioCase, 14))
        #expect(covered(CommandLineFailure.samples, Self.cliCase, 30))
        #expect(covered(Self.importErrors, Self.importCase, 5))
    }

    /// Norwegian lines write comparisons with the mathematical signs (≥, ≤), not the ASCII
    /// programming forms.
    @Test(arguments: worded)
    func norwegianComparesWithMathematicalSigns(_ w: Worded) {
        #expect(!w.nb.contains(">=") && !w.nb.contains("<="), "\(w.name): \(w.nb)")
    }

    @Test(arguments: worded)
    func bothLanguagesSaySomethingDifferent(_ w: Worded) {
        #expect(!w.nb.isEmpty && !w.en.isEmpty)
        #expect(w.nb != w.en, "\(w.name): \(w.nb)")
    }

    @Test(arguments: worded.filter { $0.description != nil })
    func englishIsTheErrorsOwnLine(_ w: Worded) {
        #expect(w.en == w.description, "\(w.name)")
    }

    /// Words both languages use as syntax: file keys, distribution parameters, section names,
    /// formats and command names, the library routines' names.
    static let syntax: Set<String> = [
        "extends", "published", "sums", "payers", "scope", "line", "low", "mode", "high", "info", "argument", "total",
        "format", "xlsx", "text", "markdown", "csv", "json", "totals", "compare", "report", "toml", "gemm", "dpotrf",
        "dsyevd", "triangular", "junit", "percentiles", "budget", "trials", "threads", "against", "vary", "side", "by",
        "payer", "annotations", "fail", "on", "change", "output", "sensitivity", "sample", "sheet", "like", "scenario",
        "standard", "minor", "explain", "scenarios", "id", "scale", "tag", "strict", "likely",
        "true", "false", "utf", "seed", "port", "token", "file", "max", "time", "limit", "simulations",
        // Norwegian words spelled as English ones.
        "for", "per", "over", "sum", "negative", "diagonal",
    ]

    /// The words of the samples' data, which both languages keep as given.
    static let sampleWords: Set<String> = ["dir", "permission", "denied", "broken", "pipe", "ark", "rank", "factor", "ut"]

    @Test(arguments: worded)
    func norwegianHoldsNoWordOfTheEnglishLine(_ w: Worded) {
        let nb = EnglishWords.words(w.nb)
        let en = EnglishWords.words(w.en)
        let data = w.data.reduce(into: Set<String>()) { $0.formUnion(EnglishWords.words($1)) }
        let shared = nb.intersection(en).subtracting(Self.syntax).subtracting(data).subtracting(Self.sampleWords)
        #expect(shared.isEmpty, "\(w.name): \(w.nb) / \(w.en): \(shared)")
    }

    @Test func suggestionsAreWordedInTheLanguage() {
        let e = SimulationModelError.unknownFactor("f9", origin: Self.at, suggestion: "f1")
        #expect(Language.nb.words(e) == "s.toml:3:7: korrelasjonsparet nevner en ukjent faktor 'f9'; mente du 'f1'?")
        #expect(Language.en.words(e) == "s.toml:3:7: correlation pair names unknown factor 'f9'; did you mean 'f1'?")
    }

    @Test func anOperationThatCannotBeAppliedKeepsItsPlaceFirst() {
        let e = ScenarioError.operation(Self.at, .conflicting(line: "l1", year: 2025))
        #expect(Language.nb.words(e, naming: \.rawValue).hasPrefix("s.toml:3:7: operasjonene strider mot hverandre"))
        #expect(Language.en.words(e, naming: \.rawValue) == "s.toml:3:7: " + OperationReason.conflicting(line: "l1", year: 2025).description)
    }

    /// A usage error of the parser is one line in the chosen language (the prefix is added where
    /// every error line is printed): the message, then where to read the command's help; the
    /// library's `Help:` and usage lines are left out.
    @Test func theParsersUsageErrorsAreOneLineInTheChosenLanguage() throws {
        let english = "Error: Unknown option '--scael'. Did you mean '--scale'?\nUsage: dfcost totals <file>\n  See 'dfcost totals --help' for more information."
        let unknown = try #require(ParserUsageError(fullText: english, message: "Unknown option '--scael'. Did you mean '--scale'?"))
        #expect(Language.nb.words(unknown) == "Ukjent valg '--scael'. Mente du '--scale'? (se 'dfcost totals --help')")
        #expect(Language.en.words(unknown) == "Unknown option '--scael'. Did you mean '--scale'? (see 'dfcost totals --help')")
        let invalid = "The value 'x' is invalid for '--trials <trials>'"
        let withHelp = "Error: \(invalid)\nHelp:  --trials <trials>  Number of trials.\nUsage: dfcost simulate <file>\n  See 'dfcost simulate --help' for more information."
        let parsed = try #require(ParserUsageError(fullText: withHelp, message: invalid))
        #expect(parsed.help == "--trials <trials>  Number of trials.")
        #expect(Language.en.words(parsed) == invalid + " (see 'dfcost simulate --help')")
        #expect(Language.nb.words(parsed) == "Verdien 'x' er ugyldig for '--trials <trials>' (se 'dfcost simulate --help')")
        // dfcost's own refusal (from validate()) is kept as worded, without the pointer.
        let refusal = try #require(ParserUsageError(fullText: "Error: --threads må være 1–1024\nUsage: dfcost simulate <file>\n  See 'dfcost simulate --help' for more information.",
                                                    message: "--threads må være 1–1024"))
        #expect(Language.nb.words(refusal) == "--threads må være 1–1024")
    }

    /// An unknown option the library has no suggestion for gets the nearest of the command's
    /// options, as a misspelled subcommand does.
    @Test func anUnknownOptionGetsTheNearestOfTheCommandsOptions() {
        var error = ParserUsageError(message: "Unknown option '--verison'", help: nil, usage: "  See 'dfcost --help' for more information.")
        #expect(Language.nb.words(error) == "Ukjent valg '--verison' (se 'dfcost --help')")
        error.knownOptions = ["--version", "--help"]
        #expect(Language.nb.words(error) == "Ukjent valg '--verison'. Mente du '--version'? (se 'dfcost --help')")
        #expect(Language.en.words(error) == "Unknown option '--verison'. Did you mean '--version'? (see 'dfcost --help')")
        error.knownOptions = ["--trials", "--seed"]
        #expect(Language.nb.words(error) == "Ukjent valg '--verison' (se 'dfcost --help')")
    }

    /// An unknown mark in a file that declares none says so in a sentence, not as a list of "ingen".
    @Test func anUnknownMarkInAFileWithoutMarksSaysTheFileHasNone() {
        #expect(Language.nb.words(CellNotation.Failure.unknownMark(text: "12#", mark: "#", declared: []))
            == "'12#': ukjent tegn '#' (filen kjenner ingen tegn for betingelser)")
        #expect(Language.nb.words(CellNotation.Failure.unknownMark(text: "12#", mark: "#", declared: ["*", "†"]))
            == "'12#': ukjent tegn '#' (kjente tegn: * †)")
    }

    /// The library's lists of accepted values ("'a', 'b' or 'c'", "'a' and 'b'") are joined with
    /// "eller"; a typed value with a quote in it is kept whole.
    @Test(arguments: [
        ("The value 'pdf' is invalid for '--by <by>'. Please provide one of 'total', 'solution' or 'payer'.",
         "Verdien 'pdf' er ugyldig for '--by <by>'. Gi en av 'total', 'solution' eller 'payer'."),
        ("The value 'xx' is invalid for '--locale <locale>'. Please provide one of 'nb' and 'en'.",
         "Verdien 'xx' er ugyldig for '--locale <locale>'. Gi en av 'nb' eller 'en'."),
        ("The value 'p' is invalid for '--format <format>'. Please provide one of the following:\n  - html\n  - markdown\n  - text",
         "Verdien 'p' er ugyldig for '--format <format>'. Gi en av 'html', 'markdown' eller 'text'."),
        ("The value 'a'b' is invalid for '--seed <seed>'", "Verdien 'a'b' er ugyldig for '--seed <seed>'"),
        ("2 unexpected arguments: 'a', 'b'", "2 uventede argumenter: 'a', 'b'"),
        ("--trials 0 er utenfor 1–8 589 934 592", "--trials 0 er utenfor 1–8 589 934 592"),
    ])
    func theParsersMessageShapesAreWordedInNorwegian(english: String, norwegian: String) {
        #expect(Language.nb.words(ParserUsageError(message: english, help: nil, usage: "")) == norwegian)
    }
}
