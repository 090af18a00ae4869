import DFCostModel

/// Each payer's part per year, exact, rounded and cumulative, and the payers' names: the members
/// a totals and a report document share.
struct PayerMembers {
    var exact: JSONMembers<YearMap>
    var rounded: JSONMembers<YearMap>
    var cumulative: JSONMembers<YearMap>
    var names: JSONMembers<String>
    var assumptions: [String]

    init(_ a: PayerAllocation) {
        func map(_ m: [String: [Int: ExactDecimal]]) -> JSONMembers<YearMap> {
            JSONMembers(a.payers.map { p in (p.id, YearMap(m[p.id] ?? [:], years: a.years)) })
        }
        exact = map(a.exact)
        rounded = map(a.rounded)
        cumulative = map(a.cumulative)
        names = JSONMembers(a.payers.map { ($0.id, $0.name) })
        assumptions = a.assumptions.map(\.machineText)
    }
}
