/// A `select` table (or a command-line selector): every field given must match; a list matches
/// any of its values; `years` restricts to cells of those years; `includeInternal` lets scale,
/// index and shift change internal cells too.
struct OracleSelector: Sendable, Hashable {
    var solutions: [String] = []
    var lines: [String] = []
    var tags: [String] = []
    var parts: [String] = []
    var initiatives: [String] = []
    var years: ClosedRange<Int>?
    var includeInternal = false

    var isEmpty: Bool {
        solutions.isEmpty && lines.isEmpty && tags.isEmpty && parts.isEmpty && initiatives.isEmpty
            && years == nil && !includeInternal
    }

    func matches(solution: String, id: String, tags lineTags: [String], part: String, initiative: String) -> Bool {
        (solutions.isEmpty || solutions.contains(solution))
            && (lines.isEmpty || lines.contains(id))
            && (tags.isEmpty || tags.contains(where: lineTags.contains))
            && (parts.isEmpty || parts.contains(part))
            && (initiatives.isEmpty || initiatives.contains(initiative))
    }

    func matches(year: Int) -> Bool { years?.contains(year) ?? true }
}
