@testable import DFCostNumerics

/// The sensitivity computed the plain way (copy + QR), kept as the reference the
/// streamed computation is checked against: the sample copied into an `n x k` design matrix
/// of standardized columns, least squares by QR (`LAPACKE_dgels` through
/// `LinearAlgebra.leastSquares`), and Spearman as the Pearson correlation of ranks found by a
/// comparison sort per factor. Slow and memory-hungry, and plainly right.
enum ReferenceSensitivity {
    static func standardizedRegression(factorIDs: [String], samples: [[Double]],
                                       response: [Double]) throws -> [SensitivityEntry] {
        let n = response.count
        let y = standardized(response)
        let varying = samples.indices.filter { standardDeviation(samples[$0]) > 0 }
        var src = [Double](repeating: 0, count: samples.count)
        if !varying.isEmpty, let y {
            var design = Matrix(rows: n, columns: varying.count)
            for (c, j) in varying.enumerated() {
                let x = standardized(samples[j])!
                for r in 0..<n { design.elements[r * varying.count + c] = x[r] }
            }
            let coefficients = try LinearAlgebra.leastSquares(a: design, b: y)
            for (c, j) in varying.enumerated() { src[j] = coefficients[c] }
        }
        let responseRanks = Sensitivity.ranks(response)
        var entries: [SensitivityEntry] = []
        for j in samples.indices {
            let rho = varying.contains(j) && y != nil
                ? Sensitivity.pearson(Sensitivity.ranks(samples[j]), responseRanks) : 0
            entries.append(SensitivityEntry(factorID: factorIDs[j], standardizedCoefficient: src[j],
                                            spearman: rho))
        }
        return entries.sorted {
            abs($0.standardizedCoefficient) != abs($1.standardizedCoefficient)
                ? abs($0.standardizedCoefficient) > abs($1.standardizedCoefficient)
                : CorrelationMatrix.idPrecedes($0.factorID, $1.factorID)
        }
    }

    static func standardDeviation(_ x: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        let mean = x.reduce(0, +) / Double(x.count)
        let ss = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (ss / Double(x.count - 1)).squareRoot()
    }

    static func standardized(_ x: [Double]) -> [Double]? {
        let sd = standardDeviation(x)
        guard sd > 0 else { return nil }
        let mean = x.reduce(0, +) / Double(x.count)
        return x.map { ($0 - mean) / sd }
    }
}
