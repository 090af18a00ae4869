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
    /// Where several earlier lines fit, the first in `known`'s order is taken.
    /// - Parameter idOnly: indices in `known` that may be matched by id only (e.g. lines the
    ///   newer scenario set aside by a removal: still there, not renamed).
    /// - Complexity: O(lines + known) expected, with hashed ids and labels (more only when many
    ///   earlier lines share one id or one solution, initiative and part).
    public static func match(_ lines: [CostLine], to known: [Known], idOnly: Set<Int> = []) -> [(index: Int, match: LineMatch)?] {
        var result: [(index: Int, match: LineMatch)?] = Array(repeating: nil, count: lines.count)
        var taken = Set<Int>()
        /// Earlier lines by a key, in `known`'s order; a bucket's taken head is dropped as found.
        struct Buckets {
            var lists: [String: [Int]] = [:]
            var heads: [String: Int] = [:]
            mutating func add(_ key: String, _ k: Int) { lists[key, default: []].append(k) }
            /// The first index under `key` that is not taken and `fits`.
            mutating func first(_ key: String, taken: Set<Int>, _ fits: (Int) -> Bool) -> Int? {
                guard let list = lists[key] else { return nil }
                var head = heads[key] ?? 0
                while head < list.count, taken.contains(list[head]) { head += 1 }
                heads[key] = head
                return list[head...].first { !taken.contains($0) && fits($0) }
            }
        }
        var latest = Buckets(), any = Buckets(), labels = Buckets()
        for (k, line) in known.enumerated() {
            latest.add(line.id, k)
            for id in Set(line.ids) { any.add(id, k) }
            if !idOnly.contains(k) { labels.add(labelKey(line.solution, line.initiative, line.part), k) }
        }
        func pass(_ kind: LineMatch, _ find: (CostLine) -> Int?) {
            for (i, line) in lines.enumerated() where result[i] == nil {
                if let k = find(line) {
                    result[i] = (k, kind)
                    taken.insert(k)
                }
            }
        }
        pass(.id) { line in latest.first(line.id, taken: taken) { known[$0].solution == line.solution } }
        pass(.id) { line in any.first(line.id, taken: taken) { known[$0].solution == line.solution } }
        pass(.continues) { line in line.continues.flatMap { old in any.first(old, taken: taken) { !idOnly.contains($0) } } }
        pass(.key) { line in labels.first(labelKey(line.solution, line.initiative, line.part), taken: taken) { _ in true } }
        pass(.id) { line in latest.first(line.id, taken: taken) { _ in true } }
        pass(.id) { line in any.first(line.id, taken: taken) { _ in true } }
        return result
    }

    /// Solution, initiative and part as one hash key, labels folded.
    static func labelKey(_ solution: String, _ initiative: String, _ part: String) -> String {
        "\(solution)\u{0}\(label(initiative))\u{0}\(label(part))"
    }

    /// A label as the matching compares it: trimmed, every run of whitespace (a no-break space
    /// too) one space, case-folded ("  Legemiddelliste\u{A0} SFM" and "legemiddelliste sfm" match).
    public static func label(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// True when two labels are the same as ``label(_:)`` folds them.
    public static func sameLabel(_ a: String, _ b: String) -> Bool { label(a) == label(b) }
}
