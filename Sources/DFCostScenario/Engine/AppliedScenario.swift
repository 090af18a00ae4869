import DFCostModel

/// A scenario with its conditions and operations applied: the table to sum, and every cell that
/// no longer counts, with the reason.
public struct AppliedScenario: Sendable, Hashable {
    /// The scenario's name.
    public var name: String
    /// The resulting table.
    public var table: CostTable
    /// Cells that no longer count: a condition set to `none`, or a removed line.
    public var excluded: [SetAsideCell]
    /// Cells moved past the table's years (a delayed condition or a horizon change), with their amounts.
    public var beyondHorizon: [SetAsideCell]
    /// Operations that matched nothing, and similar notices, structured (to be worded per language).
    public var notices: [EngineWarning]
    /// The notices as English lines ("ORIGIN: warning: ...").
    public var warnings: [String] { notices.map(\.description) }
    /// The condition states in force, by condition id (every declared condition).
    public var conditionStates: [String: ConditionState]
    /// Who pays, when the scenario declares payer keys.
    public var payerKeys: PayerKeys?
    /// Decimals of derived amounts (the scenario's precision).
    public var precisionScale: Int = 3

    /// The totals of the resulting table.
    public func totals() throws(ArithmeticError) -> Totals {
        try Totals(table: table)
    }

    /// Each payer's part of the totals.
    /// - Throws: ``ScenarioError`` when the scenario declares no payers or a solution lacks a key.
    public func payerAllocation(_ totals: Totals) throws(ScenarioError) -> PayerAllocation {
        guard let payerKeys else {
            throw .badWhatIf(.payers, subject: nil, .noPayers(scenario: name))
        }
        do {
            return try PayerAllocation(table: table, totals: totals, keys: payerKeys, precisionScale: precisionScale)
        } catch {
            throw .payerKeys(error)
        }
    }
}

/// A cell set aside from the sums, and why.
public struct SetAsideCell: Sendable, Hashable {
    public var lineID: String
    /// The line's display name ("Program Pasientens legemiddelliste / FM"), kept because a
    /// removed line is no longer in the applied table to look it up; empty when not given.
    public var label: String
    public var solution: String
    public var cell: Cell
    /// Why: a condition's state, a removal, a horizon.
    public var reason: SetAsideReason

    public init(lineID: String, label: String = "", solution: String, cell: Cell, reason: SetAsideReason) {
        self.lineID = lineID
        self.label = label
        self.solution = solution
        self.cell = cell
        self.reason = reason
    }
}

/// What to change on top of the files when applying a scenario: the command-line what-ifs.
public struct ApplyOptions: Sendable, Hashable {
    /// `--condition NAME=STATE`: replaces the state the files set.
    public var conditionOverrides: [(String, ConditionState)]
    /// `--scale` and `--shift`: applied after the files' operations, in order.
    public var operations: [Operation]
    /// `--strict`: an operation that matches nothing is an error, not a warning.
    public var strict: Bool
    /// Lines added and cells set whose cells need the scenario's years and marks: they become
    /// operations in ``resolved(for:)``, before ``operations`` (adds first, then sets).
    public var lineAdditions: [PendingOperation] = []
    public var cellSettings: [PendingOperation] = []

    public init(conditionOverrides: [(String, ConditionState)] = [], operations: [Operation] = [], strict: Bool = false,
                lineAdditions: [PendingOperation] = [], cellSettings: [PendingOperation] = []) {
        self.conditionOverrides = conditionOverrides
        self.operations = operations
        self.strict = strict
        self.lineAdditions = lineAdditions
        self.cellSettings = cellSettings
    }

    /// The options with `--add` and `--set` turned into operations against `scenario`:
    /// the what-ifs in their documented order.
    /// - Throws: ``ScenarioError/badWhatIf(_:subject:_:)`` for a cell or line that does not fit the scenario.
    public func resolved(for scenario: Scenario) throws(ScenarioError) -> ApplyOptions {
        guard !lineAdditions.isEmpty || !cellSettings.isEmpty else { return self }
        var out = self
        var first: [Operation] = []
        for pending in lineAdditions { first.append(try pending.operation(for: scenario)) }
        for pending in cellSettings { first.append(try pending.operation(for: scenario)) }
        out.operations = first + operations
        out.lineAdditions = []
        out.cellSettings = []
        return out
    }

    public static func == (a: ApplyOptions, b: ApplyOptions) -> Bool {
        a.operations == b.operations && a.strict == b.strict && a.lineAdditions == b.lineAdditions && a.cellSettings == b.cellSettings
            && a.conditionOverrides.map(\.0) == b.conditionOverrides.map(\.0)
            && a.conditionOverrides.map(\.1) == b.conditionOverrides.map(\.1)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(operations)
        hasher.combine(strict)
        hasher.combine(lineAdditions)
        hasher.combine(cellSettings)
        for (k, v) in conditionOverrides { hasher.combine(k); hasher.combine(v) }
    }
}
