import DFCostModel

/// Why the engine changed a cell: one step of its history (``DFCostModel/CellChange``).
///
/// The data only; the words are in the renderers' label tables (nb and en). Operations are kept
/// without where they were written and at what precision: the step's
/// ``DFCostModel/CellChange/origin`` says where, and two steps of one operation are one reason.
public enum CellReason: Sendable, Hashable {
    /// An operation changed it: `scale`, `shift`, `set`, or `add` (the cell is one of a new line's).
    case operation(Operation)
    /// An `index` operation multiplied it by `factor` (the rates compounded from its base year).
    case indexed(Operation, factor: ExactDecimal)
    /// A condition's state acted on it: a share scaled it, a delay moved it.
    case condition(id: String, state: ConditionState)
    /// Another piece of `year` was merged into it: one written at `writtenAt` (nil: one an
    /// operation added).
    case merged(year: Int, writtenAt: SourceReference?)
}

extension CellChange {
    /// A step made for `reason`.
    public init(reason: CellReason, origin: SourceReference?, fromYear: Int, fromAmount: ExactDecimal,
                toYear: Int, toAmount: ExactDecimal) {
        self.init(cause: CellChangeCause(reason), origin: origin, fromYear: fromYear, fromAmount: fromAmount,
                  toYear: toYear, toAmount: toAmount)
    }

    /// Why the cell changed. Every step the engine makes carries a ``CellReason``.
    public var reason: CellReason {
        guard let reason = cause.value(as: CellReason.self) else {
            preconditionFailure("a cell's history step not made by the engine: \(cause)")
        }
        return reason
    }
}

extension Operation {
    /// The operation as a reason: what it does and to which lines, without where it was written
    /// or at what precision (a reason's place is carried beside it).
    var asReason: Operation {
        Operation(kind: kind, selector: selector)
    }
}
