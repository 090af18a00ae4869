import DFCostModel

/// A scenario as read from a file and its `extends` chain: the base table as published, then
/// everything the chain says to do to it, in order. Nothing is applied yet; see ``apply(_:options:)``.
public struct Scenario: Sendable, Hashable {
    /// The table as the base file of the chain defines it (plus lines later files add).
    public var base: CostTable
    /// Operations in order: base file first, each file's in the order written.
    public var operations: [Operation]
    /// Condition id -> state and where it was set (the last file that sets it wins).
    public var conditionStates: [String: ConditionSetting]
    /// Condition id -> probabilities over states, for simulation.
    public var uncertainConditions: [String: UncertainCondition]
    /// Precision in force in the file named on the command line (its own `[scenario] precision`,
    /// else its parents'), 0.001 MNOK unless a file says otherwise. Each file's operations carry
    /// their own file's precision; this one rounds the command-line what-ifs.
    public var precision: ExactDecimal
    /// The scenario's name (from `[scenario] name`, else the file name).
    public var name: String
    /// A description, when a file gives one.
    public var description: String
    /// The files of the chain, base first, as paths the user can open.
    public var files: [String]
    /// Uncertainty and correlation, for `simulate`.
    public var uncertainty: UncertaintySpec
    /// Who pays: payers and their keys, when a file declares them.
    public var payerKeys: PayerKeys?
    /// The existing D&F level per solution and year (`[baseline]`), when a file gives one.
    public var baseline: Baseline? = nil
}

/// A condition's state and where it was set.
public struct ConditionSetting: Sendable, Hashable {
    public var state: ConditionState
    /// nil when set on the command line.
    public var origin: SourceReference?
    /// Decimals a `share:S` rounds to: the precision of the file that set the state; nil on the
    /// command line (the precision of the file named there).
    public var precisionScale: Int?

    public init(state: ConditionState, origin: SourceReference?, precisionScale: Int? = nil) {
        self.state = state
        self.origin = origin
        self.precisionScale = precisionScale
    }
}

/// A risk event: a condition whose state is drawn per trial.
public struct UncertainCondition: Sendable, Hashable {
    /// States with their probabilities, which sum to exactly 1.
    public var outcomes: [(state: ConditionState, probability: ExactDecimal)]
    public var origin: SourceReference?

    public static func == (a: UncertainCondition, b: UncertainCondition) -> Bool {
        a.origin == b.origin && a.outcomes.count == b.outcomes.count
            && zip(a.outcomes, b.outcomes).allSatisfy { $0.state == $1.state && $0.probability == $1.probability }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(origin)
        for o in outcomes { hasher.combine(o.state); hasher.combine(o.probability) }
    }
}
