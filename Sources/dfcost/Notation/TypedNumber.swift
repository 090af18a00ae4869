import DFCostModel
import DFCostScenario

/// A number typed on the command line, in Norwegian or English notation: the one rule every
/// option that takes a number follows (`--scale`, `--shift`, `--set` and `--add` amounts go
/// through the table's cell notation, `--index`, `--condition ...=share:S`, `--vary`, `--budget`,
/// `--percentiles`), so that what the Norwegian output prints can be typed back.
///
/// - A decimal point or a decimal comma: `1.5` and `1,5` are one and a half, `0,035` is 0.035.
/// - The minus sign dfcost prints (`−4`, U+2212) is a minus, as `-4` is.
/// - Digits grouped in threes by a space (`1 250`, also a no-break or narrow no-break space) are
///   one number, as the Norwegian output prints them.
/// - Ambiguous text is an error, never a guess: `1,500` or `12,345` (a comma followed by exactly
///   three digits after a non-zero whole part reads as an English thousands separator and as a
///   Norwegian decimal comma), and text with both a point and a comma (`1.234,5`).
///   `0,500` and `1,50` are not ambiguous; write `1.5`/`1,50` or `1500` instead of `1,500`.
public enum TypedNumber {
    /// Why a typed text is not a number (``TypedNumberProblem``).
    public typealias Problem = TypedNumberProblem

    /// Reads a decimal typed on the command line (rules above).
    public static func decimal(_ text: String) -> Result<ExactDecimal, Problem> {
        switch normalized(text) {
        case .failure(let p): return .failure(p)
        case .success(let t):
            guard let d = ExactDecimal(t) else { return .failure(.notANumber) }
            return .success(d)
        }
    }

    /// Reads a whole number typed on the command line: `3`, `-1`, `−1`, `1 000`; `1,0` and `1.5`
    /// are not whole.
    public static func integer(_ text: String) -> Result<Int, Problem> {
        switch normalized(text) {
        case .failure(let p): return .failure(p)
        case .success(let t):
            if let n = Int(t) { return .success(n) }
            return ExactDecimal(t) == nil ? .failure(.notANumber) : .failure(.notWhole)
        }
    }

    /// The text with a `.` for its decimal separator, an ASCII minus and no grouping spaces, or
    /// why it cannot be read without a guess.
    static func normalized(_ text: String) -> Result<String, Problem> {
        var t = text.trimmingSpaces
        if t.hasPrefix("\u{2212}") { t = "-" + t.dropFirst() }
        let groupSpaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        if t.contains(where: { groupSpaces.contains($0) }) {
            guard let ungrouped = ungroup(t, spaces: groupSpaces) else { return .failure(.notANumber) }
            t = ungrouped
        }
        let commas = t.filter { $0 == "," }.count
        guard commas > 0 else { return .success(t) }
        guard commas == 1 else { return .failure(.notANumber) }
        guard !t.contains(".") else { return .failure(.pointAndComma) }
        let parts = t.split(separator: ",", omittingEmptySubsequences: false)
        let whole = parts[0].drop { $0 == "-" || $0 == "+" }
        let fraction = parts[1]
        if fraction.count == 3, fraction.allSatisfy({ $0.isASCIIDigit }), (1...3).contains(whole.count),
           whole.allSatisfy({ $0.isASCIIDigit }), whole.contains(where: { $0 != "0" }) {
            return .failure(.ambiguousComma)
        }
        return .success(String(t.map { $0 == "," ? "." : $0 }))
    }

    /// `1 250 000` -> `1250000` when every group after the first is three digits; nil otherwise.
    private static func ungroup(_ t: String, spaces: Set<Character>) -> String? {
        let groups = t.split(omittingEmptySubsequences: false, whereSeparator: { spaces.contains($0) })
        guard let first = groups.first else { return nil }
        let leading = first.drop { $0 == "-" || $0 == "+" }
        guard (1...3).contains(leading.count), leading.allSatisfy({ $0.isASCIIDigit }) else { return nil }
        for (i, g) in groups.dropFirst().enumerated() {
            let isLast = i == groups.count - 2
            let digits = isLast ? g.prefix { $0.isASCIIDigit } : g[...]
            guard digits.count == 3, digits.allSatisfy({ $0.isASCIIDigit }) else { return nil }
        }
        return groups.joined()
    }
}

extension Character {
    /// 0-9 only (not other scripts' digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
