import DFCostModel

/// Two applied scenarios side by side: yearly totals and deltas, per-solution deltas, and every
/// difference between them with the operations that made it.
///
/// What counts as a change (``hasChanges``, and `compare --fail-on-change`):
/// - a yearly total or a per-solution subtotal that differs;
/// - the table's years or summed years (a horizon operation);
/// - a condition's state (``AppliedScenario/conditionStates``);
/// - a line in one table and not the other (added or removed);
/// - a cell, counted or internal, that differs in amount, appears, disappears, becomes internal or
///   counted, or depends on a different set of conditions;
/// - a cell set aside differently: excluded (a condition `none`, a removal) or moved beyond the
///   horizon in one scenario and not the other, or with another amount or reason.
///
/// Line labels, tags, solution names, notes, payer keys and cell histories alone are not compared.
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

    /// The table's years and summed years in both scenarios, when they differ.
    public struct YearsChange: Sendable, Hashable {
        public var baseYears: [Int]
        public var otherYears: [Int]
        public var baseSummedYears: [Int]
        public var otherSummedYears: [Int]
    }

    /// A condition whose state differs (nil: the scenario does not declare it).
    public struct ConditionDelta: Sendable, Hashable {
        public var condition: String
        public var base: ConditionState?
        public var other: ConditionState?
    }

    /// A line in one table and not the other.
    public struct LineChange: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// In OTHER only.
            case added
            /// In BASE only.
            case removed
        }

        public var lineID: String
        public var solution: String
        public var kind: Kind
        /// Why: the operation that added it in OTHER, the removal that set it aside, or (for a
        /// line BASE removed and OTHER keeps) BASE's removal prefixed "base: ".
        public var reasons: [String]
    }

    /// One cell (line and year) that differs.
    public struct CellDelta: Sendable, Hashable {
        /// How a cell differs; a cell may differ in several ways at once.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// The amount differs, or the cell is in one table only.
            case amount
            /// Counted in BASE, internal in OTHER.
            case becameInternal = "became_internal"
            /// Internal in BASE, counted in OTHER.
            case becameCounted = "became_counted"
            /// It depends on another set of conditions.
            case conditions
        }

        public var lineID: String
        public var year: Int
        /// The cell's amount in each scenario, counted or internal (nil: no cell there).
        public var base: ExactDecimal?
        public var other: ExactDecimal?
        /// True when the cell is internal (shown, never summed) in that scenario.
        public var baseIsInternal: Bool
        public var otherIsInternal: Bool
        /// The conditions the cell depends on in each scenario (empty: none, or no cell).
        public var baseConditions: [String]
        public var otherConditions: [String]
        /// How it differs, in the order of ``Kind``'s cases.
        public var kinds: [Kind]
        /// What changed it in OTHER: operations from the cell's history, or why it was set aside.
        public var reasons: [String]
    }

    /// A set-aside cell (``AppliedScenario/excluded`` or ``AppliedScenario/beyondHorizon``) that
    /// differs between the scenarios, matched by list, line and year.
    public struct SetAsideDelta: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// In ``AppliedScenario/excluded``: a condition `none`, a removal.
            case excluded
            /// In ``AppliedScenario/beyondHorizon``: moved past the table's years.
            case beyondHorizon = "beyond_horizon"
        }

        public struct Entry: Sendable, Hashable {
            public var amount: ExactDecimal
            public var isInternal: Bool
            public var reason: String
        }

        public var kind: Kind
        public var lineID: String
        public var year: Int
        /// The set-aside cell in each scenario (nil: not set aside there).
        public var base: Entry?
        public var other: Entry?
    }

    public var baseName: String
    public var otherName: String
    public var years: [YearDelta]
    /// The horizon totals.
    public var horizon: YearDelta
    public var bySolution: [SolutionDelta]
    /// The table's years, when they differ.
    public var tableYears: YearsChange?
    /// Conditions whose state differs, in the order BASE declares them.
    public var conditions: [ConditionDelta]
    /// Lines in one table only, in table order (BASE's, then OTHER's).
    public var lines: [LineChange]
    /// Every cell that differs, by line in table order, then year.
    public var cells: [CellDelta]
    /// Set-aside cells that differ, by list, line in table order, then year.
    public var setAside: [SetAsideDelta]

    /// True when a yearly total or a per-solution subtotal differs.
    public var hasTotalChanges: Bool {
        years.contains { !$0.delta.isZero } || bySolution.contains { !$0.delta.isZero }
    }

    /// True when anything differs (see the type's documentation for the list).
    public var hasChanges: Bool {
        hasTotalChanges || tableYears != nil || !conditions.isEmpty || !lines.isEmpty || !cells.isEmpty || !setAside.isEmpty
    }

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
        if base.table.years != other.table.years || base.table.summedYears.sorted() != other.table.summedYears.sorted() {
            tableYears = YearsChange(baseYears: base.table.years, otherYears: other.table.years,
                                     baseSummedYears: base.table.summedYears.sorted(), otherSummedYears: other.table.summedYears.sorted())
        }
        conditions = Self.conditionDeltas(base: base, other: other)
        lines = Self.lineChanges(base: base, other: other)
        cells = Self.cellDeltas(base: base, other: other)
        setAside = Self.setAsideDeltas(base: base, other: other)
    }

    static func delta(year: Int, _ b: ExactDecimal, _ o: ExactDecimal) throws(ArithmeticError) -> YearDelta {
        let d = try o.subtracting(b)
        let percent = b.isZero ? nil : try d.multiplied(by: ExactDecimal(100)).divided(by: b, scale: 1)
        return YearDelta(year: year, base: b, other: o, delta: d, percent: percent)
    }

    /// Line ids in table order: BASE's, then those only OTHER has.
    static func lineOrder(base: AppliedScenario, other: AppliedScenario) -> [String] {
        var order = base.table.lines.map(\.id)
        var seen = Set(order)
        for l in other.table.lines where seen.insert(l.id).inserted { order.append(l.id) }
        return order
    }

    static func conditionDeltas(base: AppliedScenario, other: AppliedScenario) -> [ConditionDelta] {
        var ids = base.table.conditions.map(\.id)
        for c in other.table.conditions where !ids.contains(c.id) { ids.append(c.id) }
        // States of conditions no table declares (should not happen) still count, in name order.
        for id in Set(base.conditionStates.keys).union(other.conditionStates.keys).sorted() where !ids.contains(id) { ids.append(id) }
        return ids.compactMap { id in
            let b = base.conditionStates[id], o = other.conditionStates[id]
            return b == o ? nil : ConditionDelta(condition: id, base: b, other: o)
        }
    }

    /// A history step as a reason: "operation (where it was written)".
    static func reason(_ step: CellChange) -> String {
        step.origin.map { "\(step.operation) (\($0))" } ?? "\(step.operation) (command line)"
    }

    static func lineChanges(base: AppliedScenario, other: AppliedScenario) -> [LineChange] {
        let baseLines = Dictionary(base.table.lines.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let otherLines = Dictionary(other.table.lines.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func asideReasons(_ applied: AppliedScenario, _ id: String) -> [String] {
            uniqued((applied.excluded + applied.beyondHorizon).filter { $0.lineID == id }.map(\.reason))
        }
        var out: [LineChange] = []
        for id in lineOrder(base: base, other: other) {
            if let line = baseLines[id], otherLines[id] == nil {
                out.append(LineChange(lineID: id, solution: line.solution, kind: .removed, reasons: asideReasons(other, id)))
            } else if let line = otherLines[id], baseLines[id] == nil {
                var reasons = uniqued(line.cells.flatMap(\.history).filter { $0.operation.hasPrefix("add line ") }.map(reason))
                reasons += asideReasons(base, id).map { "base: \($0)" }
                out.append(LineChange(lineID: id, solution: line.solution, kind: .added, reasons: reasons))
            }
        }
        return out
    }

    static func cellDeltas(base: AppliedScenario, other: AppliedScenario) -> [CellDelta] {
        let baseLines = Dictionary(base.table.lines.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let otherLines = Dictionary(other.table.lines.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [CellDelta] = []
        for id in lineOrder(base: base, other: other) {
            let bl = baseLines[id], ol = otherLines[id]
            let years = Set((bl?.cells ?? []).map(\.year)).union((ol?.cells ?? []).map(\.year)).sorted()
            for y in years {
                let bc = bl?.cell(in: y), oc = ol?.cell(in: y)
                var kinds: [CellDelta.Kind] = []
                if bc?.amount != oc?.amount { kinds.append(.amount) }
                if let bc, let oc {
                    if bc.isCounted && oc.isInternal { kinds.append(.becameInternal) }
                    if bc.isInternal && oc.isCounted { kinds.append(.becameCounted) }
                    if Set(bc.conditions) != Set(oc.conditions) { kinds.append(.conditions) }
                }
                guard !kinds.isEmpty else { continue }
                var reasons = (oc?.history ?? []).map(reason)
                for aside in other.excluded + other.beyondHorizon where aside.lineID == id
                    && (aside.cell.year == y || aside.cell.history.first?.fromYear == y) {
                    reasons.append(aside.reason)
                }
                if reasons.isEmpty, let bc {
                    // The cell moved away: its history in OTHER sits on the cell it moved to.
                    for c in ol?.cells ?? [] where c.history.contains(where: { $0.fromYear == bc.year && $0.toYear != bc.year }) {
                        reasons += c.history.map(\.operation)
                    }
                }
                if reasons.isEmpty, let bc {
                    // Nothing in OTHER touched it: what made the cell in BASE, e.g. a move OTHER lacks.
                    reasons = bc.history.map { "base: \(reason($0))" }
                }
                out.append(CellDelta(
                    lineID: id, year: y, base: bc?.amount, other: oc?.amount,
                    baseIsInternal: bc?.isInternal ?? false, otherIsInternal: oc?.isInternal ?? false,
                    baseConditions: bc?.conditions ?? [], otherConditions: oc?.conditions ?? [],
                    kinds: kinds, reasons: uniqued(reasons)))
            }
        }
        return out
    }

    static func setAsideDeltas(base: AppliedScenario, other: AppliedScenario) -> [SetAsideDelta] {
        struct Key: Hashable { var kind: SetAsideDelta.Kind; var lineID: String; var year: Int }
        func entries(_ applied: AppliedScenario) -> [Key: [SetAsideDelta.Entry]] {
            var map: [Key: [SetAsideDelta.Entry]] = [:]
            for (kind, list) in [(SetAsideDelta.Kind.excluded, applied.excluded), (.beyondHorizon, applied.beyondHorizon)] {
                for aside in list {
                    map[Key(kind: kind, lineID: aside.lineID, year: aside.cell.year), default: []]
                        .append(.init(amount: aside.cell.amount, isInternal: aside.cell.isInternal, reason: aside.reason))
                }
            }
            return map
        }
        let b = entries(base), o = entries(other)
        var order = lineOrder(base: base, other: other)
        for id in (base.excluded + base.beyondHorizon + other.excluded + other.beyondHorizon).map(\.lineID) where !order.contains(id) {
            order.append(id)
        }
        let rank = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let keys = Set(b.keys).union(o.keys).sorted {
            ($0.kind == .excluded ? 0 : 1, rank[$0.lineID] ?? .max, $0.year) < ($1.kind == .excluded ? 0 : 1, rank[$1.lineID] ?? .max, $1.year)
        }
        var out: [SetAsideDelta] = []
        for key in keys {
            var onlyBase = b[key] ?? [], onlyOther: [SetAsideDelta.Entry] = []
            for entry in o[key] ?? [] {
                if let i = onlyBase.firstIndex(of: entry) { onlyBase.remove(at: i) } else { onlyOther.append(entry) }
            }
            for i in 0..<max(onlyBase.count, onlyOther.count) {
                out.append(SetAsideDelta(kind: key.kind, lineID: key.lineID, year: key.year,
                                         base: i < onlyBase.count ? onlyBase[i] : nil,
                                         other: i < onlyOther.count ? onlyOther[i] : nil))
            }
        }
        return out
    }

    /// The distinct values, in first-seen order.
    static func uniqued(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
