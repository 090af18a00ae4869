import DFCostModel

/// How a line of one round was found in an earlier round.
public enum LineMatch: String, Sendable, Hashable, CaseIterable {
    /// The same `id` (in the same solution, or, failing every other way, in another one).
    case id
    /// Its `continues` names an id the line had earlier.
    case continues
    /// Ids differ and nothing says so, but solution, initiative and part are the same (labels
    /// compared as ``LineMatching/label(_:)`` folds them).
    case key
}

/// Matches the lines of a round to the lines of earlier rounds. The passes, each over the whole
/// round and in this order, so that a stronger sign always wins:
///
/// 1. the same `id` in the same solution (the latest id first, then any id the line had before);
/// 2. `continues = "old-id"` naming an id the line had (in any solution: the file says so);
/// 3. the same solution, initiative and part, labels compared case- and whitespace-insensitively;
/// 4. the same `id` in another solution: the line moved to another solution.
///
/// Lines of different solutions are never paired by their labels. Pass 4 comes after the labels
/// so that a table whose solution blocks were reordered before its ids were generated (the same
/// id on another solution's line) pairs each line with its own solution's line. Each earlier line
/// and each new line is matched at most once.
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
    /// - Parameter idOnly: indices in `known` that may be matched by id only (e.g. lines the
    ///   newer scenario set aside by a removal: still there, not renamed).
    /// - Complexity: O(lines × known) per pass.
    public static func match(_ lines: [CostLine], to known: [Known], idOnly: Set<Int> = []) -> [(index: Int, match: LineMatch)?] {
        var result: [(index: Int, match: LineMatch)?] = Array(repeating: nil, count: lines.count)
        var taken = Set<Int>()
        func pass(_ kind: LineMatch, byID: Bool = false, _ fits: (CostLine, Known) -> Bool) {
            for (i, line) in lines.enumerated() where result[i] == nil {
                if let k = known.indices.first(where: { !taken.contains($0) && (byID || !idOnly.contains($0)) && fits(line, known[$0]) }) {
                    result[i] = (k, kind)
                    taken.insert(k)
                }
            }
        }
        let knownLabels = known.map { (label($0.initiative), label($0.part)) }
        let lineLabels = lines.map { (label($0.initiative), label($0.part)) }
        pass(.id, byID: true) { line, k in k.id == line.id && k.solution == line.solution }
        pass(.id, byID: true) { line, k in k.ids.contains(line.id) && k.solution == line.solution }
        pass(.continues) { line, k in line.continues.map(k.ids.contains) ?? false }
        for (i, line) in lines.enumerated() where result[i] == nil {
            if let k = known.indices.first(where: {
                !taken.contains($0) && !idOnly.contains($0) && known[$0].solution == line.solution && knownLabels[$0] == lineLabels[i]
            }) {
                result[i] = (k, .key)
                taken.insert(k)
            }
        }
        pass(.id, byID: true) { line, k in k.id == line.id }
        pass(.id, byID: true) { line, k in k.ids.contains(line.id) }
        return result
    }

    /// A label as the matching compares it: trimmed, every run of whitespace (a no-break space
    /// too) one space, case-folded ("  Legemiddelliste\u{A0} SFM" and "legemiddelliste sfm" match).
    public static func label(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// True when two labels are the same as ``label(_:)`` folds them.
    public static func sameLabel(_ a: String, _ b: String) -> Bool { label(a) == label(b) }
}
