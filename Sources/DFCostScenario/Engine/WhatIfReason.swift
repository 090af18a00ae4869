import DFCostModel

/// Why a what-if or other request input is malformed (``ScenarioError/badWhatIf(_:subject:_:)``),
/// as data so that a front end words it in the user's language: the offending text, the names
/// and numbers, the suggestion for a misspelling. The English line is ``description``; it names
/// no command-line flag.
public enum WhatIfReason: Sendable, Hashable, CustomStringConvertible {
    /// The text is not in the input's notation: write it as the example shows.
    case notation(WhatIfNotation)
    /// A horizon is only written in a scenario file.
    case horizonOnlyInFiles
    /// Not a condition state (``ConditionState/parse(_:)``).
    case conditionState(ConditionState.ParseFailure)
    /// Not a cell in the table's notation (``CellNotation/parse(_:marks:)``).
    case cell(CellNotation.Failure)
    /// A typed number that cannot be read without a guess (`1,500`), with the text.
    case number(String, TypedNumberProblem)
    /// A scale factor that cannot be read without a guess.
    case factorNumber(String, TypedNumberProblem)
    /// A scale factor that is no decimal number >= 0.
    case factorNotDecimal(String)
    /// A shift that is no whole number of years within `limit` either way.
    case shiftNotYears(String, limit: Int)
    /// `--set` with no single year after `@`.
    case setNeedsOneYear
    /// A year given that is not one of the table's years (shown as their span, `2024-2030`).
    case yearNotInTable(Int, span: String)
    /// The year asked for (the subject) is not one of the table's years.
    case notATableYear(span: String)
    /// A line selector that cannot be read, with the selector's text.
    case selector(String, SelectorReason)
    /// A line selector that cannot be read, the selector itself being the input.
    case selectorTerm(SelectorReason)
    /// An index rate pair written with a decimal comma between pairs separated by commas.
    case ratePairNeedsSemicolons(String)
    /// An index rate pair that is no `YEAR=RATE` with a rate above -1.
    case notYearRate(String)
    /// An index with no rates.
    case noRates
    /// An added line's field that is no `KEY=VALUE`.
    case notKeyValue(String)
    /// An added line's year given twice.
    case yearGivenTwice(Int)
    /// An added line's key that is neither one of `keys` nor a year, with the closest key.
    case unknownLineKey(String, suggestion: String?, keys: [String])
    /// An added line without id, solution or initiative.
    case lineNeedsFields
    /// A solution the table does not have, with the closest one.
    case unknownSolution(String, suggestion: String?)
    /// A condition the scenario does not declare, with the closest one.
    case unknownCondition(String, suggestion: String?)
    /// A sweep parameter of a kind there is none of, with the closest kind.
    case unknownVaryKind(String, suggestion: String?)
    /// A share outside 0...1.
    case shareOutOfRange
    /// No values to vary over.
    case noValues
    /// A range that is no range of whole numbers within `limit` either way.
    case notWholeRange(String, limit: Int)
    /// A value that is no whole number.
    case notWhole(String)
    /// A range of decimals that is no `FROM..TO[:STEP]` with 0 <= FROM <= TO and STEP > 0.
    case notDecimalRange(String)
    /// More values in one parameter than a sweep takes.
    case tooManyValues(Int)
    /// A value that is no factor >= 0.
    case notAFactor(String)
    /// A sweep with no parameter.
    case noParameters
    /// More combinations than a sweep enumerates.
    case tooManyCombinations(Int)
    /// The parameters touch the same lines in more engine runs than a sweep spends.
    case tooManyRuns(Int)
    /// A payer breakdown of a scenario that declares no payer keys.
    case noPayers(scenario: String)

    /// The example of an added line's notation.
    public static let lineExample = "id=nytt;solution=helsenorge;initiative=Nytt tiltak;2025=-5*;2026=3"
    /// The file that declares the published payer keys, as the error suggests extending it.
    public static let payersExample = "Scenarios/payers-2024.toml"

    public var description: String {
        switch self {
        case .notation(let n): "write \(n.pattern), e.g. \(n.examples.joined(separator: " or "))"
        case .horizonOnlyInFiles: "a horizon is written in a scenario file's [[operations]]"
        case .conditionState(let f): f.description
        case .cell(let f): f.message
        case .number(let text, let p): "'\(text)': \(p)"
        case .factorNumber(let value, let p): "factor '\(value)': \(p)"
        case .factorNotDecimal(let value): "factor '\(value)' must be a decimal number >= 0"
        case .shiftNotYears(let value, let limit): "'\(value)' is not a whole number of years from -\(limit) to \(limit)"
        case .setNeedsOneYear: "name one year with @YEAR, e.g. line:pll-pll@2025=-12*"
        case .yearNotInTable(let year, let span): "\(year) is not one of the table's years \(span)"
        case .notATableYear(let span): "not one of the table's years \(span)"
        case .selector(let text, let r): "selector '\(text)': \(r)"
        case .selectorTerm(let r): r.description
        case .ratePairNeedsSemicolons(let pair):
            "'\(pair)' is not YEAR=RATE; a rate with a decimal comma needs the pairs separated by ';', e.g. 2024=0,035;2025=0,03"
        case .notYearRate(let pair): "'\(pair)' is not YEAR=RATE with a rate above -1, e.g. 2024=0.035"
        case .noRates: "no rates"
        case .notKeyValue(let item): "'\(item)' is not KEY=VALUE; e.g. \(Self.lineExample)"
        case .yearGivenTwice(let year): "\(year) is given twice"
        case .unknownLineKey(let key, let suggestion, let keys):
            "unknown key '\(key)'\(Suggestion.didYouMean(suggestion)) (keys: \(keys.joined(separator: ", ")), or a year)"
        case .lineNeedsFields: "id, solution and initiative are required; e.g. \(Self.lineExample)"
        case .unknownSolution(let s, let suggestion): "unknown solution '\(s)'\(Suggestion.didYouMean(suggestion))"
        case .unknownCondition(let c, let suggestion): "unknown condition '\(c)'\(Suggestion.didYouMean(suggestion))"
        case .unknownVaryKind(let k, let suggestion): "unknown kind '\(k)'\(Suggestion.didYouMean(suggestion)) (condition, scale or shift)"
        case .shareOutOfRange: "a share is between 0 and 1"
        case .noValues: "no values"
        case .notWholeRange(let values, let limit): "'\(values)' is not a range of whole numbers from -\(limit) to \(limit) such as 0..3"
        case .notWhole(let part): "'\(part)' is not a whole number"
        case .notDecimalRange(let values): "'\(values)' is not FROM..TO[:STEP] with 0 <= FROM <= TO and STEP > 0, e.g. 0.8..1.5:0.1"
        case .tooManyValues(let n): "more than \(n) values"
        case .notAFactor(let part): "'\(part)' is not a factor >= 0"
        case .noParameters: "a sweep needs at least one"
        case .tooManyCombinations(let n): "more than \(n) combinations"
        case .tooManyRuns(let runs):
            "the varied parameters touch the same lines in too many combinations (\(runs)+ engine runs); vary fewer parameters together"
        case .noPayers(let scenario): "scenario '\(scenario)' declares no [payers]; extend a file with payer keys, e.g. \(Self.payersExample)"
        }
    }
}

/// The notation of a request input, as a malformed one is told to write it.
public enum WhatIfNotation: Sendable, Hashable, CaseIterable {
    case condition, scale, shift, set, index, vary

    /// The input's pattern in English placeholders: `SELECTOR=VALUE`.
    public var pattern: String {
        switch self {
        case .condition: "NAME=STATE"
        case .scale, .shift, .set: "SELECTOR=VALUE"
        case .index: "SELECTOR=BASE:YEAR=RATE,..."
        case .vary: "KIND:TARGET=VALUES"
        }
    }

    /// Examples in the files' notation (decimal points).
    public var examples: [String] {
        switch self {
        case .condition: ["fm-phaseout=delayed:1"]
        case .scale: ["solution:e-resept=1.2"]
        case .shift: ["tag:dokumentdeling=1"]
        case .set: ["line:pll-pll@2025=-12*"]
        case .index: ["all=2023:2024=0.035,2025=0.03"]
        case .vary: ["condition:fm-phaseout=delayed:0..3", "scale:solution:e-resept=0.8..1.5:0.1"]
        }
    }
}
