import DFCostFailure

/// Why a ``SimulationRequest`` cannot be run as asked (a request error, not a data error).
public enum SimulationRequestError: ExitStatusProviding, Sendable, Hashable, CustomStringConvertible {
    /// A payer breakdown and a comparison in one run.
    case payersWithComparison
    /// A payer breakdown of a scenario that declares no payers.
    case noPayerKeys(scenario: String)
    /// A payer breakdown with more trials than its memory allows.
    case tooManyTrialsForPayers(maximum: Int)
    /// A budget for a column that is neither a summed year nor `total`.
    case unknownBudgetColumn(String, years: [Int])

    public var description: String {
        switch self {
        case .payersWithComparison: "a payer breakdown cannot be combined with a comparison"
        case .noPayerKeys(let s): "scenario '\(s)' declares no [payers]; extend a file with payer keys, e.g. Scenarios/payers-2024.toml"
        case .tooManyTrialsForPayers(let m): "a payer breakdown keeps every payer's column per trial; use at most \(m) trials"
        case .unknownBudgetColumn(let c, let years): "budget '\(c)' is not a summed year (\(years.map(String.init).joined(separator: ", "))) or 'total'"
        }
    }

    /// A request that cannot be run as asked: a usage error (64).
    public var exitStatus: ExitStatus { .usage }
}
