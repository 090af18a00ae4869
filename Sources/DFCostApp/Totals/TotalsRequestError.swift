import DFCostFailure

/// Why a ``TotalsRequest`` (or a report) cannot give what was asked (a request error, not a data error).
public enum TotalsRequestError: ExitStatusProviding, Sendable, Hashable, CustomStringConvertible {
    /// A payer breakdown of a scenario that declares no payers.
    case noPayerKeys(scenario: String)

    public var description: String {
        switch self {
        case .noPayerKeys(let s): "scenario '\(s)' declares no [payers]; extend a file with payer keys, e.g. Scenarios/payers-2024.toml"
        }
    }

    /// A request that cannot be run as asked: a usage error (64).
    public var exitStatus: ExitStatus { .usage }
}
