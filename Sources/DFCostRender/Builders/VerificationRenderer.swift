import DFCostModel

/// Renders `dfcost verify`: per year, the exact recomputed sum, its rounding, the published figure.
public enum VerificationRenderer {
    /// A plain-text block for one file, in the locale's words and number style (exact amounts,
    /// grouped as totals prints them).
    ///
    /// Published years the table no longer sums get a row marked "outside the horizon" and the
    /// line "FILE: published years outside the horizon: 2024 (...)"; they are not compared.
    public static func text(file: String, _ v: Verification, locale: Language = .nb) -> String {
        TextWriter().write(VerificationBuilder(language: locale).document(file: file, v))
    }

    /// "2024-2026" for consecutive years, else "2024, 2026".
    static func years(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last, years.count > 1 else { return years.map(String.init).joined() }
        return years == Array(first...last) ? "\(first)-\(last)" : years.map(String.init).joined(separator: ", ")
    }
}
