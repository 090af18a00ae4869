import DFCostModel

/// The names output shows for what files know by id: lines by their display name
/// ("Program Pasientens legemiddelliste / SFM") and, where no solution column says it, with their
/// solution's name ("... / SFM (E-resept)"), so lines of the same initiative and part in two
/// solutions stay apart; solutions by their name; conditions as the event register names them
/// (``condition(_:)``). An id no table names is shown as it is.
public struct LineNames: Sendable, Hashable {
    var labels: [String: String] = [:]
    var solutions: [String: String] = [:]
    var solutionNames: [String: String] = [:]
    var conditions: [String: String] = [:]

    public init() {}

    /// The names of the lines, solutions and conditions of these tables (the first table that
    /// names one wins).
    public init(_ tables: [CostTable]) {
        for table in tables {
            for s in table.solutions where solutionNames[s.id] == nil { solutionNames[s.id] = s.name }
            for c in table.conditions where conditions[c.id] == nil { conditions[c.id] = c.description }
            for line in table.lines where labels[line.id] == nil {
                labels[line.id] = line.label
                solutions[line.id] = solutionNames[line.solution] ?? line.solution
            }
        }
    }

    /// The line's display name, else its id.
    public func label(_ id: String) -> String { labels[id] ?? id }

    /// The line's display name and its solution's name, else its id.
    public func full(_ id: String) -> String {
        guard let label = labels[id] else { return id }
        return solutions[id].map { "\(label) (\($0))" } ?? label
    }

    /// The solution's name, else its id.
    public func solution(_ id: String) -> String { solutionNames[id] ?? id }

    /// The condition as the event register names it: its id and its footnote
    /// ("fm-phaseout: Er avhengig av full utfasing av FM"), else its id.
    public func condition(_ id: String) -> String { Self.condition(id, description: conditions[id]) }

    /// "ID: footnote", or the id alone without a footnote: the one wording of a condition's name
    /// (the event register, the tornado).
    public static func condition(_ id: String, description: String?) -> String {
        // A name, not a sentence: the footnote's closing full stop is dropped, so a value or a
        // colon can follow it ("fm-phaseout: Er avhengig av full utfasing av FM: 13,67").
        var text = description ?? ""
        while text.last == " " { text.removeLast() }
        if text.last == "." { text.removeLast() }
        guard !text.isEmpty else { return id }
        return "\(id): \(text)"
    }
}
