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

/// One step in a cell's provenance: why it changed, from what to what.
public struct CellChange: Sendable, Hashable {
    /// Why the cell changed: the engine's typed reason (an operation, a condition's state, a
    /// merge), read back as that type where it is defined (DFCostScenario's `CellReason`).
    public var cause: CellChangeCause
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
        cause: CellChangeCause, origin: SourceReference?, fromYear: Int, fromAmount: ExactDecimal,
        toYear: Int, toAmount: ExactDecimal
    ) {
        self.cause = cause
        self.origin = origin
        self.fromYear = fromYear
        self.fromAmount = fromAmount
        self.toYear = toYear
        self.toAmount = toAmount
    }
}

/// The reason of a ``CellChange``, held without naming its type.
///
/// The engine that changes cells defines its reasons as an enum carrying the operation and its
/// parameters; it depends on this target, so this target cannot name that enum. It stores the
/// value as it is, compared and hashed as that value, and ``value(as:)`` gives it back typed.
public struct CellChangeCause: Sendable, Hashable, CustomStringConvertible {
    private let box: any CauseBox

    public init(_ value: some Hashable & Sendable) {
        box = Boxed(value: value)
    }

    /// The reason as `type`, or nil when it is of another type.
    public func value<T>(as type: T.Type) -> T? {
        box.any as? T
    }

    public var description: String { "\(box.any)" }

    public static func == (a: CellChangeCause, b: CellChangeCause) -> Bool {
        a.box.isEqual(to: b.box)
    }

    public func hash(into hasher: inout Hasher) {
        box.hash(into: &hasher)
    }
}

/// A hashable value behind a protocol, so that values of different types compare unequal.
private protocol CauseBox: Sendable {
    var any: any Sendable { get }
    func isEqual(to other: any CauseBox) -> Bool
    func hash(into hasher: inout Hasher)
}

private struct Boxed<Value: Hashable & Sendable>: CauseBox {
    var value: Value
    var any: any Sendable { value }
    func isEqual(to other: any CauseBox) -> Bool { (other as? Boxed<Value>)?.value == value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
