import DFCostModel

/// `total_level` of the totals document (docs/totals.schema.json): the baseline's source, and per
/// solution with a baseline its baseline (indexed), cumulative increase and total level by year,
/// their sums, the solutions without a baseline, the index factors used, and with payer keys each
/// payer's total level. Members in the order the schema lists them.
public struct TotalLevelMembers: Encodable, Sendable {
    public var source: String
    public var baseline: JSONMembers<YearMap>
    public var cumulativeIncrease: JSONMembers<YearMap>
    public var level: JSONMembers<YearMap>
    public var sum: Sum
    public var withoutBaseline: [String]
    public var indexFactors: JSONMembers<YearMap>
    public var byPayer: JSONMembers<YearMap>?

    /// The sums over the solutions with a baseline.
    public struct Sum: Encodable, Sendable {
        public var baseline: YearMap
        public var cumulativeIncrease: YearMap
        public var level: YearMap
    }

    public init(_ l: TotalLevel) {
        func map(_ figure: KeyPath<TotalLevel.Row, [Int: ExactDecimal]>) -> JSONMembers<YearMap> {
            JSONMembers(l.rows.map { ($0.solution, YearMap($0[keyPath: figure], years: l.years)) })
        }
        source = l.source
        baseline = map(\.baseline)
        cumulativeIncrease = map(\.cumulativeIncrease)
        level = map(\.level)
        sum = Sum(baseline: YearMap(l.sum.baseline, years: l.years), cumulativeIncrease: YearMap(l.sum.cumulativeIncrease, years: l.years),
                  level: YearMap(l.sum.level, years: l.years))
        withoutBaseline = l.withoutBaseline
        indexFactors = JSONMembers(l.rows.compactMap { r in l.indexFactors[r.solution].map { (r.solution, YearMap($0, years: l.years)) } })
        byPayer = l.payers.map { ps in JSONMembers(ps.map { ($0.payer.id, YearMap($0.level, years: l.years)) }) }
    }
}
