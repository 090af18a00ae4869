/// Did-you-mean suggestions for misspelled names, shared by every library that names things.
///
/// How near is near enough:
///
/// 1. Both names are *normalised* first: lowercased, with every `-`, `_` and space removed, so
///    `eresept`, `E_Resept` and `e resept` are all at distance 0 from `e-resept`.
/// 2. The distance is the optimal string alignment distance of the normalised names: one
///    insertion, deletion, substitution or swap of two neighbouring characters (`scael` for
///    `scale`) is one edit.
/// 3. A candidate is suggested when that distance is at most the *limit* of the normalised input
///    of length n: 1 edit for n ≤ 4, otherwise n / 3 rounded down (5 → 1, 6-8 → 2, 9-11 → 3, ...).
///    So `t4` suggests `t1` but `pll` never suggests `pds`, and `alfa` (2 edits) does not
///    suggest `alpha`.
/// 4. Among candidates within the limit the nearest wins; ties go to the smaller distance of the
///    raw names (case ignored), then to the candidate listed first.
/// 5. A name that is itself one of the candidates gets no suggestion (it is spelled correctly),
///    and an empty name gets none.
public enum Suggestion {
    /// The candidate closest to `word`, when it is near enough to be a likely typo (see the rules
    /// above); nil when `word` is one of the candidates or nothing is near.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        guard !candidates.contains(word) else { return nil }
        let normalisedWord = normalised(word)
        guard !normalisedWord.isEmpty else { return nil }
        let limit = self.limit(forLength: normalisedWord.count)
        var best: (candidate: String, distance: Int, raw: Int)?
        for candidate in candidates {
            let d = distance(normalisedWord, normalised(candidate))
            guard d <= limit else { continue }
            let raw = distance(word.lowercased(), candidate.lowercased())
            if let b = best, (b.distance, b.raw) <= (d, raw) { continue }
            best = (candidate, d, raw)
        }
        return best?.candidate
    }

    /// The most edits a typo of a name of `length` normalised characters may hold.
    public static func limit(forLength length: Int) -> Int {
        length <= 4 ? 1 : max(1, length / 3)
    }

    /// The name lowercased, without `-`, `_` and spaces.
    static func normalised(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    /// "; did you mean 'x'?" or "".
    public static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Optimal string alignment distance over characters: insertions, deletions, substitutions
    /// and swaps of two neighbouring characters each count 1.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
