import DFCostScenario
import Foundation

extension Compare {
    /// What makes `--fail-on-change` exit 1 that the side-by-side table does not show: a
    /// condition's state and the cells set aside. One line each, for stderr, so that an exit 1
    /// under a table of "unchanged" lines says why.
    ///
    /// A table dfcost wrote (`totals --format csv` or `xlsx`) and `import` read back holds the
    /// cells with the scenario's condition states already applied, and every condition of the
    /// imported file is `full`; the CSV's `applied.` meta rows record the states it had.
    static func unshownChanges(_ c: ScenarioComparison, base: String, other: String) -> [String] {
        var out: [String] = []
        for d in c.conditions {
            let b = d.base.map { "\($0)" } ?? "undeclared", o = d.other.map { "\($0)" } ?? "undeclared"
            out.append("compare: \(other) differs from \(base) outside the table: condition \(d.condition) is \(o), \(b) in \(base)")
        }
        if !c.setAside.isEmpty {
            let count = c.setAside.count == 1 ? "1 set-aside cell differs" : "\(c.setAside.count) set-aside cells differ"
            out.append("compare: \(other) differs from \(base) outside the table: \(count) (excluded or beyond the horizon; compare the two alone with --format text for each)")
        }
        if !out.isEmpty, c.conditions.contains(where: { $0.other == .full }) {
            out.append("compare: note: a table imported from dfcost's CSV or workbook holds its cells with the condition states applied (its 'applied.conditions.ID' meta rows), and declares every condition full")
        }
        return out
    }
}
