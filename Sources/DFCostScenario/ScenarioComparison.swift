import DFCostModel

/// Two applied scenarios side by side: yearly totals and deltas, per-solution deltas, and every
/// cell that differs with the operations that changed it.
public struct ScenarioComparison: Sendable, Hashable {
    public struct YearDelta: Sendable, Hashable {
        public var year: Int
        public var base: ExactDecimal
        public var other: ExactDecimal
        public var delta: ExactDecimal
        /// delta / base × 100, rounded half away from zero to 0.1; nil when base is zero.
        public var percent: ExactDecimal?
    }

    public struct SolutionDelta: Sendable, Hashable {
        public var solution: String
        public var year: Int
        public var base: ExactDecimal
        public var other: ExactDecimal
        public var delta: ExactDecimal
    }

    public struct CellDelta: Sendable, Hashable {
        public var lineID: String
        public var year: Int
        /// The counted amount in each scenario (nil: no counted cell there).
        public var base: ExactDecimal?
        public var other: ExactDecimal?
        /// What changed it in OTHER: operations from the cell's history, or why it was set aside.
        public var reasons: [String]
    }

    public var baseName: String
    public var otherName: String
    public var years: [YearDelta]
    /// The horizon totals.
    public var horizon: YearDelta
    public var bySolution: [SolutionDelta]
    public var cells: [CellDelta]

    /// True when anything differs: a total, or any cell.
    public var hasChanges: Bool { !cells.isEmpty || years.contains { !$0.delta.isZero } }

    /// Compares `other` against `base`.
    public init(base: AppliedScenario, other: AppliedScenario) throws(ArithmeticError) {
        baseName = base.name
        otherName = other.name
        let bt = try base.totals(), ot = try other.totals()
        let summed = Array(Set(bt.summedYears).union(ot.summedYears)).sorted()
        years = try summed.map { y throws(ArithmeticError) in
            try Self.delta(year: y, bt.totals[y] ?? .zero, ot.totals[y] ?? .zero)
        }
        horizon = try Self.delta(year: 0, bt.horizonTotal, ot.horizonTotal)
        var solutions = base.table.solutions.map(\.id)
        for s in other.table.solutions.map(\.id) where !solutions.contains(s) { solutions.append(s) }
        var bySolution: [SolutionDelta] = []
        for s in solutions {
            for y in summed {
                let b = bt.bySolution[s]?[y] ?? .zero, o = ot.bySolution[s]?[y] ?? .zero
                bySolution.append(SolutionDelta(solution: s, year: y, base: b, other: o, delta: try o.subtracting(b)))
            }
        }
        self.bySolution = bySolution
        cells = Self.cellDeltas(base: base, other: other)
    }

    static func delta(year: Int, _ b: ExactDecimal, _ o: ExactDecimal) throws(ArithmeticError) -> YearDelta {
        let d = try o.subtracting(b)
        let percent = b.isZero ? nil : try d.multiplied(by: ExactDecimal(100)).divided(by: b, scale: 1)
        return YearDelta(year: year, base: b, other: o, delta: d, percent: percent)
    }

    static func counted(_ applied: AppliedScenario) -> [String: [Int: Cell]] {
        var map: [String: [Int: Cell]] = [:]
        for line in applied.table.lines {
            for cell in line.cells where cell.isCounted { map[line.id, default: [:]][cell.year] = cell }
        }
        return map
    }

    static func cellDeltas(base: AppliedScenario, other: AppliedScenario) -> [CellDelta] {
        let b = counted(base), o = counted(other)
        var order: [String] = base.table.lines.map(\.id)
        for l in other.table.lines where !order.contains(l.id) { order.append(l.id) }
        var out: [CellDelta] = []
        for id in order {
            let years = Set((b[id] ?? [:]).keys).union((o[id] ?? [:]).keys).sorted()
            for y in years {
                let bc = b[id]?[y], oc = o[id]?[y]
                guard bc?.amount != oc?.amount else { continue }
                var reasons = (oc?.history ?? []).map { step in
                    step.origin.map { "\(step.operation) (\($0))" } ?? "\(step.operation) (command line)"
                }
                for aside in other.excluded + other.beyondHorizon where aside.lineID == id
                    && (aside.cell.year == y || aside.cell.history.first?.fromYear == y) {
                    reasons.append(aside.reason)
                }
                if reasons.isEmpty, let bc {
                    // The cell moved away: its history in OTHER sits on the cell it moved to.
                    for line in other.table.lines where line.id == id {
                        for c in line.cells where c.history.contains(where: { $0.fromYear == bc.year && $0.toYear != bc.year }) {
                            reasons += c.history.map(\.operation)
                        }
                    }
                }
                out.append(CellDelta(lineID: id, year: y, base: bc?.amount, other: oc?.amount, reasons: reasons))
            }
        }
        return out
    }
}
