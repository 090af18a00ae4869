import DFCostModel

extension Scenario {
    /// Applies the scenario: condition states first (they say where the conditional costs land),
    /// then the files' operations in order (base file first), then the command-line what-ifs.
    ///
    /// Derived amounts (scale, share, index) are computed exactly and rounded half away from zero
    /// at ``precision``, so results are identical on every machine.
    /// - Throws: ``ScenarioError`` for an unknown condition, a shift that leaves the table's years,
    ///   conflicting moves, an operation matching nothing under `strict`, or arithmetic overflow.
    public func apply(_ options: ApplyOptions = ApplyOptions()) throws(ScenarioError) -> AppliedScenario {
        var engine = ApplyEngine(scenario: self, strict: options.strict)
        var states: [String: ConditionSetting] = conditionStates
        for (id, state) in options.conditionOverrides {
            guard base.condition(id) != nil else {
                throw .badWhatIf("--condition: unknown condition '\(id)'\(Suggestion.hint(for: id, in: base.conditions.map(\.id)))")
            }
            states[id] = ConditionSetting(state: state, origin: nil)
        }
        try engine.applyConditions(states)
        for operation in operations + options.operations {
            try engine.apply(operation)
        }
        var effective: [String: ConditionState] = [:]
        for c in base.conditions { effective[c.id] = states[c.id]?.state ?? .full }
        return AppliedScenario(
            name: name, table: engine.table, excluded: engine.excluded, beyondHorizon: engine.beyondHorizon,
            warnings: engine.warnings, conditionStates: effective, payerKeys: payerKeys,
            precisionScale: engine.precisionScale)
    }
}

/// The mutable state of one application; kept private to the scenario library.
struct ApplyEngine {
    var table: CostTable
    var excluded: [SetAsideCell] = []
    var beyondHorizon: [SetAsideCell] = []
    var warnings: [String] = []
    let precisionScale: Int
    let strict: Bool

    init(scenario: Scenario, strict: Bool) {
        table = scenario.base
        precisionScale = (try? scenario.precision.precisionScale()) ?? 3
        self.strict = strict
    }

    func fail(_ origin: SourceReference?, _ message: String) -> ScenarioError {
        .operation(origin, message)
    }

    func arithmetic<T>(_ origin: SourceReference?, _ body: () throws(ArithmeticError) -> T) throws(ScenarioError) -> T {
        do { return try body() } catch { throw fail(origin, "\(error)") }
    }

    mutating func applyConditions(_ states: [String: ConditionSetting]) throws(ScenarioError) {
        for index in table.lines.indices {
            var line = table.lines[index]
            var kept: [Cell] = []
            var moved: [Cell] = []
            for var cell in line.cells {
                // Conditions act on counted cells. Internal cells are never summed and stay as
                // published, so the table keeps showing what the owner covered.
                guard cell.isCounted else {
                    kept.append(cell)
                    continue
                }
                var dropped = false
                for id in cell.conditions {
                    let setting = states[id]
                    let state = setting?.state ?? .full
                    let label = "condition \(id)=\(state)"
                    switch state {
                    case .full:
                        continue
                    case .none:
                        excluded.append(SetAsideCell(lineID: line.id, solution: line.solution, cell: cell, reason: label))
                        dropped = true
                    case .share(let s):
                        let before = cell.amount
                        cell.amount = try arithmetic(setting?.origin) { () throws(ArithmeticError) in
                            try before.multiplied(by: s).rounded(toScale: precisionScale)
                        }
                        cell.history.append(CellChange(operation: label, origin: setting?.origin, fromYear: cell.year,
                                                       fromAmount: before, toYear: cell.year, toAmount: cell.amount))
                    case .delayed(let n):
                        let from = cell.year
                        cell.year += n
                        cell.history.append(CellChange(operation: label, origin: setting?.origin, fromYear: from,
                                                       fromAmount: cell.amount, toYear: cell.year, toAmount: cell.amount))
                        if !table.years.contains(cell.year) {
                            beyondHorizon.append(SetAsideCell(lineID: line.id, solution: line.solution, cell: cell, reason: label))
                            dropped = true
                        }
                    }
                    if dropped { break }
                }
                guard !dropped else { continue }
                if cell.history.last.map({ $0.fromYear != $0.toYear }) ?? false { moved.append(cell) } else { kept.append(cell) }
            }
            line.cells = kept
            for cell in moved { try merge(cell, into: &line, origin: cell.history.last?.origin) }
            table.lines[index] = line
        }
    }

    /// Puts a cell in a line, adding it to an existing cell of the same year and kind.
    func merge(_ cell: Cell, into line: inout CostLine, origin: SourceReference?) throws(ScenarioError) {
        if let i = line.cells.firstIndex(where: { $0.year == cell.year }) {
            var existing = line.cells[i]
            guard existing.isInternal == cell.isInternal else {
                throw fail(origin, "conflicting operations: moving \(line.id) \(cell.history.last?.fromYear ?? cell.year) onto its \(cell.year) cell mixes an internal and a counted amount")
            }
            let before = existing.amount
            existing.amount = try arithmetic(origin) { () throws(ArithmeticError) in try before.adding(cell.amount) }
            existing.conditions = Array(Set(existing.conditions + cell.conditions)).sorted()
            existing.history += cell.history + [CellChange(operation: "merged with the moved cell", origin: origin, fromYear: cell.year,
                                                           fromAmount: before, toYear: cell.year, toAmount: existing.amount)]
            line.cells[i] = existing
        } else {
            line.cells.append(cell)
            line.cells.sort { $0.year < $1.year }
        }
    }

    mutating func noMatch(_ operation: Operation) throws(ScenarioError) {
        var message = "\(operation.label) matches no line"
        if let id = operation.selector.lineIDs.first {
            message += Suggestion.hint(for: id, in: table.lines.map(\.id))
        } else if let tag = operation.selector.tags.first {
            message += Suggestion.hint(for: tag, in: Array(Set(table.lines.flatMap(\.tags))).sorted())
        }
        if strict { throw fail(operation.origin, message + " (--strict)") }
        warnings.append(operation.origin.map { "\($0): warning: \(message)" } ?? "warning: \(message)")
    }
}
