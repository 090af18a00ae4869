/// The one reading of an amount's separator that a table leaves open: `1.250` or `1,250` is
/// 1 250 with a thousands separator, or 1,25 with a decimal sign, and only another amount of
/// the same table (`13,5`, `0,250`, `1 250,5`) can tell which sign the writer used. Import
/// never guesses: such an amount in a table that shows no decimal sign is refused.
public enum AmbiguousSeparator {
    /// What an amount's text says about the table's decimal sign.
    public enum Kind: Sendable, Equatable {
        /// No separator, or a shape that decides nothing (`12`, `-`).
        case none
        /// The separator can only be a decimal sign here (`13,5`, `0,250`, `1 250,5`,
        /// `1250,500`): the table's decimal sign is a comma (`comma`) or a point.
        case decides(comma: Bool)
        /// One separator between one to three digits (not a lone 0) and exactly three digits:
        /// a thousands separator or a decimal sign.
        case ambiguous(comma: Bool)
    }

    /// The kind of `text`, an amount in the table's notation: parentheses, a sign (`-`, `−`,
    /// `+`), spaces and a trailing mark are read past.
    public static func kind(of text: String) -> Kind {
        var whole = "", fraction = "", separators: [Character] = [], spaced = false, space = false
        for c in text {
            switch c {
            case "0"..."9":
                // A space between digits of the whole part groups its thousands.
                if separators.isEmpty { spaced = spaced || space; whole.append(c) } else { fraction.append(c) }
                space = false
            case ",", ".": separators.append(c); space = false
            case " ", "\u{00A0}", "\u{202F}": space = !whole.isEmpty && separators.isEmpty
            case "(", ")", "-", "\u{2212}", "+": continue
            default:
                // A trailing mark ends the number.
                if whole.isEmpty && separators.isEmpty { continue }
                return classify(whole, fraction, separators, spaced)
            }
        }
        return classify(whole, fraction, separators, spaced)
    }

    private static func classify(_ whole: String, _ fraction: String, _ separators: [Character], _ spaced: Bool) -> Kind {
        guard separators.count == 1, let separator = separators.first, !whole.isEmpty, !fraction.isEmpty else { return .none }
        let comma = separator == ","
        // A grouped thousand has one to three leading digits, none a lone 0, and no space
        // grouping already (spaces group the thousands, so the sign is the decimal one).
        if fraction.count == 3, (1...3).contains(whole.count), whole != "0", !spaced { return .ambiguous(comma: comma) }
        return .decides(comma: comma)
    }

    /// The two readings of an ambiguous `text` for a message, written with `decimal` as the
    /// decimal sign and `group` between thousands: (`1250`, `1 250`, `1,25`) for `1.250`.
    public static func readings(_ text: String, decimal: String, group: String) -> (plain: String, grouped: String, decimal: String) {
        let digits = text.filter { $0.isASCII && $0.isNumber || $0 == "," || $0 == "." }
        let parts = digits.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard parts.count == 2 else { return (text, text, text) }
        let sign = text.contains("-") || text.contains("\u{2212}") ? "\u{2212}" : ""
        var fraction = String(parts[1])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (sign + parts[0] + parts[1], sign + parts[0] + group + parts[1],
                sign + parts[0] + (fraction.isEmpty ? "" : decimal + fraction))
    }
}
