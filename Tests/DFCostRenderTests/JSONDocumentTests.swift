import DFCostApp
import DFCostModel
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Testing

/// Each JSON document type against its schema in docs/: with every optional member present, its
/// members are exactly the schema's `properties` in their order (every `required` one among
/// them), and every object inside lists its members in the order its schema does. The renderer
/// goldens check the bytes; this checks that the types and the schemas tell the same story.
@Suite struct JSONDocumentTests {
    static func load(_ relative: String) throws -> Scenario {
        try ScenarioLoader.load(path: RenderSupport.inRoot(relative))
    }

    @Test func totalsDocumentListsTheMembersOfTheTotalsSchemaInItsOrder() throws {
        // Payer keys and a [baseline]: every optional member present, the total level's payers too.
        let result = try TotalsRequest(scenario: try Self.load("Scenarios/examples/illustrativ-driftsgrunnlag.toml"), breakdown: .payer).run()
        let initiatives = try InitiativeSubtotals(table: result.applied.table, totals: result.totals)
        let document = TotalsDocument(result.applied, totals: result.totals, initiatives: initiatives, payers: result.payers, level: result.level)
        #expect(try SchemaOrder.issues(of: document, in: "totals.schema.json") == [])
    }

    @Test func scenarioComparisonDocumentListsTheMembersOfTheComparisonSchemaInItsOrder() throws {
        let base = try Self.load("Scenarios/published/ehelseportefolje-2023-10.toml").apply()
        // Another round of the table: lines renamed and moved, cells and set-aside cells that differ.
        let other = try Self.load("Scenarios/examples/illustrativ-runde-2.toml").apply()
        let payers = try TotalsRequest(scenario: try Self.load("Scenarios/payers-2024.toml"), breakdown: .payer).run().payers!
        let document = ScenarioComparisonDocument(try ScenarioComparison(base: base, other: other),
                                                  payerDeltas: try PayerDelta.between(payers, payers))
        #expect(!document.lines.filter { $0.match != nil }.isEmpty)
        #expect(try SchemaOrder.issues(of: document, in: "comparison.schema.json", at: "/$defs/comparison") == [])
    }

    @Test func sideBySideComparisonDocumentListsTheMembersOfTheCompareSchemaInItsOrder() throws {
        let inputs = try ["Scenarios/published/ehelseportefolje-2023-10.toml", "Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml"].map { file in
            let applied = try Self.load(file).apply()
            return Comparison.Input(name: applied.name, file: file, applied: applied)
        }
        let document = ComparisonDocument(try Comparison(inputs, byInitiative: true))
        #expect(try SchemaOrder.issues(of: document, in: "compare.schema.json") == [])
    }

    @Test func simulationDocumentsListTheMembersOfTheSimulateSchemaInItsOrder() throws {
        let outcome = try SimulationRequest(scenario: try Self.load("Scenarios/payers-uncertain.toml"), trials: 400,
                                            budgets: [.init(column: "total", amount: ExactDecimal(140))], sensitivitySample: 400, byPayer: true).run()
        let payers = outcome.payers.map { PayerSimulation(payers: $0.keys.payers, years: outcome.model.years, result: $0.result) }
        let document = SimulationDocument(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false, payers: payers,
                                          analysis: outcome.analysis)
        #expect(document.noEffect != nil && document.byPayer != nil && document.analysisModel != nil)
        #expect(try SchemaOrder.issues(of: document, in: "simulate.schema.json", at: "/$defs/simulation") == [])

        let compared = try SimulationRequest(scenario: try Self.load("Scenarios/bench/standard-workload.toml"),
                                             comparedWith: try Self.load("Scenarios/fm-delayed-1y.toml"), trials: 400, sensitivitySample: 400).run()
        let comparison = try #require(compared.comparison)
        let pair = SimulationComparisonDocument(
            base: SimulationDocument(compared.result, model: compared.model, ks2: compared.ks2, tornado: compared.tornado, paired: false,
                                     analysis: compared.analysis),
            other: SimulationDocument(comparison.result, model: comparison.model, ks2: comparison.ks2, tornado: comparison.tornado, paired: false,
                                      analysis: comparison.analysis),
            difference: SimulationDocument(comparison.difference, model: comparison.model, ks2: nil, tornado: comparison.differenceTornado, paired: true))
        #expect(try SchemaOrder.issues(of: pair, in: "simulate.schema.json", at: "/$defs/comparison") == [])
    }

    /// The analysis model with a row of every kind (estimate, pair, repair, event, run).
    @Test func theAnalysisModelListsTheMembersOfItsSchemaInItsOrder() throws {
        let document = AnalysisModelDocument(AnalysisModelBuilderTests.model)
        #expect(try SchemaOrder.issues(of: document, in: "simulate.schema.json", at: "/$defs/analysisModel") == [])
    }

    @Test func explanationDocumentListsTheMembersOfTheExplainSchemaInItsOrder() throws {
        let applied = try Self.load("Scenarios/fm-delayed-1y.toml").apply()
        let explanations = try applied.table.years.map { try Explanation(applied, year: $0) }
        let document = ExplanationDocument(explanations, scenario: applied.name, reason: { "\($0)" })
        #expect(document.explanations.contains { !$0.notCounted.isEmpty } && document.explanations.contains { $0.contributions.contains { !$0.history.isEmpty } })
        #expect(try SchemaOrder.issues(of: document, in: "explain.schema.json") == [])
    }

    @Test func reportDocumentListsTheMembersOfTheReportSchemaInItsOrder() throws {
        let request = ReportRequest(scenario: try Self.load("Scenarios/payers-uncertain.toml"),
                                    comparedWith: try ["Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml"].map(Self.load),
                                    simulation: .init(trials: 300), byPayer: true, byInitiative: true)
        let document = ReportDocument(Report(try request.run()))
        #expect(document.rounds != nil && document.simulation != nil && document.byPayer != nil && document.byInitiative != nil)
        #expect(try SchemaOrder.issues(of: document, in: "report.schema.json") == [])
    }

    /// The check itself: members out of the schema's order, or a required one left out, are found.
    @Test func membersOutOfTheSchemasOrderOrMissingAreReported() throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        guard case .object(var members) = try JSONValueEncoder().encode(TotalsDocument(applied, totals: totals)) else {
            Issue.record("the totals document is not an object")
            return
        }
        members.swapAt(1, 2)
        members.removeAll { $0.0 == "lines" }
        let issues = try SchemaOrder.issues(of: JSONValue.object(members), in: "totals.schema.json")
        #expect(issues.contains { $0.contains("not in the schema's order") })
        #expect(issues.contains { $0.contains("required [\"lines\"] missing") })
    }

    /// The encoder: members in the order encoded, data keys as given, a nullable member written
    /// as null and an absent optional left out, Doubles and Float32 statistics as the printer
    /// has always written them.
    @Test func encoderKeepsTheOrderAndWritesEachValueAsThePrinterDid() throws {
        struct Sample: Encodable {
            var zebraCount = 2
            var alpha = JSONMembers<JSONDecimal>([("2025", JSONDecimal(ExactDecimal("21.5")!)), ("2024", JSONDecimal(.zero))])
            @JSONNullable var missingValue: String? = nil
            var leftOut: String? = nil
            var mean = 0.1
            var infinite = Double.infinity
            var percentile = JSONFloat32(98.69973123)
            var `internal` = true
        }
        #expect(JSONValueEncoder.render(Sample()) == """
        {
          "zebra_count": 2,
          "alpha": {
            "2025": "21.5",
            "2024": "0"
          },
          "missing_value": null,
          "mean": 0.1,
          "infinite": null,
          "percentile": 98.69973,
          "internal": true
        }

        """)
    }
}
