/// One coefficient changed by `CorrelationMatrix.nearestCorrelation()`.
public struct CoefficientChange: Sendable, Equatable, CustomStringConvertible {
    /// Row index (smaller).
    public var i: Int
    /// Column index (larger).
    public var j: Int
    /// Name of factor `i`.
    public var first: String
    /// Name of factor `j`.
    public var second: String
    /// The coefficient before repair.
    public var old: Double
    /// The coefficient after repair.
    public var new: Double

    /// `a~b 0.9 -> 0.76`.
    public var description: String { "\(first)~\(second) \(old) -> \(new)" }
}

/// The outcome of a nearest-correlation repair.
public struct NearestCorrelationResult: Sendable, Equatable {
    /// The repaired, positive definite correlation matrix.
    public var matrix: CorrelationMatrix
    /// Coefficients that moved by more than the reporting tolerance, in (i, j) order.
    public var changes: [CoefficientChange]
    /// Alternating-projection iterations used.
    public var iterations: Int
}

extension CorrelationMatrix {
    /// The nearest correlation matrix in the Frobenius norm, by Higham's alternating
    /// projections with Dykstra's correction (N. J. Higham, "Computing the nearest
    /// correlation matrix - a problem from finance", IMA J. Numer. Anal. 22 (2002)).
    ///
    /// Iterates `R = Y - dS; X = P_S(R); dS = X - R; Y = P_U(X)` where `P_S` clips the
    /// eigenvalues (from `dsyevd`) at `eigenvalueFloor` and `P_U` sets the diagonal to 1,
    /// until `|Y - X|_F <= tolerance * |Y|_F`. The limit is positive semidefinite only; to
    /// make the result usable by Cholesky a final `P_S` with the floor is applied and the
    /// matrix rescaled to unit diagonal (`D^-1/2 X D^-1/2`, which keeps it positive definite).
    ///
    /// - Parameters:
    ///   - tolerance: relative stopping tolerance of the projections.
    ///   - eigenvalueFloor: smallest eigenvalue kept (relative to the unit diagonal).
    ///   - reportTolerance: a coefficient is listed in `changes` when it moved by more.
    ///   - maxIterations: give up after this many iterations.
    /// - Throws: `.noConvergence`, `.linearAlgebra` (dsyevd failure), or entry errors
    ///   (the input must be symmetric with finite entries; its diagonal is reset to 1).
    public func nearestCorrelation(tolerance: Double = 1e-10, eigenvalueFloor: Double = 1e-8,
                                   reportTolerance: Double = 1e-9,
                                   maxIterations: Int = 10_000)
        throws(CorrelationError) -> NearestCorrelationResult
    {
        let n = count
        for i in 0..<n {
            for j in i..<n where !(matrix[i, j].isFinite) || matrix[i, j] != matrix[j, i] {
                throw .notSymmetric(first: names[i], second: names[j],
                                    upper: matrix[i, j], lower: matrix[j, i])
            }
        }
        var y = matrix
        for i in 0..<n { y[i, i] = 1 }
        var ds = Matrix(rows: n, columns: n)
        var iterations = 0
        var converged = n == 0
        while !converged && iterations < maxIterations {
            iterations += 1
            var r = y
            for k in 0..<r.elements.count { r.elements[k] -= ds.elements[k] }
            let x = try Self.projectPSD(r, floor: eigenvalueFloor)
            for k in 0..<ds.elements.count { ds.elements[k] = x.elements[k] - r.elements[k] }
            var next = x
            for i in 0..<n { next[i, i] = 1 }
            var diff = 0.0, norm = 0.0
            for k in 0..<next.elements.count {
                diff += (next.elements[k] - x.elements[k]) * (next.elements[k] - x.elements[k])
                norm += next.elements[k] * next.elements[k]
            }
            y = next
            converged = diff.squareRoot() <= tolerance * norm.squareRoot()
        }
        guard converged else { throw .noConvergence(iterations: iterations) }
        // Make the result strictly positive definite with unit diagonal.
        var x = try Self.projectPSD(y, floor: eigenvalueFloor)
        let scale = (0..<n).map { 1 / x[$0, $0].squareRoot() }
        for i in 0..<n {
            for j in 0..<n { x[i, j] *= scale[i] * scale[j] }
        }
        for i in 0..<n {
            x[i, i] = 1
            for j in (i + 1)..<n {  // exact symmetry
                let v = 0.5 * (x[i, j] + x[j, i])
                x[i, j] = v
                x[j, i] = v
            }
        }
        var changes: [CoefficientChange] = []
        for i in 0..<n {
            for j in (i + 1)..<n where abs(x[i, j] - matrix[i, j]) > reportTolerance {
                changes.append(CoefficientChange(i: i, j: j, first: names[i], second: names[j],
                                                 old: matrix[i, j], new: x[i, j]))
            }
        }
        let repaired = try CorrelationMatrix(names: names, matrix: x)
        return NearestCorrelationResult(matrix: repaired, changes: changes, iterations: iterations)
    }

    /// Projection onto the symmetric matrices with eigenvalues >= `floor`:
    /// `V diag(max(lambda, floor)) V^T`.
    static func projectPSD(_ a: Matrix, floor: Double) throws(CorrelationError) -> Matrix {
        let n = a.rows
        let eigen: LinearAlgebra.SymmetricEigen
        do { eigen = try LinearAlgebra.symmetricEigen(a) } catch { throw .linearAlgebra(error) }
        var out = Matrix(rows: n, columns: n)
        let v = eigen.vectors
        for k in 0..<n {
            let lambda = max(eigen.values[k], floor)
            for i in 0..<n {
                let vik = v[i, k] * lambda
                if vik == 0 { continue }
                for j in 0..<n { out[i, j] += vik * v[j, k] }
            }
        }
        return out
    }
}
