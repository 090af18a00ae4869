import DFCostNumerics

extension SimulationResult {
    /// The percentiles a KS2 table needs: styringsramme (P50) and kostnadsramme (P85). A run
    /// computes them whatever `--percentiles` asks, so the KS2 table is never dropped.
    static let ks2Percentiles: [Double] = [0.5, 0.85]

    /// `asked` and the KS2 table's percentiles, asked ones first.
    static func computed(_ asked: [Double]) -> [Double] {
        asked + ks2Percentiles.filter { !asked.contains($0) }
    }

    /// The result with only the `asked` percentiles in every column: what the front end prints
    /// as percentile columns, once the KS2 table has taken its P50 and P85.
    func keeping(_ asked: [Double]) -> SimulationResult {
        var kept = self
        for i in kept.columns.indices {
            kept.columns[i].percentiles.removeAll { !asked.contains($0.probability) }
        }
        return kept
    }
}
