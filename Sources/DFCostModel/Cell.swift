/// One amount of one line in one year: the increase in MNOK.
public struct Cell: Sendable, Hashable {
    /// The year the amount belongs to.
    public var year: Int
    /// The increase, exact.
    public var amount: ExactDecimal
    /// Covered internally by the initiative's owner: shown in parentheses, never summed.
    public var isInternal: Bool
    /// Names of the conditions the amount depends on (`fm-phaseout` for the `*`).
    public var conditions: [String]
    /// Where the amount was written, when it came from a file.
    public var origin: SourceReference?
    /// What scenario operations did to the cell, in order (empty as published).
    public var history: [CellChange]

    public init(
        year: Int, amount: ExactDecimal, isInternal: Bool = false, conditions: [String] = [],
        origin: SourceReference? = nil, history: [CellChange] = []
    ) {
        self.year = year
        self.amount = amount
        self.isInternal = isInternal
        self.conditions = conditions
        self.origin = origin
        self.history = history
    }

    /// True when the amount enters sums: not internal.
    public var isCounted: Bool { !isInternal }
}

/// One step in a cell's provenance: which operation changed it, from what to what.
public struct CellChange: Sendable, Hashable {
    /// A short human description, e.g. "scale ×1.2" or "condition fm-phaseout=delayed:1: moved 2025 -> 2026".
    public var operation: String
    /// Where the operation was written (nil for command-line what-ifs).
    public var origin: SourceReference?
    /// The year before the change.
    public var fromYear: Int
    /// The amount before the change.
    public var fromAmount: ExactDecimal
    /// The year after the change.
    public var toYear: Int
    /// The amount after the change.
    public var toAmount: ExactDecimal

    public init(
        operation: String, origin: SourceReference?, fromYear: Int, fromAmount: ExactDecimal,
        toYear: Int, toAmount: ExactDecimal
    ) {
        self.operation = operation
        self.origin = origin
        self.fromYear = fromYear
        self.fromAmount = fromAmount
        self.toYear = toYear
        self.toAmount = toAmount
    }
}
