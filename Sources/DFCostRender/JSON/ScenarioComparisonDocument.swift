import DFCostModel
import DFCostScenario

/// One comparison of `dfcost compare A B --format json` when A and B are scenarios of one table
/// (docs/comparison.schema.json, `comparison`): the yearly totals of both and their delta, the
/// deltas per solution, and every line, cell and set-aside cell that differs, with why. The
/// command writes a list of these. Members in the order the schema lists them.
public struct ScenarioComparisonDocument: Encodable, Sendable {
    public var base: String
    public var other: String
    public var changed: Bool
    public var totals: JSONMembers<YearDelta>
    public var horizonTotal: YearDelta
    public var bySolutionDelta: JSONMembers<YearMap>
    @JSONNullable public var tableYears: TableYears?
    public var conditions: [Condition]
    public var lines: [Line]
    public var cells: [Cell]
    public var setAside: [SetAside]
    /// With `--by payer`: each payer's delta per year.
    public var byPayerDelta: JSONMembers<YearMap>?

    /// Both totals of a year (or of the horizon), their delta and the delta in percent.
    public struct YearDelta: Encodable, Sendable {
        public var base: JSONDecimal
        public var other: JSONDecimal
        public var delta: JSONDecimal
        @JSONNullable public var percent: JSONDecimal?
    }

    /// The years each table shows and sums, when they differ.
    public struct TableYears: Encodable, Sendable {
        public var base: Years
        public var other: Years
    }

    /// A table's years and summed years.
    public struct Years: Encodable, Sendable {
        public var years: [Int]
        public var summedYears: [Int]
    }

    /// A condition in different states.
    public struct Condition: Encodable, Sendable {
        public var condition: String
        @JSONNullable public var base: String?
        @JSONNullable public var other: String?
    }

    /// A line added, removed, renamed or moved to another solution. A renamed or moved line
    /// carries the line BASE had (each member null where unknown); the others leave them out.
    public struct Line: Encodable, Sendable {
        public var line: String
        public var solution: String
        public var change: String
        public var why: [String]
        public var match: JSONNullable<String>?
        public var previousLine: JSONNullable<String>?
        public var previousSolution: JSONNullable<String>?
        public var previousLabel: JSONNullable<String>?
        public var label: JSONNullable<String>?
    }

    /// A cell that differs, how, and why.
    public struct Cell: Encodable, Sendable {
        public var line: String
        public var year: Int
        public var changes: [String]
        @JSONNullable public var base: JSONDecimal?
        @JSONNullable public var other: JSONDecimal?
        public var baseInternal: Bool
        public var otherInternal: Bool
        public var baseConditions: [String]
        public var otherConditions: [String]
        public var why: [String]
    }

    /// A cell set aside in one scenario and not the other, or for another reason.
    public struct SetAside: Encodable, Sendable {
        public var list: String
        public var line: String
        public var year: Int
        @JSONNullable public var base: Entry?
        @JSONNullable public var other: Entry?
    }

    /// A set-aside cell's amount and why it is set aside.
    public struct Entry: Encodable, Sendable {
        public var amount: JSONDecimal
        public var `internal`: Bool
        public var reason: String
    }

    /// - Parameter payerDeltas: each payer's part in both scenarios (`--by payer`), or nil.
    public init(_ c: ScenarioComparison, payerDeltas: [PayerDelta]? = nil) {
        base = c.baseName
        other = c.otherName
        changed = c.hasChanges
        totals = JSONMembers(c.years.map { ("\($0.year)", Self.yearDelta($0)) })
        horizonTotal = Self.yearDelta(c.horizon)
        bySolutionDelta = JSONMembers(firstSeen(c.bySolution.map(\.solution))) { s in
            YearMap(c.bySolution.filter { $0.solution == s }.map { ("\($0.year)", JSONDecimal($0.delta)) })
        }
        tableYears = c.tableYears.map { y in
            TableYears(base: Years(years: y.baseYears, summedYears: y.baseSummedYears),
                       other: Years(years: y.otherYears, summedYears: y.otherSummedYears))
        }
        conditions = c.conditions.map { Condition(condition: $0.condition, base: $0.base?.description, other: $0.other?.description) }
        lines = c.lines.map { d in
            var line = Line(line: d.lineID, solution: d.solution, change: d.kind.rawValue, why: d.reasons.map(ReasonLabels.machine.text))
            if d.kind == .renamed || d.kind == .solutionChanged {
                line.match = JSONNullable(d.match?.rawValue)
                line.previousLine = JSONNullable(d.previousID)
                line.previousSolution = JSONNullable(d.previousSolution)
                line.previousLabel = JSONNullable(d.previousLabel)
                line.label = JSONNullable(d.label)
            }
            return line
        }
        cells = c.cells.map { d in
            Cell(line: d.lineID, year: d.year, changes: d.kinds.map(\.rawValue), base: d.base.map(JSONDecimal.init), other: d.other.map(JSONDecimal.init),
                 baseInternal: d.baseIsInternal, otherInternal: d.otherIsInternal, baseConditions: d.baseConditions,
                 otherConditions: d.otherConditions, why: d.reasons.map(ReasonLabels.machine.text))
        }
        setAside = c.setAside.map { d in
            SetAside(list: d.kind.rawValue, line: d.lineID, year: d.year, base: d.base.map(Self.entry), other: d.other.map(Self.entry))
        }
        byPayerDelta = payerDeltas.map { deltas in
            JSONMembers(firstSeen(deltas.map(\.payer.id))) { id in
                YearMap(deltas.filter { $0.payer.id == id }.map { ("\($0.year)", JSONDecimal($0.delta)) })
            }
        }
    }

    static func yearDelta(_ y: ScenarioComparison.YearDelta) -> YearDelta {
        YearDelta(base: JSONDecimal(y.base), other: JSONDecimal(y.other), delta: JSONDecimal(y.delta), percent: y.percent.map(JSONDecimal.init))
    }

    static func entry(_ e: ScenarioComparison.SetAsideDelta.Entry) -> Entry {
        Entry(amount: JSONDecimal(e.amount), internal: e.isInternal, reason: ReasonLabels.machine.text(e.reason))
    }
}

/// The distinct values, in first-seen order.
func firstSeen(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
