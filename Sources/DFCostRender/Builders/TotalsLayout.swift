import DFCostTableLayout
import DFCostModel
import DFCostScenario

/// The rows of the TBU table in display order, which ``TotalsBuilder`` makes its table of.
///
/// It only arranges what ``Totals`` and ``AppliedScenario`` hold; it adds nothing up.
public struct TotalsLayout: Sendable {
    public enum RowKind: Sendable, Hashable {
        case solution, line, subtotal, sum, sumRounded, cumulative

        /// The kind as the machine layout writes it (``TableLayout/RowKind``), which the importer reads.
        public var machine: TableLayout.RowKind {
            switch self {
            case .solution: .solution
            case .line: .line
            case .subtotal: .subtotal
            case .sum: .sum
            case .sumRounded: .sumRounded
            case .cumulative: .cumulative
            }
        }
    }

    /// One shown cell: an amount, in parentheses when internal, followed by condition marks.
    public struct ShownCell: Sendable, Hashable {
        public var amount: ExactDecimal
        public var isInternal: Bool
        public var marks: String
    }

    public struct Row: Sendable {
        public var kind: RowKind
        public var label: String
        /// Id of the line or solution, for machine formats.
        public var id: String
        public var solution: String
        public var initiative: String
        public var part: String
        /// Year -> cell (absent where blank).
        public var cells: [Int: ShownCell]
    }

    public var years: [Int]
    public var rows: [Row]

    /// Arranges an applied scenario and its totals.
    public init(applied: AppliedScenario, totals: Totals, labels: Labels) {
        let table = applied.table
        years = table.years
        var rows: [Row] = []
        func plain(_ values: [Int: ExactDecimal]) -> [Int: ShownCell] {
            values.mapValues { ShownCell(amount: $0, isInternal: false, marks: "") }
        }
        var solutionOrder = table.solutions.map(\.id)
        for line in table.lines where !solutionOrder.contains(line.solution) { solutionOrder.append(line.solution) }
        for id in solutionOrder {
            let lines = table.lines(of: id)
            let name = table.solution(id)?.name ?? id
            guard !lines.isEmpty else { continue }
            rows.append(Row(kind: .solution, label: name, id: id, solution: id, initiative: "", part: "", cells: [:]))
            for line in lines {
                var cells: [Int: ShownCell] = [:]
                for cell in line.cells {
                    let marks = cell.conditions.compactMap { table.condition($0)?.mark }.joined()
                    cells[cell.year] = ShownCell(amount: cell.amount, isInternal: cell.isInternal, marks: marks)
                }
                rows.append(Row(kind: .line, label: line.label, id: line.id, solution: id,
                                initiative: line.initiative, part: line.part, cells: cells))
            }
            rows.append(Row(kind: .subtotal, label: "\(labels.subtotal) \(name)", id: id, solution: id,
                            initiative: "", part: "", cells: plain(totals.bySolution[id] ?? [:])))
        }
        rows.append(Row(kind: .sum, label: labels.sum, id: "sum", solution: "", initiative: "", part: "", cells: plain(totals.totals)))
        rows.append(Row(kind: .sumRounded, label: labels.sumRounded, id: "sum_rounded", solution: "", initiative: "", part: "",
                        cells: plain(totals.roundedTotals)))
        rows.append(Row(kind: .cumulative, label: labels.cumulative, id: "cumulative", solution: "", initiative: "", part: "",
                        cells: plain(totals.cumulative)))
        self.rows = rows
    }
}
