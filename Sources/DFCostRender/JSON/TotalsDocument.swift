import DFCostModel
import DFCostScenario

/// The JSON contract of `dfcost totals --format json` (docs/json-contract.md,
/// docs/totals.schema.json), members in the order the schema lists them.
///
/// Amounts are exact decimal strings ("21.5"), never binary floats, so consumers keep exactness.
/// The breakdowns (`by_initiative`, the payer members) are there only when asked for.
public struct TotalsDocument: Encodable, Sendable {
    /// The schema identifier written in every document.
    public static let schemaID = "dfcost.totals/1"

    public var schema = schemaID
    public var scenario: String
    public var title: String
    public var source: Source
    public var unit: String
    public var years: [Int]
    public var summedYears: [Int]
    public var conditions: JSONMembers<Condition>
    public var totals: YearMap
    public var roundingPrecision: JSONDecimal
    public var roundedTotals: YearMap
    public var bySolution: JSONMembers<YearMap>
    public var cumulative: YearMap
    public var horizonTotal: JSONDecimal
    public var lines: [Line]
    public var excluded: [SetAside]
    public var beyondHorizon: [SetAside]
    public var warnings: [String]
    public var byInitiative: [InitiativeSubtotal]?
    public var byPayer: JSONMembers<YearMap>?
    public var byPayerRounded: JSONMembers<YearMap>?
    public var byPayerCumulative: JSONMembers<YearMap>?
    public var payers: JSONMembers<String>?
    public var payerAssumptions: [String]?
    /// The total D&F level, when the scenario gives a `[baseline]`.
    public var totalLevel: TotalLevelMembers?

    /// Where the table was published.
    public struct Source: Encodable, Sendable {
        public var document: String
        public var section: String
        public var asOf: String
    }

    /// A condition and the state it is in.
    public struct Condition: Encodable, Sendable {
        public var mark: String
        public var description: String
        public var state: String
    }

    /// A line of the table after the scenario, its cells by year.
    public struct Line: Encodable, Sendable {
        public var id: String
        public var solution: String
        public var initiative: String
        public var part: String
        public var tags: [String]
        public var cells: JSONMembers<Cell>
    }

    /// One cell of a line.
    public struct Cell: Encodable, Sendable {
        public var amount: JSONDecimal
        public var `internal`: Bool
        public var conditions: [String]
    }

    /// A cell that does not count (excluded, or moved past the table's years), and why.
    public struct SetAside: Encodable, Sendable {
        public var line: String
        public var solution: String
        public var year: Int
        public var amount: JSONDecimal
        public var `internal`: Bool
        public var reason: String
    }

    /// One initiative's subtotal (`--by initiative`).
    public struct InitiativeSubtotal: Encodable, Sendable {
        public var initiative: String
        public var solutions: [String]
        public var totals: YearMap
    }

    /// The document of an applied scenario and its totals, with each initiative's subtotal or
    /// each payer's part when given.
    public init(_ applied: AppliedScenario, totals t: Totals, initiatives: InitiativeSubtotals? = nil, payers: PayerAllocation? = nil,
                level: TotalLevel? = nil) {
        let table = applied.table
        let years = t.summedYears
        scenario = applied.name
        title = table.metadata.title
        source = Source(document: table.metadata.document, section: table.metadata.section, asOf: table.metadata.asOf)
        unit = table.metadata.unit
        self.years = table.years
        summedYears = years
        conditions = JSONMembers(table.conditions.map { c in
            (c.id, Condition(mark: c.mark, description: c.description, state: "\(applied.conditionStates[c.id] ?? .full)"))
        })
        totals = YearMap(t.totals, years: years)
        roundingPrecision = JSONDecimal(t.roundingPrecision)
        roundedTotals = YearMap(t.roundedTotals, years: years)
        bySolution = JSONMembers(Self.solutionOrder(table)) { YearMap(t.bySolution[$0] ?? [:], years: years) }
        cumulative = YearMap(t.cumulative, years: years)
        horizonTotal = JSONDecimal(t.horizonTotal)
        lines = table.lines.map { line in
            Line(id: line.id, solution: line.solution, initiative: line.initiative, part: line.part, tags: line.tags,
                 cells: JSONMembers(line.cells.map { ("\($0.year)", Cell(amount: JSONDecimal($0.amount), internal: $0.isInternal, conditions: $0.conditions)) }))
        }
        excluded = applied.excluded.map(Self.setAside)
        beyondHorizon = applied.beyondHorizon.map(Self.setAside)
        warnings = applied.warnings
        byInitiative = initiatives.map(Self.initiatives)
        let p = payers.map(PayerMembers.init)
        (byPayer, byPayerRounded, byPayerCumulative) = (p?.exact, p?.rounded, p?.cumulative)
        (self.payers, payerAssumptions) = (p?.names, p?.assumptions)
        totalLevel = level.map(TotalLevelMembers.init)
    }

    /// `by_initiative`: a list, in table order, of `{initiative, solutions, totals: {year: amount}}`.
    static func initiatives(_ s: InitiativeSubtotals) -> [InitiativeSubtotal] {
        s.rows.map { InitiativeSubtotal(initiative: $0.initiative, solutions: $0.solutions, totals: YearMap($0.amounts, years: s.years)) }
    }

    /// The table's solutions in order, then any solution only a line names.
    static func solutionOrder(_ table: CostTable) -> [String] {
        var ids = table.solutions.map(\.id)
        for line in table.lines where !ids.contains(line.solution) { ids.append(line.solution) }
        return ids
    }

    static func setAside(_ a: SetAsideCell) -> SetAside {
        SetAside(line: a.lineID, solution: a.solution, year: a.cell.year, amount: JSONDecimal(a.cell.amount),
                 internal: a.cell.isInternal, reason: ReasonLabels.machine.text(a.reason))
    }
}
