import DFCostModel

/// Renders `dfcost verify`: per year, the exact recomputed sum, its rounding, the published figure.
public enum VerificationRenderer {
    /// A plain-text block for one file, in the locale's words and number style (exact amounts,
    /// never grouped, so diffs are unambiguous).
    ///
    /// Published years the table no longer sums get a row marked "outside the horizon" and the
    /// line "FILE: published years outside the horizon: 2024 (...)"; they are not compared.
    public static func text(file: String, _ v: Verification, locale: Language = .nb) -> String {
        let words = locale.labels.verification
        var style = locale.numbers
        style.groupingSeparator = ""
        var grid = TextGrid()
        grid.rows.append([words.year, words.computed, words.rounded, words.published, ""])
        grid.rulesAfter.insert(0)
        var rows: [(Int, [String])] = v.rows.map { row in
            (row.year, ["\(row.year)", style.format(row.computed), style.format(row.rounded),
                        row.published.map(style.format) ?? "-", row.matches ? words.ok : words.mismatch])
        }
        rows += v.outsideHorizon.map { ($0.year, ["\($0.year)", "-", "-", style.format($0.published), words.outsideHorizon]) }
        grid.rows += rows.sorted { $0.0 < $1.0 }.map(\.1)
        grid.leftAligned = [4]
        var out = "\(file): \(v.allMatch ? words.passed : words.failed): \(Labels.fill(words.method, ["precision": "\(v.precision)"]))\n"
        out += grid.render()
        for row in v.rows where !row.matches {
            out += "\(file): " + Labels.fill(words.difference, [
                "year": "\(row.year)", "computed": style.format(row.computed), "rounded": style.format(row.rounded),
                "published": row.published.map(style.format) ?? words.nothing,
            ]) + "\n"
        }
        let summed = v.rows.isEmpty ? words.tableSumsNoYear : Labels.fill(words.tableSums, ["years": years(v.rows.map(\.year))])
        if !v.outsideHorizon.isEmpty {
            out += "\(file): " + Labels.fill(words.publishedOutside, [
                "years": v.outsideHorizon.map { "\($0.year)" }.joined(separator: ", "), "summed": summed,
            ]) + "\n"
        }
        if !v.comparesAPublishedYear {
            out += "\(file): " + Labels.fill(words.nothingToVerify, ["summed": summed]) + "\n"
        }
        return out
    }

    /// "2024-2026" for consecutive years, else "2024, 2026".
    static func years(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last, years.count > 1 else { return years.map(String.init).joined() }
        return years == Array(first...last) ? "\(first)-\(last)" : years.map(String.init).joined(separator: ", ")
    }
}
