import DFCostModel

/// Renders `dfcost verify`: per year, the exact recomputed sum, its rounding, the published figure.
public enum VerificationRenderer {
    /// A plain-text block for one file; numbers in exact machine style so diffs are unambiguous.
    public static func text(file: String, _ v: Verification) -> String {
        var grid = TextGrid()
        grid.rows.append(["year", "computed", "rounded", "published", ""])
        grid.rulesAfter.insert(0)
        for row in v.rows {
            grid.rows.append([
                "\(row.year)", row.computed.description, row.rounded.description,
                row.published?.description ?? "-", row.matches ? "ok" : "MISMATCH",
            ])
        }
        var out = "\(file): \(v.allMatch ? "OK" : "FAILED"): sums at precision \(v.precision), rounded half away from zero\n"
        out += grid.render()
        for row in v.rows where !row.matches {
            out += "\(file): \(row.year): computed \(row.computed) rounds to \(row.rounded), published \(row.published?.description ?? "nothing")\n"
        }
        return out
    }
}
