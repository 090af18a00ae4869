import DFCostModel
import DFCostTableLayout
import DFCostScenario

/// The notes printed under a table: condition marks and states, internal cells, the table's own
/// notes, cells set aside, and warnings.
public enum Footnotes {
    /// The footnote lines, without any list markers.
    public static func lines(applied: AppliedScenario, locale: Language) -> [String] {
        let style = locale.numbers
        let labels = locale.labels
        let table = applied.table
        var out: [String] = []
        for c in table.conditions {
            let state = applied.conditionStates[c.id] ?? .full
            let stateText = state == .full ? "" : " \(labels.scenario): \(locale.operations.text(state))."
            out.append("\(c.mark) \(c.description)\(stateText)")
        }
        if table.lines.contains(where: { $0.cells.contains(where: \.isInternal) }) {
            out.append("\(TableLayout.parenthesisLegendMark) \(labels.internalNote)")
        }
        out += table.metadata.notes
        // A line by its name and solution's, as the tornado names it: a note stands outside the
        // table's solution groups.
        let names = LineNames([table])
        func name(_ aside: SetAsideCell) -> String {
            aside.label.isEmpty ? names.full(aside.lineID) : "\(aside.label) (\(names.solution(aside.solution)))"
        }
        for aside in applied.excluded {
            out.append("\(labels.excluded): \(name(aside)) \(aside.cell.year) \(style.format(aside.cell.amount)) (\(locale.reason(aside.reason)))")
        }
        for aside in applied.beyondHorizon {
            out.append("\(labels.beyondHorizon): \(name(aside)) \(aside.cell.year) \(style.format(aside.cell.amount)) (\(locale.reason(aside.reason)))")
        }
        return out
    }

    /// "Kilde: document, section (as of)".
    public static func source(_ metadata: TableMetadata, locale: Language) -> String? {
        let parts = [metadata.document, metadata.section].filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        let asOf = metadata.asOf.isEmpty ? "" : ", \(locale.labels.asOf) \(metadata.asOf)"
        return "\(locale.labels.source): \(parts.joined(separator: ", "))\(asOf)"
    }
}
