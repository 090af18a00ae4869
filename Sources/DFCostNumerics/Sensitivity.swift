/// How strongly the simulated total depends on one factor.
public struct SensitivityEntry: Sendable, Equatable {
    /// The factor id.
    public var factorID: String
    /// Standardized regression coefficient: the change of the total, in standard
    /// deviations, per standard deviation of the factor, the other factors held fixed.
    public var standardizedCoefficient: Double
    /// Spearman rank correlation between the factor and the total.
    public var spearman: Double
}

/// Global sensitivity from a Monte Carlo sample.
public enum Sensitivity {
    /// Standardized regression coefficients (SRC) and Spearman rank correlations.
    ///
    /// Each factor column and the response are standardized (zero mean, unit sample
    /// variance); the response is regressed on all non-constant factors by least squares
    /// (`LAPACKE_dgels`, no intercept needed after centering). The SRCs are the
    /// coefficients; for a nearly linear model their squares sum to about R^2.
    /// Constant factors (zero variance in the sample) get SRC 0 and Spearman 0.
    ///
    /// - Parameters:
    ///   - factorIDs: ids of the factors, aligned with `samples`.
    ///   - samples: `samples[j][r]` is factor j in sample row r; all rows equally long.
    ///   - response: the response (e.g. the horizon total) per sample row.
    /// - Returns: one entry per factor, sorted by |SRC| descending (ties by id).
    /// - Throws: `LinearAlgebraError` (`.rankDeficient` if non-constant factors are
    ///   collinear or there are fewer rows than factors; `.dimensionMismatch` on shapes).
    /// - Complexity: O(n k^2) for the QR plus O(k n log n) for the ranks.
    public static func standardizedRegression(factorIDs: [String], samples: [[Double]],
                                              response: [Double])
        throws(LinearAlgebraError) -> [SensitivityEntry]
    {
        let n = response.count
        guard samples.count == factorIDs.count, samples.allSatisfy({ $0.count == n }) else {
            throw .dimensionMismatch(operation: "standardizedRegression", leftRows: n,
                                     leftColumns: samples.count, rightRows: n, rightColumns: 1)
        }
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
        let responseRanks = ranks(response)
        var entries: [SensitivityEntry] = []
        for j in samples.indices {
            let rho = varying.contains(j) && y != nil
                ? pearson(ranks(samples[j]), responseRanks) : 0
            entries.append(SensitivityEntry(factorID: factorIDs[j], standardizedCoefficient: src[j],
                                            spearman: rho))
        }
        return entries.sorted {
            abs($0.standardizedCoefficient) != abs($1.standardizedCoefficient)
                ? abs($0.standardizedCoefficient) > abs($1.standardizedCoefficient)
                : CorrelationMatrix.idPrecedes($0.factorID, $1.factorID)
        }
    }

    /// Sample standard deviation (n - 1), 0 for fewer than two values.
    static func standardDeviation(_ x: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        let mean = x.reduce(0, +) / Double(x.count)
        let ss = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (ss / Double(x.count - 1)).squareRoot()
    }

    /// `(x - mean) / sd`, or nil when the sd is 0.
    static func standardized(_ x: [Double]) -> [Double]? {
        let sd = standardDeviation(x)
        guard sd > 0 else { return nil }
        let mean = x.reduce(0, +) / Double(x.count)
        return x.map { ($0 - mean) / sd }
    }

    /// Ranks 1...n with ties given their average rank.
    public static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var ranks = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = average }
            i = j + 1
        }
        return ranks
    }

    /// Pearson correlation of two equally long samples (0 if either is constant).
    public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            let (da, db) = (a[i] - ma, b[i] - mb)
            sab += da * db; saa += da * da; sbb += db * db
        }
        return saa > 0 && sbb > 0 ? sab / (saa * sbb).squareRoot() : 0
    }
}
