import DFCostModel

/// A notice of the engine that does not stop it: an operation that matched nothing, an index
/// rate that looks like a percent. Structured so that front ends can word it in their language;
/// ``description`` is the English line.
public struct EngineWarning: Sendable, Hashable, CustomStringConvertible {
    /// What the warning is about.
    public enum Kind: Sendable, Hashable {
        /// An operation (its label) selected nothing to act on.
        case noMatch(operation: String, NoMatch)
        /// An index rate above 0.5 (50 % a year): almost surely a percent written as a number.
        case indexRate(operation: String, rate: ExactDecimal, year: Int)
    }

    /// Why an operation matched nothing.
    public enum NoMatch: Sendable, Hashable {
        /// No line has this value in this selector field (with the closest known value, if any).
        case noLineHas(field: String, value: String, suggestion: String?)
        /// No line has all of the selector's fields.
        case noLineHasAll(selector: LineSelector)
        /// The selected lines have no cell in the years (e.g. "2027" or "2027-2028").
        case noCell(years: String)
        /// Only internal cells were selected; they stay as published.
        case onlyInternal
        /// Nothing else to say.
        case noLine
    }

    /// Where the operation was written (nil: the command line).
    public var origin: SourceReference?
    public var kind: Kind
    /// The operation the warning is about, typed, so that a front end words it in its language
    /// ("skalert ×1,1 [merke dbep]"); the kind's `operation` is its file notation, the English
    /// line's. Nil when the warning is about something else than an operation (an uncertainty
    /// entry worded by its name).
    public var operation: Operation?

    public init(origin: SourceReference?, kind: Kind, operation: Operation? = nil) {
        self.origin = origin
        self.kind = kind
        self.operation = operation
    }

    /// The message in English, without origin or "warning:" (also the message of `--strict` errors).
    public var message: String {
        switch kind {
        case .noMatch(let operation, let why): "\(operation) \(why.english)"
        case .indexRate(let operation, let rate, let year):
            "\(operation): the rate \(rate) for \(year) multiplies by 1+\(rate)\(percent.map { " (\($0) %)" } ?? ""); rates are fractions"
                + (fraction.map { "; for \(rate) % write \($0)" } ?? "")
        }
    }

    /// The index rate as a percent (rate × 100), when it can be computed.
    public var percent: ExactDecimal? {
        guard case .indexRate(_, let rate, _) = kind else { return nil }
        return try? rate.multiplied(by: ExactDecimal(100))
    }

    /// The fraction the index rate was probably meant as (rate / 100).
    public var fraction: ExactDecimal? {
        guard case .indexRate(_, let rate, _) = kind else { return nil }
        return try? rate.divided(by: ExactDecimal(100), scale: rate.scale + 2)
    }

    /// "ORIGIN: warning: MESSAGE", in English.
    public var description: String {
        origin.map { "\($0): warning: \(message)" } ?? "warning: \(message)"
    }
}

extension EngineWarning.NoMatch {
    /// The reason in English: "matches no line: no line has tag 'x'; did you mean 'y'?".
    public var english: String {
        switch self {
        case .noLineHas(let field, let value, let suggestion):
            "matches no line: no line has \(field) '\(value)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .noLineHasAll(let selector): "matches no line: no line has all of [\(selector)]"
        case .noCell(let years): "matches no cell: the selected lines have no cell in \(years)"
        case .onlyInternal: "matches only internal cells, which stay as published (add include_internal = true to change them)"
        case .noLine: "matches no line"
        }
    }
}
