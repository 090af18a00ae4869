import DFCostModel
import DFCostNumerics

extension ScenarioFileReason {
    /// Why an `[[uncertainty]]` factor, a `[[drivers]]` entry or a `[correlation]` is unusable.
    public enum Uncertainty: Sendable, Hashable, CustomStringConvertible {
        /// A `scope` other than `line` or `shared`.
        case badScope(String)
        /// A driver's name that is empty or holds '/'.
        case badDriverName
        /// A second driver with a name already used, and where the first is.
        case duplicateDriver(String, first: SourceReference?)
        /// A driver without `select`.
        case driverNeedsSelect(String)
        /// A distribution dfcost does not know, the closest one it knows, and those it knows.
        case unknownDistribution(String, suggestion: String?, kinds: [String])
        /// A distribution without one of its parameters.
        case missingParameter(String, distribution: String)
        /// Parameters the distribution's rule refuses (``FactorDistribution/validate()``).
        case distribution(DistributionError, kind: String)
        /// A correlation pair of one factor with itself.
        case samePairFactor
        /// A correlation coefficient outside -1...1.
        case coefficientOutside(ExactDecimal)

        public var description: String {
            switch self {
            case .badScope(let scope): "scope '\(scope)' is not 'line' or 'shared'"
            case .badDriverName: "a driver's name must be non-empty and without '/' (it keys the driver's draws)"
            case .duplicateDriver(let name, let first):
                "a second driver named '\(name)'\(first.map { " (first at \($0))" } ?? ""); give it another name"
            case .driverNeedsSelect(let name): "driver '\(name)' needs 'select' (the lines it acts on)"
            case .unknownDistribution(let kind, let suggestion, let kinds):
                "unknown distribution '\(kind)'\(suggestion.map { "; did you mean '\($0)'?" } ?? "") (one of \(kinds.joined(separator: ", ")))"
            case .missingParameter(let key, let kind): "\(kind) needs '\(key)'"
            case .distribution(let error, let kind): error.described(as: kind)
            case .samePairFactor: "a pair needs two different factors"
            case .coefficientOutside(let r): "correlation coefficient \(r) is outside -1...1"
            }
        }
    }
}
