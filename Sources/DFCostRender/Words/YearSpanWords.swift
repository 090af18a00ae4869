/// Year ranges in text, by language: Norwegian typography joins the first and last year with an
/// en dash ("2024–2030"), English keeps the hyphen the program has always printed ("2024-2030").
/// Only text people read goes through here; file syntax (`years = "2024-2030"`, `--year`) and ids
/// keep their hyphen.
extension Language {
    /// The sign between the first and last year of a range: "–" in Norwegian, "-" in English.
    public var rangeDash: String { say(nb: "\u{2013}", en: "-") }

    /// "2024–2026" for consecutive years, else "2024, 2026"; `none` for no years.
    public func years(_ years: [Int], none: String = "") -> String {
        guard let first = years.first, let last = years.last else { return none }
        if years.count == 1 { return "\(first)" }
        return years == Array(first...last) ? "\(first)\(rangeDash)\(last)" : years.map(String.init).joined(separator: ", ")
    }

    /// "2024–2026" for a range of years.
    public func years(_ range: ClosedRange<Int>) -> String {
        range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)\(rangeDash)\(range.upperBound)"
    }

    /// A span of years the libraries wrote for their English `description` ("2024-2030",
    /// "(none)"), in this language.
    public func yearSpan(_ span: String) -> String {
        guard self == .nb else { return span }
        if span == "(none)" { return "(ingen)" }
        var out = ""
        let chars = Array(span)
        for (i, c) in chars.enumerated() {
            let between = i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
            out.append(c == "-" && between ? Character(rangeDash) : c)
        }
        return out
    }
}
