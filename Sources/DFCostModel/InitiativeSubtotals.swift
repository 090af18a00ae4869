/// Subtotals per initiative (tiltak): the counted cells of each initiative's parts (del) summed,
/// per summed year, across solutions.
///
/// Every counted cell of a summed year belongs to exactly one initiative, so the subtotals add
/// up exactly to the totals (a property the tests check on every example scenario).
public struct InitiativeSubtotals: Sendable, Hashable {
    /// One initiative's subtotal.
    public struct Row: Sendable, Hashable {
        /// The initiative as the table names it.
        public var initiative: String
        /// The solutions it has lines in, in table order.
        public var solutions: [String]
        /// Summed year -> exact subtotal (zero where the initiative has no counted cell).
        public var amounts: [Int: ExactDecimal]
    }

    /// Initiatives in the order they first appear in the table.
    public var rows: [Row]
    /// The summed years.
    public var years: [Int]

    /// Sums a table's counted cells per initiative.
    /// - Throws: ``ArithmeticError`` when a sum leaves the decimal range.
    public init(table: CostTable, totals: Totals) throws(ArithmeticError) {
        years = totals.summedYears
        let summed = Set(years)
        var order: [String] = []
        var rows: [String: Row] = [:]
        for line in table.lines {
            if rows[line.initiative] == nil {
                order.append(line.initiative)
                rows[line.initiative] = Row(initiative: line.initiative, solutions: [],
                                            amounts: Dictionary(uniqueKeysWithValues: years.map { ($0, ExactDecimal.zero) }))
            }
            if !rows[line.initiative]!.solutions.contains(line.solution) { rows[line.initiative]!.solutions.append(line.solution) }
            for cell in line.cells where cell.isCounted && summed.contains(cell.year) {
                rows[line.initiative]!.amounts[cell.year] = try rows[line.initiative]!.amounts[cell.year, default: .zero].adding(cell.amount)
            }
        }
        self.rows = order.map { rows[$0]! }
    }
}
