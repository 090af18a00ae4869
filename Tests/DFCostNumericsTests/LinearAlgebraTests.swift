import Testing
@testable import DFCostNumerics

@Suite struct LinearAlgebraTests {
    @Test func choleskyOfHandWorkedMatrix() throws {
        let a = Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
        let l = try LinearAlgebra.cholesky(a)
        #expect(l.maxAbsDifference(Matrix([[2, 0, 0], [6, 1, 0], [-8, 5, 3]])) < 1e-12)
    }

    @Test func choleskyOfIndefiniteMatrixThrowsWithMinor() {
        let a = Matrix([[1, 2], [2, 1]])
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 2)) {
            try LinearAlgebra.cholesky(a)
        }
    }

    @Test func choleskyOfNonSquareMatrixThrows() {
        #expect(throws: LinearAlgebraError.self) {
            try LinearAlgebra.cholesky(Matrix(rows: 2, columns: 3))
        }
    }

    @Test func symmetricEigenOfHandWorked2x2() throws {
        let e = try LinearAlgebra.symmetricEigen(Matrix([[2, 1], [1, 2]]))
        #expect(abs(e.values[0] - 1) < 1e-12 && abs(e.values[1] - 3) < 1e-12)
        // Eigenvector of 3 is (1, 1)/sqrt 2 up to sign.
        let v = (e.vectors[0, 1], e.vectors[1, 1])
        #expect(abs(abs(v.0) - 0.5.squareRoot()) < 1e-12 && abs(v.0 - v.1) < 1e-12)
    }

    @Test func leastSquaresFitsOverdeterminedLine() throws {
        // Points (0, 1), (1, 3), (2, 4), (3, 4): normal equations give
        // intercept 1.5 and slope 1.0 (sum x = 6, sum x^2 = 14, sum y = 12, sum xy = 23).
        let a = Matrix([[1, 0], [1, 1], [1, 2], [1, 3]])
        let x = try LinearAlgebra.leastSquares(a: a, b: [1, 3, 4, 4])
        #expect(abs(x[0] - 1.5) < 1e-12 && abs(x[1] - 1.0) < 1e-12)
    }

    @Test func leastSquaresReportsRankDeficiency() {
        let a = Matrix([[1, 2], [2, 4], [3, 6]])
        #expect(throws: LinearAlgebraError.rankDeficient) {
            try LinearAlgebra.leastSquares(a: a, b: [1, 2, 3])
        }
    }

    @Test func multiplyMatchesHandProduct() throws {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[7, 8], [9, 10], [11, 12]])
        #expect(try LinearAlgebra.multiply(a, b) == Matrix([[58, 64], [139, 154]]))
    }

    @Test func multiplyRejectsMismatchedShapes() {
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "multiply", leftRows: 2, leftColumns: 2, rightRows: 3, rightColumns: 1)) {
            try LinearAlgebra.multiply(Matrix(rows: 2, columns: 2), Matrix(rows: 3, columns: 1))
        }
    }

    @Test func errorsDescribeThemselvesOnOneLine() {
        let errors: [LinearAlgebraError] = [
            .illegalArgument(function: "dpotrf", position: 4), .notPositiveDefinite(leadingMinor: 3),
            .noConvergence(function: "dsyevd", info: 2), .rankDeficient,
        ]
        for e in errors { #expect(!e.description.isEmpty && !e.description.contains("\n")) }
    }
}
