import DFCostModel

/// Renders `dfcost verify`: per year, the exact recomputed sum, its rounding, the published figure.
public enum VerificationRenderer {
    /// A plain-text block for one file; numbers in exact machine style so diffs are unambiguous.
    ///
    /// Published years the table no longer sums get a row marked "outside the horizon" and the
    /// line "FILE: published years outside the horizon: 2024 (...)"; they are not compared.
    public static func text(file: String, _ v: Verification) -> String {
        var grid = TextGrid()
        grid.rows.append(["year", "computed", "rounded", "published", ""])
        grid.rulesAfter.insert(0)
        var rows: [(Int, [String])] = v.rows.map { row in
            (row.year, ["\(row.year)", row.computed.description, row.rounded.description,
                        row.published?.description ?? "-", row.matches ? "ok" : "MISMATCH"])
        }
        rows += v.outsideHorizon.map { ($0.year, ["\($0.year)", "-", "-", $0.published.description, "outside the horizon"]) }
        grid.rows += rows.sorted { $0.0 < $1.0 }.map(\.1)
        grid.leftAligned = [4]
        var out = "\(file): \(v.allMatch ? "OK" : "FAILED"): sums at precision \(v.precision), rounded half away from zero\n"
        out += grid.render()
        for row in v.rows where !row.matches {
            out += "\(file): \(row.year): computed \(row.computed) rounds to \(row.rounded), published \(row.published?.description ?? "nothing")\n"
        }
        let summed = v.rows.isEmpty ? "the table sums no year" : "the table sums \(years(v.rows.map(\.year)))"
        if !v.outsideHorizon.isEmpty {
            out += "\(file): published years outside the horizon: \(v.outsideHorizon.map { "\($0.year)" }.joined(separator: ", "))"
                + " (\(summed); not compared)\n"
        }
        if !v.comparesAPublishedYear {
            out += "\(file): no published year is summed (\(summed)): nothing to verify\n"
        }
        return out
    }

    /// "2024-2026" for consecutive years, else "2024, 2026".
    static func years(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last, years.count > 1 else { return years.map(String.init).joined() }
        return years == Array(first...last) ? "\(first)-\(last)" : years.map(String.init).joined(separator: ", ")
    }
}
