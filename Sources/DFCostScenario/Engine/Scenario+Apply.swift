import DFCostModel

extension Scenario {
    /// Applies the scenario in the one documented order (Scenarios/README.md, *Order of evaluation*):
    ///
    /// 1. the cells as written, with their marks;
    /// 2. the files' operations in order (base file first), then the command-line what-ifs, each
    ///    rounding at the precision of the file it is written in;
    /// 3. the condition states, on every counted cell that carries a mark, wherever it came from
    ///    (the published table, `set`, `add`, a what-if);
    /// 4. the pieces of a line that landed in one year merged into one cell.
    ///
    /// Derived amounts (scale, share, index) are computed exactly and rounded half away from zero,
    /// so results are identical on every machine.
    /// - Throws: ``ScenarioError`` for an unknown condition, a shift that leaves the table's years,
    ///   an internal and a counted amount in one year, an operation matching nothing under
    ///   `strict`, or arithmetic overflow.
    public func apply(_ options: ApplyOptions = ApplyOptions()) throws(ScenarioError) -> AppliedScenario {
        let options = try options.resolved(for: self)
        var engine = ApplyEngine(scenario: self, strict: options.strict)
        var states: [String: ConditionSetting] = conditionStates
        for (id, state) in options.conditionOverrides {
            guard base.condition(id) != nil else {
                throw .badWhatIf(.condition, subject: nil, .unknownCondition(id, suggestion: Suggestion.closest(to: id, in: base.conditions.map(\.id))))
            }
            states[id] = ConditionSetting(state: state, origin: nil)
        }
        for operation in operations + options.operations {
            try engine.apply(operation)
        }
        try engine.applyConditions(states)
        try engine.mergePieces()
        var effective: [String: ConditionState] = [:]
        for c in base.conditions { effective[c.id] = states[c.id]?.state ?? .full }
        return AppliedScenario(
            name: name, table: engine.table, excluded: engine.excluded, beyondHorizon: engine.beyondHorizon,
            notices: engine.notices, conditionStates: effective, payerKeys: payerKeys,
            precisionScale: engine.defaultScale)
    }
}

/// The mutable state of one application; kept private to the scenario library.
///
/// While operations and conditions run, a line's `cells` are *pieces*: a line may hold several
/// in one year (a marked cell shifted onto an unmarked one), each with its own marks, so a
/// condition acts on exactly the amounts that carry its mark. ``mergePieces()`` restores one
/// cell per year at the end.
struct ApplyEngine {
    var table: CostTable
    var excluded: [SetAsideCell] = []
    var beyondHorizon: [SetAsideCell] = []
    var notices: [EngineWarning] = []
    /// Decimals of the file named on the command line: what-ifs and command-line states round here.
    let defaultScale: Int
    let strict: Bool

    init(scenario: Scenario, strict: Bool) {
        table = scenario.base
        defaultScale = (try? scenario.precision.precisionScale()) ?? 3
        self.strict = strict
    }

    func fail(_ origin: SourceReference?, _ reason: OperationReason) -> ScenarioError {
        .operation(origin, reason)
    }

    func arithmetic<T>(_ origin: SourceReference?, _ body: () throws(ArithmeticError) -> T) throws(ScenarioError) -> T {
        do { return try body() } catch { throw fail(origin, .arithmetic(error)) }
    }

    /// Keeps a line's pieces in year order; pieces of one year keep their relative order.
    static func sortPieces(_ cells: inout [Cell]) {
        cells = cells.enumerated().sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
    }

    /// Step 4: the pieces of each year become one cell. Amounts add, marks are the union (in the
    /// order the conditions are declared), histories are kept in order.
    mutating func mergePieces() throws(ScenarioError) {
        for index in table.lines.indices {
            let line = table.lines[index]
            var merged: [Cell] = []
            for piece in line.cells {
                guard let last = merged.last, last.year == piece.year else {
                    merged.append(piece)
                    continue
                }
                let origin = piece.history.last?.origin ?? piece.origin
                guard last.isInternal == piece.isInternal else {
                    throw fail(origin, .conflicting(line: line.id, year: piece.year))
                }
                var cell = last
                let before = cell.amount
                cell.amount = try arithmetic(origin) { () throws(ArithmeticError) in try before.adding(piece.amount) }
                cell.conditions = orderedConditions(cell.conditions + piece.conditions)
                cell.history += piece.history + [CellChange(
                    reason: .merged(year: piece.year, writtenAt: piece.origin), origin: origin,
                    fromYear: piece.year, fromAmount: before, toYear: piece.year, toAmount: cell.amount)]
                merged[merged.count - 1] = cell
            }
            table.lines[index].cells = merged
        }
    }

    /// Condition ids without repeats, in the order the table declares them.
    func orderedConditions(_ ids: [String]) -> [String] {
        let order = Dictionary(table.conditions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return Array(Set(ids)).sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
    }

    mutating func noMatch(_ operation: Operation) throws(ScenarioError) {
        let warning = EngineWarning(origin: operation.origin, kind: .noMatch(operation: operation.label, noMatchReason(operation.selector)),
                                   operation: operation)
        if strict { throw .noMatchWhenStrict(warning) }
        notices.append(warning)
    }

    /// Why a selector selects nothing: a name no line has (with the nearest one), else the years
    /// or internal cells that left nothing to change.
    func noMatchReason(_ s: LineSelector) -> EngineWarning.NoMatch {
        let lines = table.lines
        let fields: [(String, [String], [String])] = [
            ("solution", s.solutions, table.solutions.map(\.id)),
            ("initiative", s.initiatives, unique(lines.map(\.initiative))),
            ("part", s.parts, unique(lines.map(\.part).filter { !$0.isEmpty })),
            ("line", s.lineIDs, lines.map(\.id)),
            ("tag", s.tags, unique(lines.flatMap(\.tags))),
        ]
        for (field, values, known) in fields {
            for value in values where !known.contains(value) {
                return .noLineHas(field: field, value: value, suggestion: Suggestion.closest(to: value, in: known))
            }
        }
        let selected = lines.filter(s.matches)
        guard !selected.isEmpty else { return .noLineHasAll(selector: s) }
        if let years = s.years, !selected.contains(where: { $0.cells.contains { years.contains($0.year) } }) {
            return .noCell(years: years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)-\(years.upperBound)")
        }
        if !s.includeInternal, !selected.contains(where: { $0.cells.contains { s.matches(year: $0.year) && $0.isCounted } }) {
            return .onlyInternal
        }
        return .noLine
    }

    func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
