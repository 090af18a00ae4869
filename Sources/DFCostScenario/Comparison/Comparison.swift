import DFCostModel

/// The one comparison model: two or more applied scenarios (rounds of the table, or variants of
/// one) side by side: yearly totals, per-solution and per-line figures in a column per scenario,
/// in the order given, each with its change against a reference column, and how each line moved.
/// Two scenarios of one table have a detailed view over it, ``ScenarioComparison``: every cell
/// and set-aside cell that differs, and why.
///
/// Lines are followed across the columns by ``LineMatching``: by `id` in the same solution, then
/// by `continues`, then by solution + initiative + part (labels compared case- and
/// whitespace-insensitively), then by `id` in another solution (``Movement/Kind/solutionChanged``).
/// Lines of different solutions are never paired by their labels. A line no earlier column has is
/// new; a line the reference column has and a column lacks is dropped there.
public struct Comparison: Sendable, Hashable {
    /// What each column after the first is compared with.
    public enum Against: String, Sendable, Hashable, CaseIterable {
        /// The first column (the default).
        case first
        /// The column before it.
        case previous
    }

    /// One scenario to compare, with the file it was read from.
    public struct Input: Sendable {
        public var name: String
        public var file: String
        public var applied: AppliedScenario

        public init(name: String, file: String, applied: AppliedScenario) {
            self.name = name
            self.file = file
            self.applied = applied
        }
    }

    /// A column: the scenario's name and file.
    public struct Column: Sendable, Hashable {
        public var name: String
        public var file: String
    }

    /// One figure across the columns.
    public struct Series: Sendable, Hashable {
        /// Per column: the amount, nil where the column has none (a year it does not sum, a line
        /// it lacks).
        public var amounts: [ExactDecimal?]
        /// Per column: amount − the reference column's amount (a missing amount counts as zero);
        /// nil in the first column, and where both are missing.
        public var deltas: [ExactDecimal?]
        /// Per column: delta / reference × 100, rounded half away from zero to 0.1; nil where the
        /// reference is zero or missing.
        public var percents: [ExactDecimal?]
    }

    /// A yearly total (``year`` nil: the horizon total, every summed year).
    public struct YearRow: Sendable, Hashable {
        public var year: Int?
        public var series: Series
    }

    /// A subtotal of a solution or an initiative in one summed year (``year`` nil: the horizon).
    public struct GroupRow: Sendable, Hashable {
        public var key: String
        public var year: Int?
        public var series: Series
    }

    /// How a line moved between the reference column and a column.
    public struct Movement: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// Same cells, amounts, status and conditions, in the same solution.
            case unchanged
            /// The line belongs to another solution than in the reference column
            /// (``Movement/previousSolution``); its amounts are compared as for any other line.
            case solutionChanged = "solution_changed"
            /// The counted amounts differ (and are not the same amounts shifted).
            case amountChanged = "amount_changed"
            /// The same counted amounts, every one shifted by ``Movement/years`` years.
            case moved
            /// Not in the reference column.
            case new
            /// In the reference column only.
            case dropped
            /// A cell depends on a condition the reference line's cells do not.
            case conditionAdded = "condition_added"
            /// The reference line's cells depend on a condition no cell here does.
            case conditionRemoved = "condition_removed"
            /// A year counted in the reference column is internal here.
            case becameInternal = "became_internal"
            /// A year internal in the reference column is counted here.
            case becameCounted = "became_counted"
            /// Only amounts outside the sums differ (internal cells, or years shown but not
            /// summed); the summed amounts are the same.
            case unsummedAmountChanged = "unsummed_amount_changed"
        }

        /// What happened, in the order of ``Kind``'s cases.
        public var kinds: [Kind]
        /// With ``Kind/moved``: by how many years (negative: earlier).
        public var years: Int?
        public var conditionsAdded: [String]
        public var conditionsRemoved: [String]
        /// How the line was found in the reference column (nil for new and dropped lines).
        public var match: LineMatch?
        /// The line's id in the reference column, when it differs from its id here.
        public var previousID: String?
        /// With ``Kind/solutionChanged``: the line's solution in the reference column.
        public var previousSolution: String?

        public init(kinds: [Kind], years: Int? = nil, conditionsAdded: [String] = [], conditionsRemoved: [String] = [],
                    match: LineMatch? = nil, previousID: String? = nil, previousSolution: String? = nil) {
            self.kinds = kinds
            self.years = years
            self.conditionsAdded = conditionsAdded
            self.conditionsRemoved = conditionsRemoved
            self.match = match
            self.previousID = previousID
            self.previousSolution = previousSolution
        }
    }

    /// A line followed across the columns.
    public struct LineRow: Sendable, Hashable {
        /// The line's id in the last column that has it.
        public var id: String
        /// Per column: the line's id there (nil: not in that column).
        public var ids: [String?]
        /// Per column: the line's solution there (nil: not in that column).
        public var solutions: [String?]
        /// The line's solution in the last column that has it.
        public var solution: String
        public var initiative: String
        public var part: String
        /// The line's counted amounts summed over each column's summed years.
        public var total: Series
        /// Per summed year of the comparison, the line's counted amount (zero where the line has
        /// no counted cell that year; nil where the column lacks the line or does not sum the year).
        public var years: [Int: Series]
        /// Per column: how the line moved against the reference column; nil in the first column
        /// and where neither column has the line.
        public var movements: [Movement?]

        /// "Tiltak / del", or the initiative alone.
        public var label: String { part.isEmpty ? initiative : "\(initiative) / \(part)" }
    }

    public var against: Against
    public var columns: [Column]
    /// Every year summed by any column, increasing.
    public var years: [Int]
    /// The yearly totals, then the horizon total.
    public var totals: [YearRow]
    /// Per solution (in table order, every column's solutions), per summed year, then its horizon.
    public var bySolution: [GroupRow]
    /// Per initiative (parts summed across solutions), per summed year, then its horizon; nil
    /// unless asked for.
    public var byInitiative: [GroupRow]?
    /// Every line of every column, followed across them.
    public var lines: [LineRow]

    /// The column `column` is compared with; nil for the first.
    public func reference(of column: Int) -> Int? {
        column == 0 ? nil : (against == .first ? 0 : column - 1)
    }

    /// True when a total, a subtotal or a line differs between any column and its reference.
    public var hasChanges: Bool {
        let figures = totals.map(\.series) + bySolution.map(\.series) + (byInitiative ?? []).map(\.series) + lines.map(\.total)
        return figures.contains { $0.deltas.contains { $0.map { !$0.isZero } ?? false } }
            || lines.contains { $0.movements.contains { $0.map { $0.kinds != [.unchanged] || $0.previousID != nil } ?? false } }
    }

    /// Compares `inputs` (two or more), each column against the first or the previous one.
    /// - Throws: ``ArithmeticError`` when a sum leaves the decimal range.
    public init(_ inputs: [Input], against: Against = .first, byInitiative: Bool = false) throws(ArithmeticError) {
        self.against = against
        columns = inputs.map { Column(name: $0.name, file: $0.file) }
        var allTotals: [Totals] = []
        for input in inputs { allTotals.append(try input.applied.totals()) }
        years = Array(Set(allTotals.flatMap(\.summedYears))).sorted()
        let count = inputs.count
        let ref: (Int) -> Int? = { k in k == 0 ? nil : (against == .first ? 0 : k - 1) }

        // Totals.
        var totals: [YearRow] = []
        for y in years {
            totals.append(YearRow(year: y, series: try Self.series(allTotals.map { $0.summedYears.contains(y) ? $0.totals[y] ?? .zero : nil }, ref)))
        }
        totals.append(YearRow(year: nil, series: try Self.series(allTotals.map(\.horizonTotal), ref)))
        self.totals = totals

        // Per solution.
        var solutions: [String] = []
        for input in inputs { for s in input.applied.table.solutions.map(\.id) where !solutions.contains(s) { solutions.append(s) } }
        bySolution = try Self.groups(solutions, years: years, totals: allTotals, ref) { k, s, y in
            allTotals[k].summedYears.contains(y) ? allTotals[k].bySolution[s]?[y] ?? .zero : nil
        }

        // Per initiative.
        if byInitiative {
            var subtotals: [InitiativeSubtotals] = []
            for (input, t) in zip(inputs, allTotals) { subtotals.append(try InitiativeSubtotals(table: input.applied.table, totals: t)) }
            var initiatives: [String] = []
            for s in subtotals { for r in s.rows where !initiatives.contains(r.initiative) { initiatives.append(r.initiative) } }
            self.byInitiative = try Self.groups(initiatives, years: years, totals: allTotals, ref) { k, name, y in
                guard allTotals[k].summedYears.contains(y) else { return nil }
                return subtotals[k].rows.first { $0.initiative == name }?.amounts[y] ?? .zero
            }
        } else {
            self.byInitiative = nil
        }

        // Lines, followed across the columns.
        var known: [LineMatching.Known] = []
        var tracks: [[CostLine?]] = []
        var steps: [[LineMatch?]] = []
        var order: [Int] = []
        for (k, input) in inputs.enumerated() {
            let lines = input.applied.table.lines
            let matches = LineMatching.match(lines, to: known)
            var previousTrack: Int?
            for (i, line) in lines.enumerated() {
                let t: Int
                if let m = matches[i] {
                    t = m.index
                    steps[t][k] = m.match
                    if !known[t].ids.contains(line.id) { known[t].ids.append(line.id) } else if known[t].id != line.id {
                        known[t].ids.removeAll { $0 == line.id }
                        known[t].ids.append(line.id)
                    }
                    (known[t].solution, known[t].initiative, known[t].part) = (line.solution, line.initiative, line.part)
                } else {
                    t = known.count
                    known.append(.init(ids: [line.id], solution: line.solution, initiative: line.initiative, part: line.part))
                    tracks.append(Array(repeating: nil, count: count))
                    steps.append(Array(repeating: nil, count: count))
                    if k == 0 {
                        order.append(t)  // the first column's lines, in its order (no search: O(n), not O(n²))
                    } else {
                        // A new line goes after the line before it in its own column.
                        order.insert(t, at: previousTrack.flatMap { p in order.firstIndex(of: p).map { $0 + 1 } } ?? 0)
                    }
                }
                tracks[t][k] = line
                previousTrack = t
            }
        }
        var rows: [LineRow] = []
        for t in order {
            let cells = tracks[t]
            let last = cells.last { $0 != nil }!!
            let total = try Self.series(try zip(cells, allTotals).map { line, totals throws(ArithmeticError) in
                try line.map { l throws(ArithmeticError) in try Self.counted(l, in: Set(totals.summedYears)) }
            }, ref)
            var perYear: [Int: Series] = [:]
            for y in years {
                perYear[y] = try Self.series(zip(cells, allTotals).map { line, totals in
                    guard let line, totals.summedYears.contains(y) else { return nil }
                    return line.cells.filter { $0.year == y && $0.isCounted }.first?.amount ?? .zero
                }, ref)
            }
            var movements: [Movement?] = Array(repeating: nil, count: count)
            for k in 1..<max(count, 1) {
                guard let r = ref(k) else { continue }
                switch (cells[r], cells[k]) {
                case (nil, nil): break
                case (nil, .some): movements[k] = Movement(kinds: [.new])
                case (.some, nil): movements[k] = Movement(kinds: [.dropped])
                case (.some(let a), .some(let b)):
                    var movement = Self.movement(from: a, to: b,
                                                 summed: Set(allTotals[r].summedYears).union(allTotals[k].summedYears))
                    let between = steps[t][(r + 1)...k].compactMap { $0 }
                    movement.match = between.contains(.key) ? .key : between.contains(.continues) ? .continues : .id
                    movement.previousID = a.id == b.id ? nil : a.id
                    movements[k] = movement
                }
            }
            rows.append(LineRow(id: last.id, ids: cells.map { $0?.id }, solutions: cells.map { $0?.solution }, solution: last.solution, initiative: last.initiative,
                                part: last.part, total: total, years: perYear, movements: movements))
        }
        lines = rows
    }

    /// A line's counted cells summed over `years`.
    static func counted(_ line: CostLine, in years: Set<Int>) throws(ArithmeticError) -> ExactDecimal {
        var sum = ExactDecimal.zero
        for c in line.cells where c.isCounted && years.contains(c.year) { sum = try sum.adding(c.amount) }
        return sum
    }

    static func series(_ amounts: [ExactDecimal?], _ ref: (Int) -> Int?) throws(ArithmeticError) -> Series {
        var deltas: [ExactDecimal?] = [], percents: [ExactDecimal?] = []
        for (k, a) in amounts.enumerated() {
            guard let r = ref(k), a != nil || amounts[r] != nil else {
                deltas.append(nil)
                percents.append(nil)
                continue
            }
            let b = amounts[r]
            let d = try (a ?? .zero).subtracting(b ?? .zero)
            deltas.append(d)
            if let b, !b.isZero {
                percents.append(try d.multiplied(by: ExactDecimal(100)).divided(by: b, scale: 1))
            } else {
                percents.append(nil)
            }
        }
        return Series(amounts: amounts, deltas: deltas, percents: percents)
    }

    static func groups(_ keys: [String], years: [Int], totals: [Totals], _ ref: (Int) -> Int?,
                       amount: (Int, String, Int) -> ExactDecimal?) throws(ArithmeticError) -> [GroupRow] {
        var rows: [GroupRow] = []
        for key in keys {
            for y in years {
                rows.append(GroupRow(key: key, year: y, series: try series(totals.indices.map { amount($0, key, y) }, ref)))
            }
            var horizon: [ExactDecimal?] = []
            for (k, t) in totals.enumerated() {
                var sum = ExactDecimal.zero
                for y in t.summedYears { sum = try sum.adding(amount(k, key, y) ?? .zero) }
                horizon.append(sum)
            }
            rows.append(GroupRow(key: key, year: nil, series: try series(horizon, ref)))
        }
        return rows
    }

    /// How line `b` differs from line `a`.
    /// - Parameter summed: the years either column sums; amounts elsewhere (and internal ones)
    ///   count only for ``Movement/Kind/unsummedAmountChanged``.
    static func movement(from a: CostLine, to b: CostLine, summed: Set<Int>) -> Movement {
        func counted(_ l: CostLine) -> [(Int, ExactDecimal)] {
            l.cells.filter { $0.isCounted && summed.contains($0.year) }.map { ($0.year, $0.amount) }.sorted { $0.0 < $1.0 }
        }
        let ca = counted(a), cb = counted(b)
        var kinds: [Movement.Kind] = []
        var shift: Int?
        if !ca.elementsEqual(cb, by: { $0 == $1 }) {
            if let fa = ca.first, let fb = cb.first, ca.count == cb.count, fb.0 != fa.0,
               zip(ca, cb).allSatisfy({ $1.0 - $0.0 == fb.0 - fa.0 && $0.1 == $1.1 }) {
                shift = fb.0 - fa.0
                kinds.append(.moved)
            } else {
                kinds.append(.amountChanged)
            }
        }
        func conditions(_ l: CostLine) -> [String] {
            var out: [String] = []
            for c in l.cells { for id in c.conditions where !out.contains(id) { out.append(id) } }
            return out
        }
        let condA = conditions(a), condB = conditions(b)
        let added = condB.filter { !condA.contains($0) }, removed = condA.filter { !condB.contains($0) }
        if !added.isEmpty { kinds.append(.conditionAdded) }
        if !removed.isEmpty { kinds.append(.conditionRemoved) }
        let internalInA = Set(a.cells.filter(\.isInternal).map(\.year)), internalInB = Set(b.cells.filter(\.isInternal).map(\.year))
        let countedInA = Set(ca.map(\.0)), countedInB = Set(cb.map(\.0))
        if !countedInA.intersection(internalInB).isEmpty { kinds.append(.becameInternal) }
        if !internalInA.intersection(countedInB).isEmpty { kinds.append(.becameCounted) }
        if kinds.isEmpty && Set(a.cells.map { "\($0.year):\($0.amount):\($0.isInternal)" })
            != Set(b.cells.map { "\($0.year):\($0.amount):\($0.isInternal)" }) {
            kinds.append(.unsummedAmountChanged)
        }
        var previousSolution: String?
        if a.solution != b.solution {
            kinds.insert(.solutionChanged, at: 0)
            previousSolution = a.solution
        }
        if kinds.isEmpty { kinds = [.unchanged] }
        return Movement(kinds: kinds, years: shift, conditionsAdded: added, conditionsRemoved: removed, previousSolution: previousSolution)
    }
}
