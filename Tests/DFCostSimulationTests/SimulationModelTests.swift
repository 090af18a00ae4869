import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation
import DFCostTestSupport
import Foundation
import Testing

@Suite struct SimulationModelTests {
    static let root = PackageRoot.url

    /// Writes `text` as s.toml in a folder of its own (left for the system to clear: the
    /// scenario is read again while the test runs).
    func write(_ text: String) throws -> String {
        try TemporaryFolder().write("s.toml", text)
    }

    var published: String { Self.root.appendingPathComponent("Scenarios/published/ehelseportefolje-2023-10.toml").path }

    @Test func standardWorkloadHasOneFactorPerLineAndGroupCorrelation() throws {
        let path = Self.root.appendingPathComponent("Scenarios/bench/standard-workload.toml").path
        let model = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
        #expect(model.spec.factors.count == 14)
        #expect(model.spec.outputs == ["2024", "2025", "2026"])
        let names = model.spec.factors.map(\.id)
        let sfm = try #require(names.firstIndex(of: "pll-sfm")), fm = try #require(names.firstIndex(of: "pll-fm"))
        let pds = try #require(names.firstIndex(of: "pds-deling-kjernejournal"))
        #expect(model.spec.correlation[sfm, fm] == 0.6)
        #expect(model.spec.correlation[sfm, pds] == 0)
        // The deterministic part is the exact published table.
        #expect(model.totals.horizonTotal == ExactDecimal("126.5"))
    }

    /// FM phase-out as a risk event: full (2025 = 21.5) or none (2025 = 33.5), each with probability 0.5,
    /// and no factors. The 2025 mean is 27.5; its sd is 6, so at 100 000 trials the standard error of the
    /// mean is 6 / sqrt(100 000) ≈ 0.019; 0.1 is more than 5 standard errors.
    @Test func uncertainConditionMixesItsStatesByProbability() throws {
        let path = try write("""
            version = 1
            extends = "\(published)"
            [conditions.fm-phaseout.uncertain]
            full = 0.5
            none = 0.5
            """)
        let model = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
        #expect(model.spec.events.count == 1)
        let result = try MonteCarlo.run(spec: model.spec, trials: 100_000, seed: 7, threads: 1)
        let y2025 = try #require(result.column("2025"))
        #expect(abs(y2025.mean - 27.5) < 0.1)
        let p10 = try #require(y2025.percentile(0.10)), p90 = try #require(y2025.percentile(0.90))
        #expect(p10.value == 21.5)
        #expect(p90.value == 33.5)
    }

    /// A marked cell written by `set` on a line without marks (pll-pll's 2 becomes 4*) is part of
    /// the risk event: full gives 2025 = 21.5 - 2 + 4 = 23.5, none 21.5 + 12 - 2 = 31.5 (the -12* and the 4* leave).
    @Test func aMarkedCellFromSetVariesWithTheUncertainCondition() throws {
        let path = try write("""
            version = 1
            extends = "\(published)"
            [conditions.fm-phaseout.uncertain]
            full = 0.5
            none = 0.5
            [[operations]]
            set = { 2025 = "4*" }
            select = { line = "pll-pll" }
            """)
        let model = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
        let result = try MonteCarlo.run(spec: model.spec, trials: 20_000, seed: 7, threads: 1)
        let y2025 = try #require(result.column("2025"))
        #expect(try #require(y2025.percentile(0.10)).value == 23.5)
        #expect(try #require(y2025.percentile(0.90)).value == 31.5)
    }

    @Test func pairNamingAnUnknownFactorIsAnErrorWithASuggestion() throws {
        let path = try write("""
            version = 1
            extends = "\(published)"
            [[uncertainty]]
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[correlation.pairs]]
            a = "pll-sfm"
            b = "pll-fn"
            coefficient = 0.3
            """)
        do {
            _ = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
            Issue.record("expected an error")
        } catch let error as SimulationModelError {
            #expect(error.description.contains("did you mean 'pll-fm'"))
            #expect(error.description.hasPrefix(path))
        }
    }

    @Test func nonPositiveDefiniteCorrelationIsAnErrorNamingCoefficients() throws {
        let path = try write("""
            version = 1
            extends = "\(published)"
            [[uncertainty]]
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[correlation.pairs]]
            a = "pll-sfm"
            b = "pll-fm"
            coefficient = 0.9
            [[correlation.pairs]]
            a = "pll-fm"
            b = "pll-pll"
            coefficient = 0.9
            [[correlation.pairs]]
            a = "pll-sfm"
            b = "pll-pll"
            coefficient = -0.9
            """)
        let model = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
        do {
            _ = try MonteCarlo.run(spec: model.spec, trials: 10, seed: 1, threads: 1)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("pll-sfm"))
            #expect(error.description.contains("pll-pll"))
        }
    }

    /// Every distribution a file can name reaches the engine with its parameters, per selector;
    /// a shared factor is one factor for all its lines.
    @Test func fileDistributionsAndScopesReachTheSpec() throws {
        let path = try write("""
            version = 1
            extends = "\(published)"
            [[uncertainty]]
            select = { tag = "pll" }
            distribution = "pert"
            low = 0.8
            mode = 1.0
            high = 1.6
            [[uncertainty]]
            name = "hn-risk"
            select = { tag = "hn" }
            distribution = "lognormal"
            p10 = 0.9
            p90 = 1.4
            scope = "shared"
            [[uncertainty]]
            select = { line = "pds-provesvar-kjernejournal" }
            distribution = "uniform"
            low = 0.5
            high = 1.5
            """)
        let spec = try SimulationModel(scenario: try ScenarioLoader.load(path: path)).spec
        let byID = Dictionary(uniqueKeysWithValues: spec.factors.map { ($0.id, $0.distribution) })
        #expect(byID["pll-sfm"] == .pert(low: 0.8, mode: 1.0, high: 1.6))
        #expect(byID["pll-pll"] == .pert(low: 0.8, mode: 1.0, high: 1.6))
        #expect(byID["hn-risk"] == .lognormal(p10: 0.9, p90: 1.4))
        #expect(byID["pds-provesvar-kjernejournal"] == .uniform(low: 0.5, high: 1.5))
        #expect(spec.factors.count == 3 + 1 + 1)
        let result = try MonteCarlo.run(spec: spec, trials: 20_000, seed: 5, threads: 1)
        // PERT mean (0.8 + 4 + 1.6) / 6 = 1.0667 on SFM's 55: the 2024 mean rises above 93.
        #expect(try #require(result.column("2024")).mean > 93)
    }
}

/// The rule for overlapping [[uncertainty]] entries (Scenarios/README.md).
@Suite struct OverlappingUncertaintyTests {
    var published: String { SimulationModelTests.root.appendingPathComponent("Scenarios/published/ehelseportefolje-2023-10.toml").path }

    /// Writes `text` as s.toml in a folder of its own (left for the system to clear: the
    /// scenario is read again while the test runs).
    func write(_ text: String) throws -> String {
        try TemporaryFolder().write("s.toml", text)
    }

    @Test func aLaterUnnamedEntryReplacesAnEarlierOneForTheLinesItSelects() throws {
        let path = try write("""
            version = 1
            extends = "\(published)"
            [[uncertainty]]
            select = { tag = "pll" }
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[uncertainty]]
            select = { line = "pll-sfm" }
            distribution = "uniform"
            low = 2
            high = 3
            """)
        let model = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
        let ids = model.spec.factors.map(\.id)
        #expect(ids.filter { $0 == "pll-sfm" }.count == 1)
        let sfm = try #require(model.spec.factors.first { $0.id == "pll-sfm" })
        #expect(sfm.distribution == .uniform(low: 2, high: 3))
        #expect(ids.contains("pll-fm") && ids.contains("pll-pll"))
    }

    @Test func twoSharedFactorsOfOneNameAreAnErrorAtTheSecond() throws {
        let path = try write("""
            version = 1
            extends = "\(published)"
            [[uncertainty]]
            name = "pris"
            select = { tag = "pll" }
            distribution = "uniform"
            low = 0.9
            high = 1.1
            scope = "shared"
            [[uncertainty]]
            name = "pris"
            select = { tag = "pds" }
            distribution = "uniform"
            low = 0.9
            high = 1.1
            scope = "shared"
            """)
        #expect {
            _ = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("\(path):10:") && message.contains("'pris'") && message.contains("first at \(path):3:")
        }
    }
}
