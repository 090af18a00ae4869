extension ConditionState {
    /// Why a text is not a condition state, with the text as written (trimmed), so that a front
    /// end words it in the user's language; the English line is ``description``.
    public enum ParseFailure: Error, Sendable, Hashable, CustomStringConvertible {
        /// `delayed:N` whose N is not a whole number.
        case delayNotWhole(String)
        /// `delayed:N` beyond the years dfcost holds.
        case delayTooLong(String, maximum: Int)
        /// `share:S` with S outside 0...1 or no number.
        case shareOutside(String)
        /// An empty state.
        case empty
        /// Not a state at all, with the closest state's name.
        case notAState(String, suggestion: String?)

        public var description: String {
            switch self {
            case .delayNotWhole(let t): "'\(t)': delayed:N needs a whole number of years, e.g. delayed:1"
            case .delayTooLong(let t, let maximum): "'\(t)': a delay moves at most \(maximum) years"
            case .shareOutside(let t): "'\(t)': share:S needs 0 <= S <= 1, e.g. share:0.5"
            case .empty: "empty condition state; write full, none, delayed:N or share:S"
            case .notAState(let t, let suggestion):
                "'\(t)' is not a condition state (full, none, delayed:N, share:S)\(suggestion.map { "; did you mean '\($0)'?" } ?? "")"
            }
        }

        /// The English line (as ``description``).
        public var message: String { description }

        /// The same failure echoing `typed`, the text as the user wrote it, where the parsed text
        /// was a normalised form of it (a decimal comma read as a point): an echo shows what was
        /// typed, never dfcost's rewriting of it.
        public func writtenAs(_ typed: String) -> ParseFailure {
            let t = typed.trimmedSpaces
            return switch self {
            case .delayNotWhole: .delayNotWhole(t)
            case .delayTooLong(_, let maximum): .delayTooLong(t, maximum: maximum)
            case .shareOutside: .shareOutside(t)
            case .empty: .empty
            case .notAState(_, let suggestion): .notAState(t, suggestion: suggestion)
            }
        }
    }
}
