import DFCostTableLayout
import DFCostModel
import DFCostScenario

/// What a table dfcost writes carries besides the lines' cells, so that `dfcost import` gives the
/// table back: the rows of kind ``TableLayout/RowKind/meta`` of `totals --format csv`, and the same
/// rows on the hidden ``TableLayout/metaSheetName`` sheet of `totals --format xlsx` (both writers
/// take them from ``rows(_:)``, so the two cannot drift apart).
///
/// Each row is `[kind, key, value]` or `[kind, key, value, description]`. The key is the scenario
/// file's key path (`table.title`, `conditions.fm-phaseout`, `lines.pll-sfm.tags`); spreadsheet
/// users can ignore the rows.
///
/// A table that a scenario changed (a derived file, a condition state, a what-if) is written as
/// applied: its lines hold the amounts after the scenario, and rows under `applied.` say so and
/// keep what the cells alone cannot show:
/// - `applied.scenario` = the scenario's name: the lines are that scenario's result;
/// - `applied.conditions.ID` = the state in force (`delayed:1`); it is already in the cells, so
///   a reader must not apply it again;
/// - `applied.excluded.LINE.YEAR` and `applied.beyond_horizon.LINE.YEAR` = a cell set aside from
///   the sums, in the report's notation (`-12*`, `(14)`), with the engine's reason.
public enum TableMetaRows {
    /// The meta rows of an applied scenario's table.
    public static func rows(_ applied: AppliedScenario) -> [[String]] {
        let kind = TableLayout.RowKind.meta.rawValue
        let table = applied.table
        let m = table.metadata
        var rows: [[String]] = [[kind, TableLayout.MetaKey.title, m.title]]
        for (key, value) in [("document", m.document), ("section", m.section), ("as_of", m.asOf)] where !value.isEmpty {
            rows.append([kind, "table.\(key)", value])
        }
        rows.append([kind, TableLayout.MetaKey.summedYears, table.summedYears.map(String.init).joined(separator: " ")])
        for note in m.notes { rows.append([kind, TableLayout.MetaKey.notes, note]) }
        if let p = table.published {
            rows.append([kind, TableLayout.MetaKey.publishedPrecision, p.precision.description])
            for (year, value) in p.values.sorted(by: { $0.key < $1.key }) { rows.append([kind, TableLayout.MetaKey.publishedSum(year), value.description]) }
        }
        for c in table.conditions { rows.append([kind, TableLayout.MetaKey.condition(c.id), c.mark, c.description]) }
        for s in table.solutions { rows.append([kind, TableLayout.MetaKey.solution(s.id), s.name]) }
        for line in table.lines where !line.tags.isEmpty { rows.append([kind, TableLayout.MetaKey.line(line.id, .tags), line.tags.joined(separator: String(TableLayout.tagSeparator))]) }
        for line in table.lines { if let old = line.continues { rows.append([kind, TableLayout.MetaKey.line(line.id, .continues), old]) } }
        // The lines are listed by solution; when the table orders them otherwise, say where each goes.
        var solutionOrder = table.solutions.map(\.id)
        for line in table.lines where !solutionOrder.contains(line.solution) { solutionOrder.append(line.solution) }
        let listed = solutionOrder.flatMap { s in table.lines.filter { $0.solution == s }.map(\.id) }
        if listed != table.lines.map(\.id) {
            for (i, line) in table.lines.enumerated() { rows.append([kind, TableLayout.MetaKey.line(line.id, .position), "\(i + 1)"]) }
        }
        return rows + appliedRows(applied)
    }

    /// Whether the scenario changed the table it was read from: a condition not in its
    /// published state, a cell set aside, or a cell an operation changed.
    public static func isApplied(_ applied: AppliedScenario) -> Bool {
        applied.conditionStates.values.contains { $0 != .full } || !applied.excluded.isEmpty || !applied.beyondHorizon.isEmpty
            || applied.table.lines.contains { $0.cells.contains { !$0.history.isEmpty } }
    }

    /// The `applied.` rows (see ``TableMetaRows``); none for a table as its file wrote it.
    static func appliedRows(_ applied: AppliedScenario) -> [[String]] {
        guard isApplied(applied) else { return [] }
        let kind = TableLayout.RowKind.meta.rawValue
        let table = applied.table
        // Keys and values only, no prose: the rows are for the importer, and the CSV is read in
        // either language (the receipt words what they mean).
        var rows: [[String]] = [[kind, TableLayout.MetaKey.appliedScenario, applied.name]]
        var ids = table.conditions.map(\.id)
        for id in applied.conditionStates.keys.sorted() where !ids.contains(id) { ids.append(id) }
        for id in ids {
            guard let state = applied.conditionStates[id], state != .full else { continue }
            rows.append([kind, "applied.conditions.\(id)", state.description])
        }
        for (key, list) in [("excluded", applied.excluded), ("beyond_horizon", applied.beyondHorizon)] {
            for aside in list {
                let marks = aside.cell.conditions.compactMap { table.condition($0)?.mark }.joined()
                let amount = aside.cell.isInternal ? "(\(aside.cell.amount.description))" : aside.cell.amount.description
                rows.append([kind, "applied.\(key).\(aside.lineID).\(aside.cell.year)", amount + marks])
            }
        }
        return rows
    }
}
