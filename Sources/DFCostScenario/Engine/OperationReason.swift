import DFCostModel

/// Why an operation cannot be applied (``ScenarioError/operation(_:_:)``), as data so that a
/// front end words it in the user's language. The English line is ``description``; operations
/// are named in the files' notation (``Operation/label``).
public enum OperationReason: Sendable, Hashable, CustomStringConvertible {
    /// An added line whose id the table already has.
    case duplicateLine(String)
    /// An index with no rate for `year`, needed for the line's cell in `cellYear`.
    case noRate(year: Int, line: String, cellYear: Int, baseYear: Int)
    /// A shift that moves a line's cell out of the table's years (shown as their span).
    case movesOutside(Operation, line: String, from: Int, to: Int, span: String)
    /// Operations that leave an internal and a counted amount in one cell.
    case conflicting(line: String, year: Int)
    /// An amount that cannot be computed exactly.
    case arithmetic(ArithmeticError)
    /// A sweep's totals that cannot be computed exactly.
    case sweepArithmetic(ArithmeticError)
    /// A sweep's amount beyond the integers it adds.
    case sweepAmountOutOfRange(ExactDecimal)

    public var description: String {
        switch self {
        case .duplicateLine(let id): "add: duplicate line id '\(id)'"
        case .noRate(let year, let line, let cellYear, let baseYear):
            "index: no rate for \(year), needed for \(line) \(cellYear) (base year \(baseYear))"
        case .movesOutside(let operation, let line, let from, let to, let span):
            "\(operation.label) moves \(line) \(from) to \(to), outside the table's years \(span)"
        case .conflicting(let line, let year):
            "conflicting operations: line \(line) would hold an internal and a counted amount in \(year)"
        case .arithmetic(let e): "\(e)"
        case .sweepArithmetic(let e): "sweep: \(e)"
        case .sweepAmountOutOfRange(let d): "sweep: amount \(d) out of range"
        }
    }
}
