import CLapacke
import Foundation

/// Dense linear algebra on `Matrix`, backed by LAPACKE and CBLAS.
///
/// This is the only file in dfcost that imports `CLapacke`. Every LAPACK `info` code is
/// turned into a `LinearAlgebraError`; nothing here traps on a numerical failure.
/// All calls use `LAPACK_ROW_MAJOR`, matching `Matrix`'s storage.
public enum LinearAlgebra {
    /// A symmetric eigendecomposition: `a = V diag(values) V^T`.
    public struct SymmetricEigen: Sendable, Equatable {
        /// Eigenvalues in ascending order.
        public var values: [Double]
        /// Eigenvectors as columns: column `i` belongs to `values[i]`.
        public var vectors: Matrix
    }

    private static let rowMajor = Int32(LAPACK_ROW_MAJOR)

    private static func char(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }

    private static func requireSquare(_ a: Matrix, _ operation: String) throws(LinearAlgebraError) {
        guard a.isSquare else {
            throw .dimensionMismatch(operation: operation, leftRows: a.rows, leftColumns: a.columns,
                                     rightRows: a.columns, rightColumns: a.rows)
        }
    }

    /// The lower Cholesky factor `L` with `a = L L^T` (LAPACKE_dpotrf, `uplo = 'L'`).
    ///
    /// Only the lower triangle of `a` is read; the strict upper triangle of the result is 0.
    /// - Throws: `.notPositiveDefinite(leadingMinor:)` with LAPACK's 1-based minor order
    ///   when `a` is not positive definite; `.dimensionMismatch` if `a` is not square.
    /// - Complexity: O(n^3 / 3).
    public static func cholesky(_ a: Matrix) throws(LinearAlgebraError) -> Matrix {
        try requireSquare(a, "cholesky")
        let n = a.rows
        if n == 0 { return a }
        var l = a
        let info = l.elements.withUnsafeMutableBufferPointer { p in
            LAPACKE_dpotrf(rowMajor, char("L"), Int32(n), p.baseAddress, Int32(n))
        }
        if info < 0 { throw .illegalArgument(function: "dpotrf", position: Int(-info)) }
        if info > 0 { throw .notPositiveDefinite(leadingMinor: Int(info)) }
        for i in 0..<n {
            for j in (i + 1)..<n { l[i, j] = 0 }
        }
        return l
    }

    /// Eigenvalues (ascending) and orthonormal eigenvectors of a symmetric matrix
    /// (LAPACKE_dsyevd, divide and conquer; only the lower triangle is read).
    /// - Throws: `.noConvergence` if dsyevd fails to converge; `.dimensionMismatch` if
    ///   `a` is not square.
    /// - Complexity: O(n^3).
    public static func symmetricEigen(_ a: Matrix) throws(LinearAlgebraError) -> SymmetricEigen {
        try requireSquare(a, "symmetricEigen")
        let n = a.rows
        if n == 0 { return SymmetricEigen(values: [], vectors: a) }
        var v = a
        var w = [Double](repeating: 0, count: n)
        let info = v.elements.withUnsafeMutableBufferPointer { p in
            w.withUnsafeMutableBufferPointer { wp in
                LAPACKE_dsyevd(rowMajor, char("V"), char("L"), Int32(n), p.baseAddress, Int32(n),
                               wp.baseAddress)
            }
        }
        if info < 0 { throw .illegalArgument(function: "dsyevd", position: Int(-info)) }
        if info > 0 { throw .noConvergence(function: "dsyevd", info: Int(info)) }
        return SymmetricEigen(values: w, vectors: v)
    }

    /// Least-squares solution `x` minimising `|a x - b|_2` for a full-rank `a` with
    /// `a.rows >= a.columns` (LAPACKE_dgels, QR). `b` is a vector of length `a.rows`.
    /// - Returns: the `a.columns` coefficients.
    /// - Throws: `.rankDeficient` when a diagonal entry of R is zero (dgels `info > 0`)
    ///   or below `m * eps * max|R_jj|`, or the system is underdetermined; `.dimensionMismatch` when
    ///   `b.count != a.rows`.
    /// - Complexity: O(m n^2).
    public static func leastSquares(a: Matrix, b: [Double]) throws(LinearAlgebraError) -> [Double] {
        guard b.count == a.rows else {
            throw .dimensionMismatch(operation: "leastSquares", leftRows: a.rows,
                                     leftColumns: a.columns, rightRows: b.count, rightColumns: 1)
        }
        let m = a.rows, n = a.columns
        guard m >= n, n > 0 else { throw .rankDeficient }
        var work = a
        var rhs = b  // max(m, n) = m rows, nrhs = 1; row-major wants ldb = nrhs.
        let info = work.elements.withUnsafeMutableBufferPointer { ap in
            rhs.withUnsafeMutableBufferPointer { bp in
                LAPACKE_dgels(rowMajor, char("N"), Int32(m), Int32(n), 1, ap.baseAddress,
                              Int32(n), bp.baseAddress, 1)
            }
        }
        if info < 0 { throw .illegalArgument(function: "dgels", position: Int(-info)) }
        if info > 0 { throw .rankDeficient }
        // dgels only reports an exactly zero diagonal of R; treat a diagonal entry below
        // max(m, n) * eps * max|R_jj| as zero too (numerical rank deficiency).
        let diagonal = (0..<n).map { abs(work[$0, $0]) }
        let cutoff = Double(m) * Double.ulpOfOne * (diagonal.max() ?? 0)
        if diagonal.contains(where: { $0 <= cutoff }) { throw .rankDeficient }
        return Array(rhs[0..<n])
    }

    /// The product `a * b` (cblas_dgemm).
    /// - Throws: `.dimensionMismatch` when `a.columns != b.rows`.
    /// - Complexity: O(m n k).
    public static func multiply(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard a.columns == b.rows else {
            throw .dimensionMismatch(operation: "multiply", leftRows: a.rows, leftColumns: a.columns,
                                     rightRows: b.rows, rightColumns: b.columns)
        }
        var c = Matrix(rows: a.rows, columns: b.columns)
        if a.rows == 0 || b.columns == 0 || a.columns == 0 { return c }
        a.elements.withUnsafeBufferPointer { ap in
            b.elements.withUnsafeBufferPointer { bp in
                c.elements.withUnsafeMutableBufferPointer { cp in
                    gemm(m: a.rows, n: b.columns, k: a.columns, a: ap.baseAddress!, lda: a.columns,
                         b: bp.baseAddress!, ldb: b.columns, c: cp.baseAddress!, ldc: b.columns)
                }
            }
        }
        return c
    }

    /// Solves `a x = b` for a symmetric positive definite `a` by Cholesky (LAPACKE_dpotrf with
    /// `uplo = 'U'`, then LAPACKE_dpotrs); only the upper triangle of `a` is read.
    /// - Parameters:
    ///   - a: the n x n matrix.
    ///   - b: the right-hand side, length n.
    ///   - minimumPivot: the factor `U` (`a = U^T U`) must have every diagonal entry above
    ///     this; a smaller one means `a` is numerically singular.
    /// - Returns: the solution `x`.
    /// - Throws: `.notPositiveDefinite` when dpotrf fails or a pivot is at most `minimumPivot`;
    ///   `.dimensionMismatch` on shapes.
    /// - Complexity: O(n^3 / 3).
    public static func solvePositiveDefinite(_ a: Matrix, _ b: [Double], minimumPivot: Double = 0)
        throws(LinearAlgebraError) -> [Double]
    {
        try requireSquare(a, "solvePositiveDefinite")
        guard b.count == a.rows else {
            throw .dimensionMismatch(operation: "solvePositiveDefinite", leftRows: a.rows,
                                     leftColumns: a.columns, rightRows: b.count, rightColumns: 1)
        }
        let n = a.rows
        if n == 0 { return [] }
        var u = a
        let info = u.elements.withUnsafeMutableBufferPointer { p in
            LAPACKE_dpotrf(rowMajor, char("U"), Int32(n), p.baseAddress, Int32(n))
        }
        if info < 0 { throw .illegalArgument(function: "dpotrf", position: Int(-info)) }
        if info > 0 { throw .notPositiveDefinite(leadingMinor: Int(info)) }
        if let j = (0..<n).first(where: { !(u[$0, $0] > minimumPivot) }) {
            throw .notPositiveDefinite(leadingMinor: j + 1)
        }
        var x = b
        let solved = u.elements.withUnsafeBufferPointer { up in
            x.withUnsafeMutableBufferPointer { xp in
                LAPACKE_dpotrs(rowMajor, char("U"), Int32(n), 1, up.baseAddress, Int32(n),
                               xp.baseAddress, 1)
            }
        }
        if solved < 0 { throw .illegalArgument(function: "dpotrs", position: Int(-solved)) }
        return x
    }

    /// `c = alpha a a^T + beta c` on the upper triangle of the row-major n x n `c`
    /// (cblas_dsyrk), `a` row-major n x k with leading dimension `lda`. The strict lower
    /// triangle of `c` is left alone. Callers guarantee the shapes; no allocation.
    static func symmetricRankKUpdate(n: Int, k: Int, alpha: Double, a: UnsafePointer<Double>,
                                     lda: Int, beta: Double, c: UnsafeMutablePointer<Double>,
                                     ldc: Int) {
        cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, Int32(n), Int32(k), alpha, a,
                    Int32(lda), beta, c, Int32(ldc))
    }

    /// `c += alpha x x^T` on the upper triangle of the row-major n x n `c` (cblas_dsyr).
    static func symmetricRankOneUpdate(n: Int, alpha: Double, x: UnsafePointer<Double>,
                                       c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dsyr(CblasRowMajor, CblasUpper, Int32(n), alpha, x, 1, c, Int32(ldc))
    }

    /// Keeps the BLAS provider's own threads out of the way: the engine calls BLAS from its own
    /// workers, one call per worker at a time, so provider threads would only oversubscribe
    /// the cores. OpenBLAS (Debian `libopenblas0-pthread`, behind `libblas.so.3`) starts a pool
    /// of threads when it loads, which spin (sched_yield) for about 2^28 cycles before they
    /// sleep: measured, 0.1 s of a core at the start of every process, taken from the
    /// simulation's workers on a 2-core machine. `openblas_set_num_threads(1)` makes every call
    /// run on the calling thread, and `blas_thread_shutdown_` ends the pool (OpenBLAS starts it
    /// again should anything ask for more threads). Both are looked up at run time, so the
    /// reference BLAS, which has no threads, needs nothing. Evaluated once per process, before
    /// the first BLAS call of a simulation.
    static let providerThreadsOff: Void = {
        typealias SetThreads = @convention(c) (Int32) -> Void
        typealias Shutdown = @convention(c) () -> Int32
        // RTLD_DEFAULT (a null handle on glibc): the symbol in any library already loaded.
        let anyLibrary = UnsafeMutableRawPointer(bitPattern: 0)
        guard let set = dlsym(anyLibrary, "openblas_set_num_threads") else { return }
        unsafeBitCast(set, to: SetThreads.self)(1)
        if let shutdown = dlsym(anyLibrary, "blas_thread_shutdown_") {
            _ = unsafeBitCast(shutdown, to: Shutdown.self)()
        }
    }()

    /// `c = a * b` for row-major raw buffers (`a` is m x k, `b` is k x n, `c` is m x n);
    /// the engine's hot path for applying a Cholesky factor to a block of normals.
    /// Callers guarantee the shapes; no allocation happens here.
    static func gemm(m: Int, n: Int, k: Int,
                     a: UnsafePointer<Double>, lda: Int,
                     b: UnsafePointer<Double>, ldb: Int,
                     c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                    1.0, a, Int32(lda), b, Int32(ldb), 0.0, c, Int32(ldc))
    }
}
