import DFCostModel
import DFCostScenario

/// `dfcost.compare/1`, the side-by-side comparison (docs/json-contract.md,
/// docs/compare.schema.json): the scenarios in order with their figures, then the deltas of each
/// against its reference. Members in the order the schema lists them.
public struct ComparisonDocument: Encodable, Sendable {
    /// The schema identifier written in every document.
    public static let schemaID = "dfcost.compare/1"

    public var schema = schemaID
    public var against: String
    public var years: [Int]
    public var changed: Bool
    public var scenarios: [Scenario]
    public var deltas: [Delta]

    /// One column: a scenario's own figures.
    public struct Scenario: Encodable, Sendable {
        public var name: String
        public var file: String
        public var totals: YearMap
        @JSONNullable public var horizonTotal: JSONDecimal?
        public var bySolution: JSONMembers<YearMap>
        public var byInitiative: JSONMembers<YearMap>?
        public var lines: [Line]
    }

    /// A scenario's line: its counted amounts over the summed years and per year.
    public struct Line: Encodable, Sendable {
        public var id: String
        public var solution: String
        public var initiative: String
        public var part: String
        @JSONNullable public var total: JSONDecimal?
        public var years: YearMap
    }

    /// A scenario against its reference.
    public struct Delta: Encodable, Sendable {
        public var scenario: Int
        public var against: Int
        public var totals: YearMap
        public var percent: JSONMembers<JSONNullable<JSONDecimal>>
        @JSONNullable public var horizonTotal: JSONDecimal?
        public var bySolution: JSONMembers<YearMap>
        public var byInitiative: JSONMembers<YearMap>?
        public var lines: [DeltaLine]
    }

    /// A line followed from the reference to the scenario: how it moved and by how much.
    public struct DeltaLine: Encodable, Sendable {
        public var id: String
        @JSONNullable public var previousId: String?
        @JSONNullable public var previousSolution: String?
        @JSONNullable public var match: String?
        public var movement: [String]
        @JSONNullable public var movedYears: Int?
        public var conditionsAdded: [String]
        public var conditionsRemoved: [String]
        @JSONNullable public var total: JSONDecimal?
        public var years: YearMap
    }

    /// The document of a side-by-side comparison.
    public init(_ c: Comparison) {
        let totalsByYear = c.totals.filter { $0.year != nil }
        let horizon = c.totals.first { $0.year == nil }!.series
        /// `{key: {year: amount}}` of the rows that have a figure, keys in first-seen order.
        func grouped(_ rows: [Comparison.GroupRow], _ pick: (Comparison.Series) -> ExactDecimal?) -> JSONMembers<YearMap> {
            JSONMembers(firstSeen(rows.map(\.key))) { key in
                YearMap(rows.filter { $0.key == key && $0.year != nil }.compactMap { r in pick(r.series).map { ("\(r.year!)", JSONDecimal($0)) } })
            }
        }
        func byYear(_ pick: (Comparison.Series) -> ExactDecimal?) -> YearMap {
            YearMap(totalsByYear.compactMap { r in pick(r.series).map { ("\(r.year!)", JSONDecimal($0)) } })
        }
        func lineYears(_ line: Comparison.LineRow, _ pick: (Comparison.Series) -> ExactDecimal?) -> YearMap {
            YearMap(c.years.compactMap { y in line.years[y].flatMap(pick).map { ("\(y)", JSONDecimal($0)) } })
        }
        against = c.against.rawValue
        years = c.years
        changed = c.hasChanges
        scenarios = c.columns.enumerated().map { k, column in
            Scenario(name: column.name, file: column.file, totals: byYear { $0.amounts[k] },
                     horizonTotal: horizon.amounts[k].map(JSONDecimal.init),
                     bySolution: grouped(c.bySolution) { $0.amounts[k] },
                     byInitiative: c.byInitiative.map { grouped($0) { $0.amounts[k] } },
                     lines: c.lines.compactMap { line in
                         guard let id = line.ids[k] else { return nil }
                         return Line(id: id, solution: line.solutions[k] ?? line.solution, initiative: line.initiative, part: line.part,
                                     total: line.total.amounts[k].map(JSONDecimal.init), years: lineYears(line) { $0.amounts[k] })
                     })
        }
        deltas = c.columns.indices.compactMap { k in
            guard let r = c.reference(of: k) else { return nil }
            return Delta(scenario: k, against: r, totals: byYear { $0.deltas[k] },
                         percent: JSONMembers(totalsByYear.map { row in ("\(row.year!)", JSONNullable(row.series.percents[k].map(JSONDecimal.init))) }),
                         horizonTotal: horizon.deltas[k].map(JSONDecimal.init),
                         bySolution: grouped(c.bySolution) { $0.deltas[k] },
                         byInitiative: c.byInitiative.map { grouped($0) { $0.deltas[k] } },
                         lines: c.lines.compactMap { line in
                             guard let m = line.movements[k] else { return nil }
                             return DeltaLine(id: line.ids[k] ?? line.ids[r] ?? line.id, previousId: line.ids[r], previousSolution: line.solutions[r],
                                              match: m.match?.rawValue, movement: m.kinds.map(\.rawValue), movedYears: m.years,
                                              conditionsAdded: m.conditionsAdded, conditionsRemoved: m.conditionsRemoved,
                                              total: line.total.deltas[k].map(JSONDecimal.init), years: lineYears(line) { $0.deltas[k] })
                         })
        }
    }
}
