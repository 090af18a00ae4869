/// Why a simulation could not run.
public enum SimulationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The spec has no output columns.
    case noOutputs
    /// Two factors (or two events) share an id, so they would share a random stream.
    case duplicateID(kind: String, id: String)
    /// A factor's distribution parameters are invalid.
    case distribution(factor: String, DistributionError)
    /// The correlation matrix's names are not the factor ids in order.
    case correlationNamesMismatch
    /// The correlation matrix is invalid (entries or positive definiteness).
    case correlation(CorrelationError)
    /// An event's probabilities are negative, not finite, or do not sum to 1.
    case badProbabilities(event: String, [Double])
    /// A term is malformed (term index, reason).
    case badTerm(index: Int, reason: String)
    /// The trial count is outside 1...2^33.
    case badTrialCount(Int)
    /// A percentile probability is outside [0, 1].
    case badProbability(Double)
    /// A threshold names a column that does not exist.
    case unknownColumn(String)
    /// Paired specs have different output columns.
    case outputsMismatch(base: [String], other: [String])
    /// The row sink threw; the simulation stopped. The sink's own error is kept, so a caller
    /// can tell a full disk (its own output error) from anything else.
    case sinkFailed(SinkFailure)
    /// The sensitivity regression failed.
    case sensitivity(LinearAlgebraError)
    /// The cancellation check returned true; the simulation stopped.
    case cancelled

    /// One line.
    public var description: String {
        switch self {
        case .noOutputs: return "simulation has no output columns"
        case .duplicateID(let kind, let id): return "duplicate \(kind) id \(id)"
        case .distribution(let factor, let error): return "factor \(factor): \(error)"
        case .correlationNamesMismatch:
            return "correlation matrix names do not match the factor ids"
        case .correlation(let error): return error.description
        case .badProbabilities(let event, let p):
            return "event \(event): probabilities \(p) must be non-negative and sum to 1"
        case .badTerm(let index, let reason): return "term \(index): \(reason)"
        case .badTrialCount(let n): return "trial count \(n) must be between 1 and 2^33"
        case .badProbability(let p): return "percentile probability \(p) is outside [0, 1]"
        case .unknownColumn(let name): return "no result column named \(name)"
        case .outputsMismatch(let base, let other):
            return "paired specs have different outputs: \(base) vs \(other)"
        case .sinkFailed(let failure): return "\(failure.underlying)"
        case .sensitivity(let error): return "sensitivity analysis: \(error)"
        case .cancelled: return "simulation cancelled"
        }
    }
}

/// The error a `SimulationOptions.sampleSink` threw, kept whole.
public struct SinkFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the sink threw.
    public let underlying: any Error & Sendable

    public init(_ underlying: any Error & Sendable) { self.underlying = underlying }

    public var description: String { "\(underlying)" }

    public static func == (a: SinkFailure, b: SinkFailure) -> Bool { a.description == b.description }
}
