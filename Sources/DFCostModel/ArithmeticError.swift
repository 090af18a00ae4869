import DFCostFailure

/// Why an exact decimal operation could not give an exact result.
public enum ArithmeticError: ExitStatusProviding, Sendable, Hashable, CustomStringConvertible {
    /// The result does not fit in the decimal range (about ±9.2 × 10^18 significant units).
    case overflow
    /// A value needs more than 18 decimals.
    case scaleOutOfRange
    /// Division by zero.
    case divisionByZero
    /// A precision must be a power of ten such as 1, 0.1 or 0.001.
    case invalidPrecision(String)

    public var description: String {
        switch self {
        case .overflow: "amount out of range (exact decimals hold about 18 significant digits)"
        case .scaleOutOfRange: "too many decimals (at most \(ExactDecimal.maximumScale))"
        case .divisionByZero: "division by zero"
        case .invalidPrecision(let p): "precision \(p) is not a power of ten such as 1, 0.1 or 0.001"
        }
    }

    /// An amount dfcost cannot hold exactly comes from the data: always 65.
    public var exitStatus: ExitStatus { .data }
}
