/// A comparison of recomputed sums with the published ones.
///
/// Each recomputed sum is rounded half away from zero at the published precision and must then
/// equal the published figure: 21.5 rounds to 22, which matches a published 22.
public struct Verification: Sendable, Hashable {
    /// One year of the comparison.
    public struct Row: Sendable, Hashable {
        public var year: Int
        /// The exact recomputed sum.
        public var computed: ExactDecimal
        /// The recomputed sum at the published precision.
        public var rounded: ExactDecimal
        /// The published figure, nil when the year has none.
        public var published: ExactDecimal?
        /// True when `rounded == published`.
        public var matches: Bool { published == rounded }
    }

    /// One row per summed year and per year with a published sum.
    public var rows: [Row]
    /// The precision compared at.
    public var precision: ExactDecimal

    /// True when every row matches.
    public var allMatch: Bool { rows.allSatisfy(\.matches) }

    /// Compares a table's totals with its published sums.
    /// - Returns: nil when the table has no published sums.
    public init?(table: CostTable, totals: Totals) throws(ArithmeticError) {
        guard let published = table.published else { return nil }
        precision = published.precision
        let scale = try published.precision.precisionScale()
        let years = Set(totals.summedYears).union(published.values.keys).sorted()
        rows = years.map { year in
            let computed = totals.totals[year] ?? .zero
            return Row(year: year, computed: computed, rounded: computed.rounded(toScale: scale),
                       published: published.values[year])
        }
    }
}
