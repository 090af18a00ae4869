/// A failure reported by LAPACK or detected before calling it.
///
/// LAPACK reports problems through an integer `info`; `LinearAlgebra` turns every nonzero
/// `info` into one of these cases instead of trapping, so callers can explain the problem
/// (for example name the correlation coefficients that make a matrix indefinite).
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// LAPACK rejected argument number `position` of `function` (`info < 0`): a bug in
    /// the caller, reported rather than trapped.
    case illegalArgument(function: String, position: Int)
    /// Cholesky failed: the leading minor of order `leadingMinor` (1-based) is not
    /// positive definite (`dpotrf` returned `info = leadingMinor`).
    case notPositiveDefinite(leadingMinor: Int)
    /// An iterative routine (`dsyevd`) did not converge; `info` is LAPACK's code.
    case noConvergence(function: String, info: Int)
    /// Least squares: the design matrix does not have full column rank.
    case rankDeficient
    /// Operand shapes do not fit the operation.
    case dimensionMismatch(operation: String, leftRows: Int, leftColumns: Int,
                           rightRows: Int, rightColumns: Int)

    /// One line, suitable for the CLI.
    public var description: String {
        switch self {
        case .illegalArgument(let function, let position):
            return "\(function): argument \(position) has an illegal value"
        case .notPositiveDefinite(let minor):
            return "matrix is not positive definite (leading minor of order \(minor))"
        case .noConvergence(let function, let info):
            return "\(function) did not converge (info \(info))"
        case .rankDeficient:
            return "least squares: design matrix is rank deficient"
        case .dimensionMismatch(let operation, let lr, let lc, let rr, let rc):
            return "\(operation): shapes \(lr)x\(lc) and \(rr)x\(rc) do not fit"
        }
    }

}
