import DFCostModel

/// Which lines, and optionally which years, an operation applies to.
///
/// Every field given must match (they are combined with AND); a field that lists several values
/// matches any of them. An empty selector matches every line.
public struct LineSelector: Sendable, Hashable, CustomStringConvertible {
    public var solutions: [String] = []
    public var initiatives: [String] = []
    public var parts: [String] = []
    public var lineIDs: [String] = []
    public var tags: [String] = []
    /// Restricts the operation to cells in these years (inclusive), when set.
    public var years: ClosedRange<Int>?
    /// `include_internal = true`: `scale`, `index` and `shift` change internal (parenthesized)
    /// cells too. Without it they change counted cells only; internal cells stay as published.
    public var includeInternal: Bool = false

    public init(
        solutions: [String] = [], initiatives: [String] = [], parts: [String] = [],
        lineIDs: [String] = [], tags: [String] = [], years: ClosedRange<Int>? = nil,
        includeInternal: Bool = false
    ) {
        self.includeInternal = includeInternal
        self.solutions = solutions
        self.initiatives = initiatives
        self.parts = parts
        self.lineIDs = lineIDs
        self.tags = tags
        self.years = years
    }

    /// True when the line is selected (years aside).
    public func matches(_ line: CostLine) -> Bool {
        (solutions.isEmpty || solutions.contains(line.solution))
            && (initiatives.isEmpty || initiatives.contains(line.initiative))
            && (parts.isEmpty || parts.contains(line.part))
            && (lineIDs.isEmpty || lineIDs.contains(line.id))
            && (tags.isEmpty || !Set(tags).isDisjoint(with: line.tags))
    }

    /// True when a cell's year is selected.
    public func matches(year: Int) -> Bool {
        years.map { $0.contains(year) } ?? true
    }

    /// True when an operation that changes amounts or years (`scale`, `index`, `shift`) may
    /// change the cell: its year is selected, and it is counted or the selector includes internal cells.
    public func mayChange(_ cell: Cell) -> Bool {
        matches(year: cell.year) && (cell.isCounted || includeInternal)
    }

    /// `solution:e-resept,tag:pds@2025-2026`, the command-line syntax; `all` when empty.
    public var description: String {
        var parts: [String] = []
        for (name, values) in [("solution", solutions), ("initiative", initiatives), ("part", self.parts),
                               ("line", lineIDs), ("tag", tags)] {
            parts += values.map { "\(name):\($0)" }
        }
        if includeInternal { parts.append("include_internal:true") }
        var text = parts.isEmpty ? "all" : parts.joined(separator: ",")
        if let years { text += years.lowerBound == years.upperBound ? "@\(years.lowerBound)" : "@\(years.lowerBound)-\(years.upperBound)" }
        return text
    }

    /// Parses the command-line syntax: comma-separated `field:value` terms (`solution`, `initiative`,
    /// `part`, `line`, `tag`, `include_internal`), or `all`, optionally followed by `@YEAR` or `@FROM-TO`.
    public static func parse(_ text: String) -> Result<LineSelector, ScenarioError> {
        read(text).mapError { .badWhatIf(.selector, subject: "'\(text)'", .selectorTerm($0)) }
    }

    /// Reads the command-line syntax (``parse(_:)``), or says why the text is no selector.
    public static func read(_ text: String) -> Result<LineSelector, SelectorReason> {
        var selector = LineSelector()
        var body = Substring(text)
        if let at = body.firstIndex(of: "@") {
            let range = body[body.index(after: at)...]
            body = body[..<at]
            guard let years = parseYears(String(range)) else {
                return .failure(.notYears(String(range)))
            }
            selector.years = years
        }
        if body == "all" || (body.isEmpty && selector.years != nil) { return .success(selector) }
        let terms = body.split(separator: ",", omittingEmptySubsequences: false)
        for term in terms {
            let kv = term.split(separator: ":", maxSplits: 1).map(String.init)
            guard kv.count == 2, !kv[1].isEmpty else {
                return .failure(.notFieldValue(String(term)))
            }
            switch kv[0] {
            case "solution": selector.solutions.append(kv[1])
            case "initiative", "tiltak": selector.initiatives.append(kv[1])
            case "part", "del": selector.parts.append(kv[1])
            case "line", "id": selector.lineIDs.append(kv[1])
            case "tag": selector.tags.append(kv[1])
            case "include_internal":
                guard let flag = Bool(kv[1]) else {
                    return .failure(.includeInternalNotBoolean)
                }
                selector.includeInternal = flag
            default:
                let suggestion = Suggestion.closest(to: kv[0], in: ["solution", "initiative", "part", "line", "tag", "include_internal"])
                return .failure(.unknownField(kv[0], suggestion: suggestion))
            }
        }
        return .success(selector)
    }

    /// `2025` or `2025-2026`.
    static func parseYears(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        switch bounds.count {
        case 1: if let y = bounds[0] { return y...y }
        case 2: if let a = bounds[0], let b = bounds[1], a <= b { return a...b }
        default: break
        }
        return nil
    }
}
