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
                return .failure(.delayTooLong(t, maximum: ScenarioLimits.maximumYears))
            }
            return .success(.delayed(n))
        }
        if parts.count == 2, parts[0] == "share" {
            guard let s = ExactDecimal(parts[1]), !s.isNegative, s <= .one else {
                return .failure(.shareOutside(t))
            }
            return .success(.share(s))
        }
        let suggestion = parts.first.flatMap { Suggestion.closest(to: $0, in: ["full", "none", "delayed", "share"]) }
        guard !t.isEmpty else {
            return .failure(.empty)
        }
        return .failure(.notAState(t, suggestion: suggestion))
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
