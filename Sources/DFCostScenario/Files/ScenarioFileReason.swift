import DFCostModel

/// Why a well-formed scenario file says something dfcost cannot accept, for the mistakes every
/// table of the file can hold (a key missing, unknown or of the wrong type, a number that is no
/// amount), as data so that a front end words it in the user's language. The English line is
/// ``description``.
public indirect enum ScenarioFileReason: Sendable, Hashable, CustomStringConvertible {
    /// A required key is absent from the table.
    case missingKey(String, in: TablePlace)
    /// A key the table does not take, with the closest one it takes.
    case unknownKey(String, in: TablePlace, suggestion: String?)
    /// A value of the wrong type.
    case wrongType(ValueSubject, expected: ExpectedValue, found: ValueKind)
    /// `inf` or `nan` where an amount belongs.
    case notFinite(ValueSubject, text: String)
    /// A whole number outside what dfcost holds exactly (±2^53).
    case integerOutOfRange(ValueSubject, text: String)
    /// A number that is no exact decimal.
    case notADecimal(ValueSubject, ExactDecimal.ParseFailure)
    /// `key = ...` where `[[key]]` tables belong.
    case notArrayOfTables(String, found: ValueKind)
    /// An entry of `[[key]]` that is not a table.
    case entryNotTable(String, found: ValueKind)
    /// A year outside the table's years (shown as their span, `2024-2030`).
    case yearOutsideTable(Int, span: String)
    /// A summed year that is not one of the years of the table or of a horizon operation.
    case summedYearOutside(Int, horizon: Bool, span: String)
    /// A cell's or an index rate's key that is not a year.
    case keyNotAYear(String, rate: Bool)
    /// A solution or condition the file does not define, with the closest one it does.
    case unknownName(NameKind, String, suggestion: String?)
    /// A rounding precision that is not 1, 0.1, 0.01, ...
    case precisionNotPowerOfTen(ExactDecimal)
    /// A text that is no year range (`2025-2026`), with an example.
    case notAYearRange(String, example: String)
    /// The file's frame: version, `[table]`, years, `[published_sums]`, `extends`, solutions.
    case setup(Setup)
    /// A line, a cell or a line selector.
    case line(Line)
    /// A `[conditions.x]` table.
    case condition(Condition)
    /// An `[[operations]]` entry.
    case operationEntry(OperationEntry)
    /// Uncertainty factors, drivers and correlations.
    case uncertainty(Uncertainty)
    /// `[payers]` and `[baseline]`.
    case payers(Payers)

    /// What an unknown name names.
    public enum NameKind: Sendable, Hashable, CaseIterable {
        case solution, condition
    }

    public var description: String {
        switch self {
        case .missingKey(let key, let place): "\(place) is missing the required key '\(key)'"
        case .unknownKey(let key, let place, let suggestion):
            "unknown key '\(key)' in \(place)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .wrongType(let subject, let expected, let found): "\(subject) must \(expected), found \(found)"
        case .notFinite(let subject, let text): "\(subject) is '\(text)', not a finite amount"
        case .integerOutOfRange(let subject, let text): "\(subject) \(text) is out of range"
        case .notADecimal(let subject, let failure): "\(subject): \(failure)"
        case .notArrayOfTables(let key, let found): "'\(key)' must be an array of tables ([[\(key)]]), found \(found)"
        case .entryNotTable(let key, let found): "each '\(key)' entry must be a table, found \(found)"
        case .yearOutsideTable(let year, let span): "year \(year) is outside the table's years \(span)"
        case .summedYearOutside(let year, let horizon, let span):
            "summed year \(year) is not one of the \(horizon ? "horizon" : "table")'s years \(span)"
        case .keyNotAYear(let key, let rate): "\(rate ? "rate" : "cell") key '\(key)' is not a year"
        case .unknownName(let kind, let name, let suggestion):
            "unknown \(kind) '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .precisionNotPowerOfTen(let p): "precision \(p) is not a power of ten such as 1, 0.1 or 0.001"
        case .notAYearRange(let text, let example): "'\(text)' is not a year range such as \"\(example)\""
        case .setup(let r): r.description
        case .line(let r): r.description
        case .condition(let r): r.description
        case .operationEntry(let r): r.description
        case .uncertainty(let r): r.description
        case .payers(let r): r.description
        }
    }

    /// A table of the file, as messages name it.
    public enum TablePlace: Sendable, Hashable, CustomStringConvertible {
        /// The file's top level.
        case file
        /// A table named as written: `[payers]`, `lines[3]`, `[conditions.x]`, `horizon`.
        case named(String)
        /// The line of an `add` operation.
        case addedLine
        /// The table of one cell of a line.
        case cell(year: Int)
        /// A line selector.
        case selector

        public var description: String {
            switch self {
            case .file: "the file"
            case .named(let name): name
            case .addedLine: "the added line"
            case .cell(let year): "the cell for \(year)"
            case .selector: "the selector"
            }
        }
    }

    /// The value a reason is about.
    public enum ValueSubject: Sendable, Hashable, CustomStringConvertible {
        /// `'key' in place`.
        case key(String, in: TablePlace)
        /// `an item of 'key' in place`.
        case item(of: String, in: TablePlace)
        /// `'key'` alone.
        case bareKey(String)
        case scaleFactor
        case shift
        case rate(year: Int)
        case share(of: String)
        case baseline(of: String, year: Int)
        case publishedSum(year: Int)
        case probability(of: String)
        case amount(year: Int)

        public var description: String {
            switch self {
            case .key(let key, let place): "'\(key)' in \(place)"
            case .item(let key, let place): "an item of '\(key)' in \(place)"
            case .bareKey(let key): "'\(key)'"
            case .scaleFactor: "the scale factor"
            case .shift: "the shift"
            case .rate(let year): "the rate for \(year)"
            case .share(let of): "the share of \(of)"
            case .baseline(let of, let year): "the baseline of '\(of)' in \(year)"
            case .publishedSum(let year): "the published sum for \(year)"
            case .probability(let of): "the probability of \(of)"
            case .amount(let year): "the amount for \(year)"
            }
        }
    }

    /// What a value should have been.
    public enum ExpectedValue: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case string, number, wholeNumber, boolean, stringOrStrings, strings, years, table

        /// The English words after "must".
        public var description: String {
            switch self {
            case .string: "be a string"
            case .number: "be a number"
            case .wholeNumber: "be a whole number"
            case .boolean: "be true or false"
            case .stringOrStrings: "be a string or a list of strings"
            case .strings: "list strings"
            case .years: "be a list of years"
            case .table: "be a table"
            }
        }
    }

    /// The type of a value found in the file.
    public enum ValueKind: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case string, number, boolean, date, list, table

        public var description: String {
            switch self {
            case .string: "a string"
            case .number: "a number"
            case .boolean: "a boolean"
            case .date: "a date"
            case .list: "a list"
            case .table: "a table"
            }
        }
    }
}
