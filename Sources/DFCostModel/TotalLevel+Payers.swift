extension TotalLevel {
    /// One payer's part of the total level per summed year.
    public struct PayerRow: Sendable, Hashable {
        public var payer: PayerKeys.Payer
        /// Year -> the payer's part of the baseline (each solution's baseline split by its key of that year).
        public var baseline: [Int: ExactDecimal]
        /// Year -> the payer's part of the increase summed up to that year (each year's increase
        /// split by that year's key, as `--by payer` splits it).
        public var cumulativeIncrease: [Int: ExactDecimal]
        /// Year -> baseline part + cumulative increase part.
        public var level: [Int: ExactDecimal]
    }

    /// Each payer's part of the total level of the solutions with a baseline, split by the
    /// scenario's payer keys exactly as ``PayerAllocation`` splits the increase (the parts of a
    /// solution and year add up to it exactly, so the payers' levels add up to ``sum``).
    /// - Throws: ``PayerAllocation/Failure`` when a solution with a baseline has no key for a year.
    public mutating func allocate(keys: PayerKeys, totals: Totals, precisionScale: Int) throws(PayerAllocation.Failure) {
        var out = keys.payers.map { PayerRow(payer: $0, baseline: [:], cumulativeIncrease: [:], level: [:]) }
        do {
            for row in rows {
                var running = [ExactDecimal](repeating: .zero, count: out.count)
                for year in years {
                    guard let key = keys.key(solution: row.solution, year: year) else {
                        throw PayerAllocation.Failure.missingKey(solution: row.solution, year: year)
                    }
                    let ids = keys.payers.map(\.id)
                    let increase = try PayerAllocation.split(totals.bySolution[row.solution]?[year] ?? .zero, key: key, payers: ids, scale: precisionScale)
                    for (i, part) in increase.enumerated() { running[i] = try running[i].adding(part.1) }
                    guard let base = row.baseline[year] else { continue }
                    let baseParts = try PayerAllocation.split(base, key: key, payers: ids, scale: precisionScale)
                    for i in out.indices {
                        out[i].baseline[year] = try out[i].baseline[year, default: .zero].adding(baseParts[i].1)
                        out[i].cumulativeIncrease[year] = try out[i].cumulativeIncrease[year, default: .zero].adding(running[i])
                        out[i].level[year] = try out[i].level[year, default: .zero].adding(baseParts[i].1.adding(running[i]))
                    }
                }
            }
        } catch let error as PayerAllocation.Failure {
            throw error
        } catch let error as ArithmeticError {
            throw .arithmetic(error)
        } catch {
            throw .arithmetic(.overflow)
        }
        payers = out
    }
}
