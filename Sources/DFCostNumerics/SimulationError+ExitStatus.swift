import DFCostFailure

extension SimulationError: ExitStatusProviding {
    /// A run stopped by the user is 130; a failing sample sink ends as its own error says (a full
    /// disk while writing samples is 73); anything else is in the scenario's uncertainty (65).
    public var exitStatus: ExitStatus {
        switch self {
        case .cancelled: .interrupted
        case .sinkFailed(let failure): (failure.underlying as? any ExitStatusProviding)?.exitStatus ?? .cantCreate
        case .noOutputs, .duplicateID, .distribution, .correlationNamesMismatch, .correlation, .badProbabilities, .badTerm,
             .badTrialCount, .badProbability, .unknownColumn, .outputsMismatch, .sensitivity: .data
        }
    }
}

extension CorrelationError: ExitStatusProviding {
    /// A correlation matrix that cannot be used is in the scenario's data (65).
    public var exitStatus: ExitStatus { .data }
}
