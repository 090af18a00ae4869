import DFCostFailure

/// Why a file cannot be verified at all.
public enum VerifyError: ExitStatusProviding, Sendable, Hashable, CustomStringConvertible {
    /// The file (and its `extends` chain) has no `[published_sums]`.
    case noPublishedSums(String)

    public var description: String {
        switch self {
        case .noPublishedSums(let file): "\(file): has no [published_sums] to verify against"
        }
    }

    /// The file lacks what verify needs: bad data (65).
    public var exitStatus: ExitStatus { .data }
}
