/// The sums of a table as the committee reads them: per summed year, per solution, and the
/// cumulative level.
///
/// Only counted cells (not internal) of summed years enter. The cumulative level of a summed
/// year is the sum of the increases of every summed year up to and including it: the increases
/// add up year over year.
public struct Totals: Sendable, Hashable {
    /// Every year shown.
    public var years: [Int]
    /// The summed years, ascending.
    public var summedYears: [Int]
    /// Summed year -> exact sum of the increases.
    public var totals: [Int: ExactDecimal]
    /// The precision the rounded totals use (the published precision, or 1 MNOK).
    public var roundingPrecision: ExactDecimal
    /// Summed year -> sum rounded half away from zero at ``roundingPrecision``.
    public var roundedTotals: [Int: ExactDecimal]
    /// Solution id -> summed year -> exact sum (every solution of the table, zero when empty).
    public var bySolution: [String: [Int: ExactDecimal]]
    /// Summed year -> cumulative level.
    public var cumulative: [Int: ExactDecimal]
    /// The sum over all summed years (the cumulative level of the last one).
    public var horizonTotal: ExactDecimal

    /// Computes the totals of a table.
    /// - Throws: ``ArithmeticError`` when a sum leaves the decimal range.
    public init(table: CostTable) throws(ArithmeticError) {
        years = table.years
        summedYears = table.summedYears.sorted()
        roundingPrecision = table.published?.precision ?? .one
        let scale = try roundingPrecision.precisionScale()
        var totals: [Int: ExactDecimal] = [:]
        var bySolution: [String: [Int: ExactDecimal]] = [:]
        for solution in table.solutions {
            bySolution[solution.id] = Dictionary(uniqueKeysWithValues: summedYears.map { ($0, .zero) })
        }
        for year in summedYears { totals[year] = .zero }
        let summed = Set(summedYears)
        for line in table.lines {
            for cell in line.cells where cell.isCounted && summed.contains(cell.year) {
                totals[cell.year] = try totals[cell.year, default: .zero].adding(cell.amount)
                bySolution[line.solution, default: [:]][cell.year] =
                    try bySolution[line.solution, default: [:]][cell.year, default: .zero].adding(cell.amount)
            }
        }
        var running = ExactDecimal.zero
        var cumulative: [Int: ExactDecimal] = [:]
        for year in summedYears {
            running = try running.adding(totals[year, default: .zero])
            cumulative[year] = running
        }
        self.totals = totals
        self.roundedTotals = totals.mapValues { $0.rounded(toScale: scale) }
        self.bySolution = bySolution
        self.cumulative = cumulative
        self.horizonTotal = running
    }
}
