/// The total D&F level per solution and summed year: the existing level (the baseline, indexed
/// as the table was) plus the cumulative increase of the table's counted cells up to that year.
///
/// Only solutions with a baseline have a level; the sum per year is over those solutions, and
/// the solutions of the table without one are listed so that a reader sees what the sum leaves out.
public struct TotalLevel: Sendable, Hashable {
    /// One solution's figures per summed year.
    public struct Row: Sendable, Hashable {
        /// The solution's id.
        public var solution: String
        /// Year -> the existing level, indexed when the scenario indexes the table.
        public var baseline: [Int: ExactDecimal]
        /// Year -> the solution's increase summed over the summed years up to this one.
        public var cumulativeIncrease: [Int: ExactDecimal]
        /// Year -> baseline + cumulative increase.
        public var level: [Int: ExactDecimal]
    }

    /// Where the baseline comes from.
    public var source: String
    /// The summed years, ascending.
    public var years: [Int]
    /// A row per solution with a baseline, in the table's order of solutions.
    public var rows: [Row]
    /// The sum of the rows, per year.
    public var sum: Row
    /// Solutions of the table without a baseline (not in the sum), in the table's order.
    public var withoutBaseline: [String]
    /// Year -> the index factor the baseline was multiplied by (years after an index's base
    /// year only); empty when the scenario indexes nothing.
    public var indexFactors: [String: [Int: ExactDecimal]]
    /// Each payer's part, when the scenario has payer keys (``allocate(keys:totals:precisionScale:)``).
    public var payers: [PayerRow]?

    /// The total level of `totals` over `baseline`, whose levels are already indexed
    /// (`indexedLevels`: solution -> year -> level; `factors` records the factors used).
    /// - Throws: ``ArithmeticError`` when a sum leaves the decimal range.
    public init(source: String, indexedLevels: [String: [Int: ExactDecimal]], factors: [String: [Int: ExactDecimal]] = [:],
                totals: Totals, solutionOrder: [String]) throws(ArithmeticError) {
        self.source = source
        years = totals.summedYears
        indexFactors = factors
        var rows: [Row] = []
        var sum = Row(solution: "", baseline: [:], cumulativeIncrease: [:], level: [:])
        for solution in solutionOrder {
            guard let levels = indexedLevels[solution] else { continue }
            var row = Row(solution: solution, baseline: [:], cumulativeIncrease: [:], level: [:])
            var running = ExactDecimal.zero
            for year in years {
                running = try running.adding(totals.bySolution[solution]?[year] ?? .zero)
                guard let base = levels[year] else { continue }
                row.baseline[year] = base
                row.cumulativeIncrease[year] = running
                row.level[year] = try base.adding(running)
            }
            for year in years {
                if let b = row.baseline[year] { sum.baseline[year] = try sum.baseline[year, default: .zero].adding(b) }
                if let c = row.cumulativeIncrease[year] { sum.cumulativeIncrease[year] = try sum.cumulativeIncrease[year, default: .zero].adding(c) }
                if let l = row.level[year] { sum.level[year] = try sum.level[year, default: .zero].adding(l) }
            }
            rows.append(row)
        }
        self.rows = rows
        self.sum = sum
        withoutBaseline = solutionOrder.filter { indexedLevels[$0] == nil }
    }
}
