import DFCostModel
import DFCostScenario

extension TotalLevel {
    /// The total D&F level of an applied scenario from its file's `[baseline]`, or nil when the
    /// scenario gives none (or an empty one).
    ///
    /// The baseline is in the kroner of the table as written, so it is indexed as the table's
    /// cells are: by every `index` operation (the files', then the what-ifs') whose selector
    /// picks whole solutions (by `solution`, or every line) and the year; each level is
    /// multiplied by the same factor, the product of (1 + rate) over the years after the base
    /// year, and rounded at the scenario's precision, half away from zero.
    /// With payer keys, each payer's part as well.
    /// - Throws: ``ArithmeticError`` when a figure leaves the decimal range;
    ///   ``ScenarioError/payerKeys(_:)`` when a solution with a baseline has no payer key for a year.
    public static func of(_ scenario: Scenario, whatIfs: ApplyOptions, applied: AppliedScenario, totals: Totals) throws -> TotalLevel? {
        guard let baseline = scenario.baseline, !baseline.isEmpty else { return nil }
        let indexes: [(selector: LineSelector, base: Int, rates: [Int: ExactDecimal])] = (scenario.operations + whatIfs.operations).compactMap { op in
            guard case .index(let base, let rates) = op.kind else { return nil }
            let s = op.selector
            guard s.initiatives.isEmpty, s.parts.isEmpty, s.lineIDs.isEmpty, s.tags.isEmpty else { return nil }
            return (s, base, rates)
        }
        var levels: [String: [Int: ExactDecimal]] = [:]
        var factors: [String: [Int: ExactDecimal]] = [:]
        for entry in baseline.entries {
            var indexed: [Int: ExactDecimal] = [:]
            for (year, level) in entry.levels {
                var factor = ExactDecimal.one, isIndexed = false
                for index in indexes where year > index.base && index.selector.matches(year: year)
                    && (index.selector.solutions.isEmpty || index.selector.solutions.contains(entry.solution)) {
                    for y in (index.base + 1)...year {
                        guard let rate = index.rates[y] else { continue }
                        factor = try factor.multiplied(by: .one.adding(rate))
                        isIndexed = true
                    }
                }
                if !isIndexed {
                    indexed[year] = level
                } else {
                    indexed[year] = try level.multiplied(by: factor).rounded(toScale: applied.precisionScale)
                    factors[entry.solution, default: [:]][year] = factor
                }
            }
            levels[entry.solution] = indexed
        }
        var level = try TotalLevel(source: baseline.source, indexedLevels: levels, factors: factors, totals: totals,
                                   solutionOrder: applied.table.solutions.map(\.id))
        if let keys = applied.payerKeys {
            do { try level.allocate(keys: keys, totals: totals, precisionScale: applied.precisionScale) } catch { throw ScenarioError.payerKeys(error) }
        }
        return level
    }
}
