import DFCostModel

/// `dfcost.report/1`, `dfcost report --format json` (docs/report.schema.json): the totals
/// document, the comparison with each other scenario, the side-by-side rounds with two or more,
/// the breakdown asked for, and the simulation (null without one). Members in the order the
/// schema lists them.
public struct ReportDocument: Encodable, Sendable {
    /// The schema identifier written in every document.
    public static let schemaID = "dfcost.report/1"

    public var schema = schemaID
    public var totals: TotalsDocument
    public var comparisons: [ScenarioComparisonDocument]
    public var rounds: ComparisonDocument?
    public var byInitiative: [TotalsDocument.InitiativeSubtotal]?
    public var byPayer: JSONMembers<YearMap>?
    public var byPayerRounded: JSONMembers<YearMap>?
    public var byPayerCumulative: JSONMembers<YearMap>?
    public var payers: JSONMembers<String>?
    public var payerAssumptions: [String]?
    @JSONNullable public var simulation: SimulationDocument?

    /// The document of a report's results.
    public init(_ report: Report) {
        totals = TotalsDocument(report.applied, totals: report.totals, level: report.level)
        comparisons = report.comparisons.map { ScenarioComparisonDocument($0) }
        rounds = report.rounds.map(ComparisonDocument.init)
        byInitiative = report.initiatives.map(TotalsDocument.initiatives)
        let p = report.payers.map(PayerMembers.init)
        (byPayer, byPayerRounded, byPayerCumulative) = (p?.exact, p?.rounded, p?.cumulative)
        (payers, payerAssumptions) = (p?.names, p?.assumptions)
        simulation = report.simulation.map {
            SimulationDocument($0.summary, model: $0.model, ks2: $0.ks2, tornado: $0.tornado, paired: false, analysis: $0.analysis)
        }
    }
}
