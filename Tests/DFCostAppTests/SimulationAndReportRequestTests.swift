import DFCostApp
import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation
import DFCostTestSupport
import Testing

/// The KS2 breakdown computed once on the result, and `report` as a library call.
@Suite struct RequestTests {
    static let workload = PackageRoot.path("Scenarios/bench/standard-workload.toml")

    @Test func theOutcomeCarriesItsKS2BreakdownComputedFromTheTotalsPercentiles() throws {
        let scenario = try ScenarioLoader.load(path: Self.workload)
        let outcome = try SimulationRequest(scenario: scenario, trials: 500, threads: 1, sensitivitySample: 0).run()
        let ks2 = try #require(outcome.ks2)
        let p50 = try #require(outcome.result.total.percentile(0.5)), p85 = try #require(outcome.result.total.percentile(0.85))
        #expect(ks2.p50 == p50.value && ks2.p85 == p85.value)
        #expect(ks2.reserve == p85.value - p50.value)
        #expect(ks2.baseCost == outcome.model.totals.horizonTotal)
        #expect(ks2.managementFrame == ExactDecimal(rounding: p50.value, decimals: ks2.decimals))
        #expect(ks2.costFrame == ExactDecimal(rounding: p85.value, decimals: ks2.decimals))
        #expect(ks2.expectedValue == ExactDecimal(rounding: outcome.result.total.mean, decimals: ks2.decimals))
        #expect(try ks2.baseCost.adding(ks2.expectedAddition) == ks2.managementFrame)
        #expect(try ks2.managementFrame.adding(ks2.contingencyReserve) == ks2.costFrame)
        #expect(ks2.firstYear == outcome.model.years.first && ks2.lastYear == outcome.model.years.last)
    }

    /// `--percentiles 10,90` prints those columns, and the KS2 table still has its P50 and P85:
    /// the same figures as a run that asks for them, with the same seed.
    @Test func theKS2BreakdownIsComputedWhateverPercentilesAreAsked() throws {
        let scenario = try ScenarioLoader.load(path: Self.workload)
        let asked = try SimulationRequest(scenario: scenario, comparedWith: scenario, trials: 200, threads: 1,
                                          percentiles: [0.1, 0.9], sensitivitySample: 0).run()
        let full = try SimulationRequest(scenario: scenario, comparedWith: scenario, trials: 200, threads: 1,
                                         percentiles: [0.1, 0.5, 0.85, 0.9], sensitivitySample: 0).run()
        let ks2 = try #require(asked.ks2)
        #expect(ks2 == full.ks2)
        #expect(try #require(asked.comparison?.ks2) == full.comparison?.ks2)
        for result in [asked.result, try #require(asked.comparison?.result), try #require(asked.comparison?.difference)] {
            #expect(result.columns.allSatisfy { $0.percentiles.map(\.probability) == [0.1, 0.9] })
        }
        #expect(asked.result.total.percentile(0.1) == full.result.total.percentile(0.1))
    }

    @Test func aComparedScenarioCarriesItsOwnKS2Breakdown() throws {
        let scenario = try ScenarioLoader.load(path: Self.workload)
        let outcome = try SimulationRequest(scenario: scenario, comparedWith: scenario, trials: 200, threads: 1, sensitivitySample: 0).run()
        let comparison = try #require(outcome.comparison)
        #expect(comparison.ks2 == KS2Breakdown(result: comparison.result, model: comparison.model))
        #expect(comparison.ks2 != nil)
    }

    @Test func aReportRequestGivesTotalsComparisonsAndASimulationWithItsKS2() throws {
        let scenario = try ScenarioLoader.load(path: Self.workload)
        let other = try ScenarioLoader.load(path: PackageRoot.path(PackageRoot.published))
        let request = ReportRequest(scenario: scenario, comparedWith: [other, other],
                                    simulation: ReportRequest.Simulation(trials: 300, seed: 7, threads: 1))
        let result = try request.run()
        #expect(result.totals == (try scenario.apply().totals()))
        #expect(result.comparisons.count == 2)
        let simulation = try #require(result.simulation)
        #expect(simulation.result.trials == 300 && simulation.result.seed == 7)
        #expect(simulation.result.total.percentiles.count == ReportRequest.curvePercentiles.count)
        #expect(simulation.ks2 != nil)
        #expect(result.payers == nil)
    }

    /// The report simulates its scenario only: a compared scenario with another analysis model
    /// (nothing uncertain, or other factors) is named, one with the same assumptions is not.
    @Test func aReportNamesTheComparedScenariosWhoseAnalysisModelDiffers() throws {
        let scenario = try ScenarioLoader.load(path: Self.workload)
        let published = try ScenarioLoader.load(path: PackageRoot.path(PackageRoot.published))
        let drivers = try ScenarioLoader.load(path: PackageRoot.path("Scenarios/drivers-and-triple-estimates.toml"))
        let request = ReportRequest(scenario: scenario, comparedWith: [published, scenario, drivers],
                                    simulation: ReportRequest.Simulation(trials: 200, seed: 7, threads: 1))
        let result = try request.run()
        #expect(result.comparedModels == [ComparedModel(scenario: published.name, nothingUncertain: true),
                                          ComparedModel(scenario: drivers.name, nothingUncertain: false)])
        #expect(try ReportRequest(scenario: scenario, comparedWith: [published]).run().comparedModels.isEmpty)
    }

    @Test func aReportRequestWithoutSimulationRunsNone() throws {
        let scenario = try ScenarioLoader.load(path: PackageRoot.path(PackageRoot.published))
        #expect(try ReportRequest(scenario: scenario).run().simulation == nil)
    }

    @Test func aReportPayerBreakdownWithoutPayerKeysIsTheTotalsRequestError() throws {
        let scenario = try ScenarioLoader.load(path: PackageRoot.path(PackageRoot.published))
        #expect(throws: TotalsRequestError.noPayerKeys(scenario: scenario.name)) {
            try ReportRequest(scenario: scenario, byPayer: true).run()
        }
    }
}

/// The analysis model built once by the request: the model's assumptions and this run.
@Suite struct AnalysisModelRequestTests {
    @Test func theOutcomeCarriesTheRunAndTheSoftwareItWasGiven() throws {
        let scenario = try ScenarioLoader.load(path: RequestTests.workload)
        let software = SoftwareVersion(version: "1.2.3", commit: "feedbee")
        let outcome = try SimulationRequest(scenario: scenario, trials: 300, seed: 9, threads: 1, sensitivitySample: 0,
                                            sampling: .latinHypercube, software: software).run()
        #expect(outcome.analysis.run == AnalysisModel.Run(trials: 300, seed: 9, sampling: .latinHypercube, software: software))
        #expect(outcome.analysis.drawnFactorCount == outcome.model.spec.factors.count)
        #expect(outcome.analysis.factors.flatMap(\.keys) == outcome.model.spec.factors.map(\.id))
        #expect(outcome.analysis.repairs.isEmpty)
    }

    @Test func aReportRequestPassesItsSoftwareToTheAnalysisModel() throws {
        let scenario = try ScenarioLoader.load(path: RequestTests.workload)
        let software = SoftwareVersion(version: "1.2.3", commit: nil)
        let result = try ReportRequest(scenario: scenario, simulation: ReportRequest.Simulation(trials: 200, seed: 4, threads: 1, software: software)).run()
        #expect(try #require(result.simulation).analysis.run?.software == software)
    }

    @Test func aComparedScenarioCarriesItsOwnAnalysisModel() throws {
        let scenario = try ScenarioLoader.load(path: RequestTests.workload)
        let other = try ScenarioLoader.load(path: PackageRoot.path(PackageRoot.published))
        let outcome = try SimulationRequest(scenario: scenario, comparedWith: other, trials: 200, threads: 1, sensitivitySample: 0).run()
        let comparison = try #require(outcome.comparison)
        #expect(outcome.analysis.factors.count == 1)
        #expect(comparison.analysis.factors.isEmpty)
        #expect(comparison.analysis.run?.trials == 200)
    }
}
