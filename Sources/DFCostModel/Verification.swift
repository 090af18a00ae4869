/// A comparison of recomputed sums with the published ones.
///
/// Each recomputed sum is rounded half away from zero at the published precision and must then
/// equal the published figure: 21.5 rounds to 22, which matches a published 22.
///
/// Only the years the table sums are compared. A derived file may change the summed years with
/// a horizon operation; a published year the table no longer sums is listed in
/// ``outsideHorizon``, neither a match nor a mismatch. The verdict (``allMatch``) needs every
/// summed year to match its published figure (a summed year without one does not match) and at
/// least one published year still summed: with none left there is nothing to verify, which fails.
public struct Verification: Sendable, Hashable {
    /// One summed year of the comparison.
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

    /// A published figure for a year the table does not sum (moved out by a horizon operation):
    /// reported, not compared.
    public struct OutsideYear: Sendable, Hashable {
        public var year: Int
        public var published: ExactDecimal
    }

    /// One row per summed year, ascending.
    public var rows: [Row]
    /// The published years the table does not sum, ascending.
    public var outsideHorizon: [OutsideYear]
    /// The precision compared at.
    public var precision: ExactDecimal

    /// True when at least one published year is still summed.
    public var comparesAPublishedYear: Bool { rows.contains { $0.published != nil } }

    /// The verdict: every summed year matches, and at least one published year is summed.
    public var allMatch: Bool { comparesAPublishedYear && rows.allSatisfy(\.matches) }

    /// Compares a table's totals with its published sums.
    /// - Returns: nil when the table has no published sums.
    public init?(table: CostTable, totals: Totals) throws(ArithmeticError) {
        guard let published = table.published else { return nil }
        precision = published.precision
        let scale = try published.precision.precisionScale()
        let summed = Set(totals.summedYears)
        rows = summed.sorted().map { year in
            let computed = totals.totals[year] ?? .zero
            return Row(year: year, computed: computed, rounded: computed.rounded(toScale: scale),
                       published: published.values[year])
        }
        outsideHorizon = published.values.filter { !summed.contains($0.key) }.sorted { $0.key < $1.key }
            .map { OutsideYear(year: $0.key, published: $0.value) }
    }
}
