import DFCostModel

/// What happens to the cells that depend on a condition.
///
/// Written as `full`, `none`, `delayed:N` or `share:S` in files and on the command line
/// (`--condition fm-phaseout=delayed:1`).
public enum ConditionState: Sendable, Hashable, CustomStringConvertible {
    /// As published: the cells count where they stand (the default).
    case full
    /// The condition is not met: its cells do not count and are listed as excluded.
    case none
    /// Met N years late: its cells move N years later (N may be negative for earlier).
    case delayed(Int)
    /// Partly met: its cells are scaled by S, 0 <= S <= 1.
    case share(ExactDecimal)

    /// Parses `full`, `none`, `delayed:N`, `share:S`.
    /// - Returns: the state, or a one-line reason it is not one.
    public static func parse(_ text: String) -> Result<ConditionState, ParseFailure> {
        let t = text.trimmedSpaces
        switch t {
        case "full": return .success(.full)
        case "none": return .success(.none)
        default: break
        }
        let parts = t.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0] == "delayed" {
            guard let n = Int(parts[1]) else {
                return .failure(.delayNotWhole(t))
            }
            // `magnitude`, not `abs`: abs(Int.min) traps.
            guard n.magnitude <= ScenarioLimits.maximumYears else {
                return .failure(.delayTooLong(t, limit: ScenarioLimits.maximumYears))
            }
            return .success(.delayed(n))
        }
        if parts.count == 2, parts[0] == "share" {
            guard let s = ExactDecimal(parts[1]), !s.isNegative, s <= .one else {
                return .failure(.shareOutOfRange(t))
            }
            return .success(.share(s))
        }
        let suggestion = parts.first.flatMap { Suggestion.closest(to: $0, in: ["full", "none", "delayed", "share"]) }
        guard !t.isEmpty else {
            return .failure(.empty)
        }
        return .failure(.unknown(t, suggestion: suggestion))
    }

    /// Why a text is not a condition state, with the text as written; ``message`` is the English line.
    public enum ParseFailure: Error, Sendable, Hashable, CustomStringConvertible {
        /// `delayed:x`: the delay is no whole number of years.
        case delayNotWhole(String)
        /// A delay of more than `limit` years either way.
        case delayTooLong(String, limit: Int)
        /// `share:S` with S outside 0...1 or no number.
        case shareOutOfRange(String)
        /// Nothing written.
        case empty
        /// No state at all, with the closest state word.
        case unknown(String, suggestion: String?)

        public var description: String {
            switch self {
            case .delayNotWhole(let t): "'\(t)': delayed:N needs a whole number of years, e.g. delayed:1"
            case .delayTooLong(let t, let limit): "'\(t)': a delay moves at most \(limit) years"
            case .shareOutOfRange(let t): "'\(t)': share:S needs 0 <= S <= 1, e.g. share:0.5"
            case .empty: "empty condition state; write full, none, delayed:N or share:S"
            case .unknown(let t, let suggestion):
                "'\(t)' is not a condition state (full, none, delayed:N, share:S)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            }
        }

        /// The English line.
        public var message: String { description }
    }

    public var description: String {
        switch self {
        case .full: "full"
        case .none: "none"
        case .delayed(let n): "delayed:\(n)"
        case .share(let s): "share:\(s)"
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmedSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
