/// Each payer's part of each summed year's increase and of the cumulative level.
///
/// For every solution and summed year, the solution's exact subtotal is split by that year's key.
/// When every share times the subtotal is a finite decimal, the parts are exact. When a share has
/// no finite decimal (thirds), the parts are computed at `precisionScale` decimals by the
/// largest-remainder method, so they still add up **exactly** to the subtotal.
///
/// Rounded figures use the largest-remainder method too: each payer's exact part is rounded
/// down to the published precision, and the units still missing to reach the rounded total
/// go to the payers with the largest remainders (ties to the payer listed first). So the rounded
/// parts always add up to the rounded total.
public struct PayerAllocation: Sendable, Hashable {
    public var payers: [PayerKeys.Payer]
    public var years: [Int]
    /// Payer id -> summed year -> exact part of the yearly increase.
    public var exact: [String: [Int: ExactDecimal]]
    /// Payer id -> summed year -> part rounded at the totals' precision (largest remainder).
    public var rounded: [String: [Int: ExactDecimal]]
    /// Payer id -> summed year -> exact part of the cumulative level.
    public var cumulative: [String: [Int: ExactDecimal]]
    /// Payer id -> summed year -> rounded part of the cumulative level (largest remainder).
    public var roundedCumulative: [String: [Int: ExactDecimal]]
    /// Footnotes for keys that are assumptions, not public facts, in the order met.
    public var assumptions: [Assumption]

    /// A payer key that is an assumption, not a public fact: the solution and years it covers
    /// and the text the payer file gives (printed as written).
    public struct Assumption: Sendable, Hashable {
        /// The solution's id.
        public var solution: String
        /// The solution's name, for people.
        public var solutionName: String
        public var years: ClosedRange<Int>
        public var text: String

        /// "e-resept 2024-2026: text": the stable form of machine outputs (JSON).
        public var machineText: String { "\(solution) \(years.lowerBound)-\(years.upperBound): \(text)" }
    }

    /// Why payers cannot be allocated.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case missingKey(solution: String, year: Int)
        case arithmetic(ArithmeticError)

        public var description: String {
            switch self {
            case .missingKey(let s, let y): "no payer key for solution '\(s)' in \(y); add a [[payers.keys]] entry covering it"
            case .arithmetic(let e): "\(e)"
            }
        }
    }

    /// Allocates the totals of a table.
    /// - Parameter precisionScale: decimals of derived parts where a share has no finite decimal.
    public init(table: CostTable, totals: Totals, keys: PayerKeys, precisionScale: Int = 3) throws(Failure) {
        payers = keys.payers
        years = totals.summedYears
        var exact: [String: [Int: ExactDecimal]] = [:]
        var notes: [Assumption] = []
        do {
            for payer in keys.payers { exact[payer.id] = Dictionary(uniqueKeysWithValues: years.map { ($0, ExactDecimal.zero) }) }
            for solution in table.solutions {
                for year in years {
                    guard let key = keys.key(solution: solution.id, year: year) else {
                        throw Failure.missingKey(solution: solution.id, year: year)
                    }
                    if let assumption = key.assumption {
                        let note = Assumption(solution: solution.id, solutionName: solution.name, years: key.years, text: assumption)
                        if !notes.contains(note) { notes.append(note) }
                    }
                    let amount = totals.bySolution[solution.id]?[year] ?? .zero
                    let parts = try Self.split(amount, key: key, payers: keys.payers.map(\.id), scale: precisionScale)
                    for (payer, part) in parts {
                        exact[payer]![year] = try exact[payer]![year]!.adding(part)
                    }
                }
            }
            self.exact = exact
            let roundingScale = try totals.roundingPrecision.precisionScale()
            var cumulative: [String: [Int: ExactDecimal]] = [:]
            for payer in keys.payers {
                var running = ExactDecimal.zero
                for year in years {
                    running = try running.adding(exact[payer.id]![year]!)
                    cumulative[payer.id, default: [:]][year] = running
                }
            }
            self.cumulative = cumulative
            let ids = keys.payers.map(\.id)
            var rounded: [String: [Int: ExactDecimal]] = [:]
            var roundedCumulative: [String: [Int: ExactDecimal]] = [:]
            for year in years {
                let r = try Self.largestRemainder(ids.map { exact[$0]![year]! }, target: totals.roundedTotals[year] ?? .zero, scale: roundingScale)
                let c = try Self.largestRemainder(ids.map { cumulative[$0]![year]! },
                                                  target: (totals.cumulative[year] ?? .zero).rounded(toScale: roundingScale), scale: roundingScale)
                for (i, id) in ids.enumerated() {
                    rounded[id, default: [:]][year] = r[i]
                    roundedCumulative[id, default: [:]][year] = c[i]
                }
            }
            self.rounded = rounded
            self.roundedCumulative = roundedCumulative
            self.assumptions = notes
        } catch let error as Failure {
            throw error
        } catch let error as ArithmeticError {
            throw .arithmetic(error)
        } catch {
            throw .arithmetic(.overflow)
        }
    }

    /// Splits `amount` by a key: exactly when every part is a finite decimal, otherwise at `scale`
    /// decimals by the largest-remainder method (parts still sum exactly to `amount`).
    static func split(_ amount: ExactDecimal, key: PayerKeys.Key, payers: [String], scale: Int) throws -> [(String, ExactDecimal)] {
        let shares = payers.map { key.shares[$0] ?? Share(numerator: 0, denominator: 1)! }
        if shares.allSatisfy({ $0.exactDecimal != nil }) {
            return try zip(payers, shares).map { ($0, try amount.multiplied(by: $1.exactDecimal!)) }
        }
        let s = max(scale, amount.scale)
        var floors: [Int128] = []
        var remainders: [(Int128, Int128)] = []  // remainder / denominator
        for share in shares {
            guard let (q, r) = share.apportion(amount, scale: s) else { throw ArithmeticError.overflow }
            floors.append(q)
            remainders.append((r, Int128(share.denominator)))
        }
        let whole = Int128(amount.significand) * powerOfTen128(s - amount.scale)
        var missing = whole - floors.reduce(0, +)
        let order = remainders.indices.sorted { a, b in
            let (ra, da) = remainders[a], (rb, db) = remainders[b]
            let lhs = ra * db, rhs = rb * da
            return lhs != rhs ? lhs > rhs : a < b
        }
        var i = 0
        while missing > 0, !order.isEmpty {
            floors[order[i % order.count]] += 1
            missing -= 1
            i += 1
        }
        return try zip(payers, floors).map { payer, units in
            guard let v = Int64(exactly: units) else { throw ArithmeticError.overflow }
            return (payer, try ExactDecimal(significand: v, scale: s))
        }
    }

    /// Rounds values down to `scale` decimals and hands the units still missing to reach `target`
    /// to the largest remainders (ties to the earlier value).
    public static func largestRemainder(_ values: [ExactDecimal], target: ExactDecimal, scale: Int) throws(ArithmeticError) -> [ExactDecimal] {
        var floors: [ExactDecimal] = []
        var remainders: [ExactDecimal] = []
        for v in values {
            var f = v.rounded(toScale: scale)
            if f > v { f = try f.subtracting(try ExactDecimal(significand: 1, scale: scale)) }
            floors.append(f)
            remainders.append(try v.subtracting(f))
        }
        let step = try ExactDecimal(significand: 1, scale: scale)
        var missing = try target.subtracting(try floors.exactSum())
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        var i = 0
        while !missing.isNegative, !missing.isZero, !order.isEmpty {
            floors[order[i % order.count]] = try floors[order[i % order.count]].adding(step)
            missing = try missing.subtracting(step)
            i += 1
        }
        return floors
    }
}

/// One payer's part in two scenarios, for `compare --by payer`.
public struct PayerDelta: Sendable, Hashable {
    public var payer: PayerKeys.Payer
    public var year: Int
    public var base: ExactDecimal
    public var other: ExactDecimal
    public var delta: ExactDecimal

    /// Exact deltas of every payer of `other` (base 0 for a payer base lacks), per summed year of either.
    public static func between(_ base: PayerAllocation, _ other: PayerAllocation) throws(ArithmeticError) -> [PayerDelta] {
        var payers = base.payers
        for p in other.payers where !payers.contains(where: { $0.id == p.id }) { payers.append(p) }
        let years = Array(Set(base.years).union(other.years)).sorted()
        var out: [PayerDelta] = []
        for p in payers {
            for y in years {
                let b = base.exact[p.id]?[y] ?? .zero, o = other.exact[p.id]?[y] ?? .zero
                out.append(PayerDelta(payer: p, year: y, base: b, other: o, delta: try o.subtracting(b)))
            }
        }
        return out
    }
}
