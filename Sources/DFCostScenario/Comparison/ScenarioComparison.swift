import DFCostModel

/// The detailed view of a two-column ``Comparison`` of two scenarios of one table: its yearly
/// totals and deltas and per-solution deltas (read from the comparison's columns), and every
/// difference between them with the operations that made it.
///
/// What counts as a change (``hasChanges``, and `compare --fail-on-change`):
/// - a yearly total or a per-solution subtotal that differs;
/// - the table's years or summed years (a horizon operation);
/// - a condition's state (``AppliedScenario/conditionStates``);
/// - a line in one table and not the other (added or removed);
/// - a line whose id or label (initiative, part) changed (renamed), or that moved to another
///   solution: one change each, its cells compared with the line it continues;
/// - a cell, counted or internal, that differs in amount, appears, disappears, becomes internal or
///   counted, or depends on a different set of conditions;
/// - a cell set aside differently: excluded (a condition `none`, a removal) or moved beyond the
///   horizon in one scenario and not the other, or with another amount or reason.
///
/// Lines are paired as ``LineMatching`` pairs rounds: by `id` in the same solution, then by
/// `continues`, then by solution + initiative + part (labels compared case- and
/// whitespace-insensitively), then by `id` in another solution. A line OTHER set aside (a removal)
/// is paired by id only. Labels that differ only in case or whitespace are the same label.
///
/// Tags, solution names, notes, payer keys and cell histories alone are not compared.
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

    /// A line in one table and not the other, or a line in both whose identity changed.
    public struct LineChange: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// In OTHER only.
            case added
            /// In BASE only.
            case removed
            /// In both, with another id (``previousID``) or another initiative or part
            /// (``previousLabel``): one change, not a removal and an addition.
            case renamed
            /// In both, in another solution (``previousSolution``); its id or label may differ too.
            case solutionChanged = "solution_changed"
        }

        /// The line's id: OTHER's, or BASE's for a removed line.
        public var lineID: String
        /// The line's solution: OTHER's, or BASE's for a removed line.
        public var solution: String
        public var kind: Kind
        /// Why: the operation that added it in OTHER, the removal that set it aside, or (for a
        /// line BASE removed and OTHER keeps) BASE's removal as ``ComparisonReason/base(_:)``.
        public var reasons: [ComparisonReason]
        /// How the line was found in BASE (renamed and moved lines only).
        public var match: LineMatch?
        /// BASE's id, when it differs from ``lineID``.
        public var previousID: String?
        /// BASE's solution, when it differs.
        public var previousSolution: String?
        /// BASE's label ("initiative / part"), when it differs from ``label`` other than in case
        /// or whitespace.
        public var previousLabel: String?
        /// OTHER's label, when ``previousLabel`` is set.
        public var label: String?

        public init(lineID: String, solution: String, kind: Kind, reasons: [ComparisonReason] = [], match: LineMatch? = nil,
                    previousID: String? = nil, previousSolution: String? = nil, previousLabel: String? = nil, label: String? = nil) {
            self.lineID = lineID
            self.solution = solution
            self.kind = kind
            self.reasons = reasons
            self.match = match
            self.previousID = previousID
            self.previousSolution = previousSolution
            self.previousLabel = previousLabel
            self.label = label
        }
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

        /// The line's id in OTHER (BASE's for a line only BASE has).
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
        public var reasons: [ComparisonReason]
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
            public var reason: SetAsideReason
        }

        public var kind: Kind
        /// The line's id in OTHER (BASE's for a line OTHER does not have).
        public var lineID: String
        public var year: Int
        /// The set-aside cell in each scenario (nil: not set aside there).
        public var base: Entry?
        public var other: Entry?
    }

    /// The two columns, BASE then OTHER, compared as every comparison is.
    public var columns: Comparison
    public var baseName: String { columns.columns[0].name }
    public var otherName: String { columns.columns[1].name }
    /// Per summed year of either scenario: the totals and their delta.
    public var years: [YearDelta] { columns.totals.compactMap { row in row.year.map { Self.delta(year: $0, row.series) } } }
    /// The horizon totals.
    public var horizon: YearDelta { Self.delta(year: 0, columns.totals.first { $0.year == nil }!.series) }
    /// Per solution (every solution of either table, in table order), per summed year.
    public var bySolution: [SolutionDelta] {
        columns.bySolution.compactMap { row in
            row.year.map { y in
                let d = Self.delta(year: y, row.series)
                return SolutionDelta(solution: row.key, year: y, base: d.base, other: d.other, delta: d.delta)
            }
        }
    }
    /// The table's years, when they differ.
    public var tableYears: YearsChange?
    /// Conditions whose state differs, in the order BASE declares them.
    public var conditions: [ConditionDelta]
    /// Lines in one table only, renamed or moved to another solution, in table order (BASE's,
    /// then OTHER's).
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
    /// - Parameter baseFile, otherFile: where each was read from (the columns' files).
    public init(base: AppliedScenario, other: AppliedScenario, baseFile: String = "", otherFile: String = "") throws(ArithmeticError) {
        columns = try Comparison([.init(name: base.name, file: baseFile, applied: base),
                                  .init(name: other.name, file: otherFile, applied: other)])
        if base.table.years != other.table.years || base.table.summedYears.sorted() != other.table.summedYears.sorted() {
            tableYears = YearsChange(baseYears: base.table.years, otherYears: other.table.years,
                                     baseSummedYears: base.table.summedYears.sorted(), otherSummedYears: other.table.summedYears.sorted())
        }
        conditions = Self.conditionDeltas(base: base, other: other)
        let pairs = Self.pairs(base: base, other: other)
        lines = Self.lineChanges(pairs, base: base, other: other)
        cells = Self.cellDeltas(pairs, base: base, other: other)
        setAside = Self.setAsideDeltas(pairs, base: base, other: other)
    }

    /// A figure of the two columns as a delta: a missing amount (a year one scenario does not
    /// sum) counts as zero.
    static func delta(year: Int, _ s: Comparison.Series) -> YearDelta {
        YearDelta(year: year, base: s.amounts[0] ?? .zero, other: s.amounts[1] ?? .zero, delta: s.deltas[1] ?? .zero, percent: s.percents[1])
    }

    /// A line of BASE and the OTHER line it continues (either nil: in one table only).
    struct Pair {
        var base: CostLine?
        var other: CostLine?
        var match: LineMatch?
        /// OTHER's id, or BASE's for a line only BASE has.
        var id: String { other?.id ?? base!.id }
    }

    /// The lines of both tables paired by ``LineMatching``, in table order: BASE's (with what
    /// OTHER has of each), then those only OTHER has. A BASE line OTHER set aside is paired by
    /// id only, so that a removal and an added line with the same labels stay two changes.
    static func pairs(base: AppliedScenario, other: AppliedScenario) -> [Pair] {
        let baseLines = base.table.lines, otherLines = other.table.lines
        let known = baseLines.map { LineMatching.Known(ids: [$0.id], solution: $0.solution, initiative: $0.initiative, part: $0.part) }
        let setAside = Set((other.excluded + other.beyondHorizon).map(\.lineID))
        let idOnly = Set(baseLines.indices.filter { setAside.contains(baseLines[$0].id) })
        let matches = LineMatching.match(otherLines, to: known, idOnly: idOnly)
        var pairs = baseLines.map { Pair(base: $0, other: nil, match: nil) }
        var unmatched: [Pair] = []
        for (i, line) in otherLines.enumerated() {
            if let m = matches[i] {
                pairs[m.index].other = line
                pairs[m.index].match = m.match
            } else {
                unmatched.append(Pair(base: nil, other: line, match: nil))
            }
        }
        return pairs + unmatched
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

    /// "initiative / part", or the initiative alone.
    static func label(_ line: CostLine) -> String {
        line.part.isEmpty ? line.initiative : "\(line.initiative) / \(line.part)"
    }

    static func lineChanges(_ pairs: [Pair], base: AppliedScenario, other: AppliedScenario) -> [LineChange] {
        func asideReasons(_ applied: AppliedScenario, _ id: String) -> [ComparisonReason] {
            uniqued((applied.excluded + applied.beyondHorizon).filter { $0.lineID == id }.map { .setAside($0.reason) })
        }
        var out: [LineChange] = []
        for pair in pairs {
            switch (pair.base, pair.other) {
            case (let line?, nil):
                out.append(LineChange(lineID: line.id, solution: line.solution, kind: .removed, reasons: asideReasons(other, line.id)))
            case (nil, let line?):
                var reasons = uniqued(line.cells.flatMap(\.history).filter(\.addsLine).map(ComparisonReason.init))
                reasons += asideReasons(base, line.id).map { .base($0) }
                out.append(LineChange(lineID: line.id, solution: line.solution, kind: .added, reasons: reasons))
            case (let b?, let o?):
                let relabelled = !LineMatching.sameLabel(b.initiative, o.initiative) || !LineMatching.sameLabel(b.part, o.part)
                guard b.id != o.id || b.solution != o.solution || relabelled else { continue }
                out.append(LineChange(
                    lineID: o.id, solution: o.solution, kind: b.solution != o.solution ? .solutionChanged : .renamed,
                    reasons: [], match: pair.match, previousID: b.id == o.id ? nil : b.id,
                    previousSolution: b.solution == o.solution ? nil : b.solution,
                    previousLabel: relabelled ? label(b) : nil, label: relabelled ? label(o) : nil))
            case (nil, nil):
                break
            }
        }
        return out
    }

    static func cellDeltas(_ pairs: [Pair], base: AppliedScenario, other: AppliedScenario) -> [CellDelta] {
        var out: [CellDelta] = []
        for pair in pairs {
            let id = pair.id
            let bl = pair.base, ol = pair.other
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
                var reasons = (oc?.history ?? []).map(ComparisonReason.init)
                for aside in other.excluded + other.beyondHorizon where aside.lineID == id
                    && (aside.cell.year == y || aside.cell.history.first?.fromYear == y) {
                    reasons.append(.setAside(aside.reason))
                }
                if reasons.isEmpty, let bc {
                    // The cell moved away: its history in OTHER sits on the cell it moved to.
                    for c in ol?.cells ?? [] where c.history.contains(where: { $0.fromYear == bc.year && $0.toYear != bc.year }) {
                        reasons += c.history.map { .movedAway($0.reason) }
                    }
                }
                if reasons.isEmpty, let bc {
                    // Nothing in OTHER touched it: what made the cell in BASE, e.g. a move OTHER lacks.
                    reasons = bc.history.map { .base(ComparisonReason($0)) }
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

    static func setAsideDeltas(_ pairs: [Pair], base: AppliedScenario, other: AppliedScenario) -> [SetAsideDelta] {
        struct Key: Hashable { var kind: SetAsideDelta.Kind; var lineID: String; var year: Int }
        // BASE's set-aside cells of a line OTHER continues under another id count under OTHER's id.
        var renamed: [String: String] = [:]
        for pair in pairs { if let b = pair.base, let o = pair.other, b.id != o.id { renamed[b.id] = o.id } }
        func entries(_ applied: AppliedScenario, ids: [String: String]) -> [Key: [SetAsideDelta.Entry]] {
            var map: [Key: [SetAsideDelta.Entry]] = [:]
            for (kind, list) in [(SetAsideDelta.Kind.excluded, applied.excluded), (.beyondHorizon, applied.beyondHorizon)] {
                for aside in list {
                    map[Key(kind: kind, lineID: ids[aside.lineID] ?? aside.lineID, year: aside.cell.year), default: []]
                        .append(.init(amount: aside.cell.amount, isInternal: aside.cell.isInternal, reason: aside.reason))
                }
            }
            return map
        }
        let b = entries(base, ids: renamed), o = entries(other, ids: [:])
        var order = pairs.map(\.id)
        for id in (base.excluded + base.beyondHorizon).map({ renamed[$0.lineID] ?? $0.lineID }) + (other.excluded + other.beyondHorizon).map(\.lineID)
            where !order.contains(id) {
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
    static func uniqued<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}

extension CellChange {
    /// True when the step is the `add` operation that made the cell's line.
    var addsLine: Bool {
        if case .operation(let op) = reason, case .add = op.kind { return true }
        return false
    }
}
