import DFCostModel

/// How a line of one round was found in an earlier round.
public enum LineMatch: String, Sendable, Hashable, CaseIterable {
    /// The same `id`.
    case id
    /// Its `continues` names an id the line had earlier.
    case continues
    /// Ids differ and nothing says so, but solution, initiative and part are the same.
    case key
}

/// Matches the lines of a round to the lines of earlier rounds: by `id`, then by `continues`,
/// then by solution + initiative + part. Each earlier line and each new line is matched at most
/// once; the passes run in that order over the whole round, so an exact id always wins.
public enum LineMatching {
    /// A line known from earlier rounds: every id it had, and its solution, initiative and part.
    public struct Known: Sendable, Hashable {
        public var ids: [String]
        public var solution: String
        public var initiative: String
        public var part: String

        public init(ids: [String], solution: String, initiative: String, part: String) {
            self.ids = ids
            self.solution = solution
            self.initiative = initiative
            self.part = part
        }

        /// The latest id.
        public var id: String { ids.last ?? "" }
    }

    /// For each of `lines`, in order, the index in `known` it continues and how, or nil (new).
    public static func match(_ lines: [CostLine], to known: [Known]) -> [(index: Int, match: LineMatch)?] {
        var result: [(index: Int, match: LineMatch)?] = Array(repeating: nil, count: lines.count)
        var taken = Set<Int>()
        func pass(_ kind: LineMatch, _ fits: (CostLine, Known) -> Bool) {
            for (i, line) in lines.enumerated() where result[i] == nil {
                if let k = known.indices.first(where: { !taken.contains($0) && fits(line, known[$0]) }) {
                    result[i] = (k, kind)
                    taken.insert(k)
                }
            }
        }
        pass(.id) { line, k in k.id == line.id }
        pass(.id) { line, k in k.ids.contains(line.id) }
        pass(.continues) { line, k in line.continues.map(k.ids.contains) ?? false }
        pass(.key) { line, k in
            line.solution == k.solution && line.initiative == k.initiative && line.part == k.part
        }
        return result
    }
}
