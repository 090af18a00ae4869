/// One named correlation coefficient, e.g. `a~b 0.9`.
public struct NamedCoefficient: Sendable, Equatable, CustomStringConvertible {
    /// Row index (the smaller of the two).
    public var i: Int
    /// Column index (the larger of the two).
    public var j: Int
    /// Name of factor `i`.
    public var first: String
    /// Name of factor `j`.
    public var second: String
    /// The coefficient.
    public var value: Double

    /// `first~second value`.
    public var description: String { "\(first)~\(second) \(value)" }
}

/// Why a correlation matrix cannot be used.
public enum CorrelationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A factor index outside `0..<count`.
    case indexOutOfRange(index: Int, count: Int)
    /// A coefficient pairs a factor with itself.
    case selfCorrelation(name: String)
    /// A coefficient is NaN or outside [-1, 1].
    case coefficientOutOfRange(first: String, second: String, value: Double)
    /// Two groups, or two pairs, give the same pair different coefficients.
    case conflictingCoefficient(first: String, second: String, old: Double, new: Double)
    /// Entries (i, j) and (j, i) differ.
    case notSymmetric(first: String, second: String, upper: Double, lower: Double)
    /// A diagonal entry is not 1.
    case diagonalNotOne(name: String, value: Double)
    /// The matrix shape does not match the number of names.
    case shapeMismatch(rows: Int, columns: Int, names: Int)
    /// Cholesky failed; `coefficients` are the nonzero coefficients among the factors of
    /// the failing leading minor (restricted to the factors connected to the last one).
    case notPositiveDefinite(coefficients: [NamedCoefficient])
    /// A LAPACK failure other than indefiniteness.
    case linearAlgebra(LinearAlgebraError)
    /// The nearest-correlation iteration did not reach its tolerance.
    case noConvergence(iterations: Int)

    /// One line.
    public var description: String {
        switch self {
        case .indexOutOfRange(let index, let count):
            return "correlation: factor index \(index) out of range 0..<\(count)"
        case .selfCorrelation(let name):
            return "correlation: factor \(name) correlated with itself"
        case .coefficientOutOfRange(let a, let b, let v):
            return "correlation coefficient \(a)~\(b) \(v) is outside [-1, 1]"
        case .conflictingCoefficient(let a, let b, let old, let new):
            return "correlation coefficient \(a)~\(b) given twice: \(old) and \(new)"
        case .notSymmetric(let a, let b, let u, let l):
            return "correlation matrix is not symmetric at \(a)~\(b): \(u) vs \(l)"
        case .diagonalNotOne(let name, let v):
            return "correlation matrix diagonal for \(name) is \(v), not 1"
        case .shapeMismatch(let r, let c, let n):
            return "correlation matrix is \(r)x\(c) for \(n) factors"
        case .notPositiveDefinite(let coefficients):
            let list = coefficients.map(\.description).joined(separator: ", ")
            return "correlation matrix is not positive definite; coefficients involved: "
                + (list.isEmpty ? "(none)" : list)
        case .linearAlgebra(let error):
            return "correlation: \(error)"
        case .noConvergence(let iterations):
            return "nearest correlation matrix: no convergence after \(iterations) iterations"
        }
    }
}
