import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation
import DFCostTestSupport
import Foundation
import Testing

/// Uncertainty drivers in the model, the tornado's events and drivers, and the warnings about
/// silent modelling mistakes.
@Suite struct DriverModelTests {
    static let root = PackageRoot.url
    var published: String { Self.root.appendingPathComponent("Scenarios/published/ehelseportefolje-2023-10.toml").path }

    func model(_ body: String) throws -> SimulationModel {
        let path = try TemporaryFolder().write("s.toml", "version = 1\nextends = \"\(published)\"\n" + body)
        return try SimulationModel(scenario: try ScenarioLoader.load(path: path))
    }

    /// A driver is one factor keyed by its name, in the terms of every line it selects, beside the
    /// line's own factor: the line's amount × its factor × the driver.
    @Test func aDriverMultipliesEveryLineItSelectsWithOneSharedDraw() throws {
        let m = try model("""
            [[uncertainty]]
            select = { tag = "pll" }
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[drivers]]
            name = "marked"
            select = { tag = "pll" }
            p10 = 0.9
            likely = 1.0
            p90 = 1.3
            """)
        let ids = m.spec.factors.map(\.id)
        let driver = try #require(ids.firstIndex(of: "marked"))
        #expect(driver == ids.count - 1)
        #expect(m.driverNames == ["marked"])
        #expect(m.spec.factors[driver].distribution == .trigen(p10: 0.9, likely: 1.0, p90: 1.3))
        let sfm = try #require(ids.firstIndex(of: "pll-sfm"))
        let withDriver = m.spec.terms.filter { $0.factors.contains(driver) }
        #expect(withDriver.count == 3)
        #expect(withDriver.contains { $0.factors == [sfm, driver] })
        #expect(m.warnings.isEmpty)
    }

    /// Drivers are correlated with each other by pairs naming them; the sample's rank correlation
    /// of two drivers correlated 0.8 comes back near 0.8.
    @Test func driversAreCorrelatedByPairs() throws {
        let m = try model("""
            [[drivers]]
            name = "a"
            select = { tag = "pll" }
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[drivers]]
            name = "b"
            select = { tag = "pds" }
            p10 = 0.9
            likely = 1.0
            p90 = 1.3
            [[correlation.pairs]]
            a = "a"
            b = "b"
            coefficient = 0.8
            """)
        let a = try #require(m.spec.factors.firstIndex { $0.id == "a" }), b = try #require(m.spec.factors.firstIndex { $0.id == "b" })
        #expect(m.spec.correlation[a, b] == 0.8)
        var first: [Double] = [], second: [Double] = []
        var options = SimulationOptions()
        options.sampleSink = { block in
            for r in 0..<block.count {
                first.append(block.factor(a, row: r))
                second.append(block.factor(b, row: r))
            }
        }
        _ = try MonteCarlo.run(spec: m.spec, trials: 20_000, seed: 2, threads: 1, options: options)
        let rho = Sensitivity.pearson(Sensitivity.ranks(first), Sensitivity.ranks(second))
        #expect(abs(rho - 0.786) < 0.03, "\(rho)")  // Spearman of a Gaussian copula at 0.8: (6/π) asin(0.4)
    }

    @Test func aDriverNamedLikeAFactorKeyIsAnError() throws {
        #expect(throws: SimulationModelError.self) {
            _ = try model("""
                [[uncertainty]]
                select = { tag = "pll" }
                distribution = "uniform"
                low = 0.9
                high = 1.1
                [[drivers]]
                name = "pll-sfm"
                select = { tag = "pll" }
                distribution = "uniform"
                low = 0.9
                high = 1.1
                """)
        }
    }

    @Test func entriesThatSelectNoLineAreWarnedWithTheNearestName() throws {
        let m = try model("""
            [[uncertainty]]
            select = { tag = "pdss" }
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[drivers]]
            name = "d"
            select = { line = "pll-sfn" }
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[correlation.groups]]
            name = "g"
            select = { tag = "pll", solution = "helsenorge" }
            coefficient = 0.5
            """)
        let kinds = m.warnings.map(\.kind)
        #expect(kinds.contains(.selectsNoLine(.factor("uncertainty[1]"), .noLineHas(field: "tag", value: "pdss", suggestion: "pds"))))
        #expect(kinds.contains(.selectsNoLine(.driver("d"), .noLineHas(field: "line", value: "pll-sfn", suggestion: "pll-sfm"))))
        #expect(kinds.contains { if case .selectsNoLine(.correlationGroup("g"), .noLineHasAll) = $0 { true } else { false } })
        let origins = m.warnings.compactMap(\.origin)
        #expect(origins.count == 3 && origins.allSatisfy { $0.file.hasSuffix("s.toml") && $0.line > 0 })
        #expect(kinds.contains { if case .nothingUncertain = $0 { true } else { false } })
        #expect(m.warnings.first?.description.contains("matches no line: no line has tag 'pdss'; did you mean 'pds'?") == true)
    }

    /// A correlation group of one line has no pair to correlate: warned at its place, the line by
    /// its name; a group of two lines is not.
    @Test func aCorrelationGroupOfOneLineIsWarned() throws {
        let m = try model("""
            [[uncertainty]]
            distribution = "uniform"
            low = 0.9
            high = 1.1
            [[correlation.groups]]
            name = "alone"
            select = { line = "pll-fm" }
            coefficient = 0.5
            [[correlation.groups]]
            name = "pair"
            select = { line = ["pll-fm", "pll-pll"] }
            coefficient = 0.5
            """)
        let warned = m.warnings.filter { if case .groupSelectsOneLine = $0.kind { true } else { false } }
        #expect(warned.count == 1)
        let warning = try #require(warned.first)
        guard case .groupSelectsOneLine(let group, let line) = warning.kind else { return }
        #expect(group == "alone" && line != "pll-fm" && line.contains("FM"), "\(line)")
        #expect(warning.origin.map { $0.file.hasSuffix("s.toml") && $0.line > 0 } == true)
        #expect(warning.description.contains("correlation group 'alone' selects one line only"))
    }

    @Test func aFileWithoutUncertaintyIsWarnedAndOneWithIsNot() throws {
        let plain = try model("")
        #expect(plain.isDeterministic)
        #expect(plain.warnings.map(\.kind) == [.nothingUncertain(scenario: "s")])
        let event = try model("[conditions.fm-phaseout.uncertain]\nfull = 0.5\nnone = 0.5\n")
        #expect(!event.isDeterministic && event.warnings.isEmpty)
    }

    /// Below the trials a percentile's standard error needs it cannot be estimated (say so, not
    /// ±0,00); above, a standard error larger than ten of the printed digit says how many trials
    /// would bring it to one (n × (SE / digit)²).
    @Test func tooFewTrialsForTheDigitsPrintedAreWarned() throws {
        let spec = SimulationSpec(outputs: ["y"], factors: [.init(id: "f", distribution: .uniform(low: 0, high: 100))],
                                  terms: [.init(factors: [0], amounts: [1])])
        let ps = [0.1, 0.5, 0.85, 0.9]
        let minimum = SimulationWarning.minimumTrialsForStandardError(ps)
        #expect(minimum > 1 && minimum < 200)
        let one = try MonteCarlo.run(spec: spec, trials: 1, seed: 1, threads: 1)
        #expect(SimulationWarning.trialWarnings(one, percentiles: ps).map(\.kind) == [.standardErrorNeedsTrials(trials: 1, minimum: minimum)])
        let some = try MonteCarlo.run(spec: spec, trials: 1_000, seed: 1, threads: 1)
        let warnings = SimulationWarning.trialWarnings(some, percentiles: ps)
        guard case .tooFewTrialsForDigits(1_000, let se, 0.01, let needed, _) = try #require(warnings.first?.kind) else {
            Issue.record("\(warnings)")
            return
        }
        let exact = 1_000 * (se / 0.01) * (se / 0.01)
        #expect(Double(needed) >= exact && Double(needed) < exact * 1.1)
        let many = try MonteCarlo.run(spec: SimulationSpec(outputs: ["y"], factors: [.init(id: "f", distribution: .uniform(low: 0.99, high: 1.01))],
                                                           terms: [.init(factors: [0], amounts: [1])]), trials: 10_000, seed: 1, threads: 1)
        #expect(SimulationWarning.trialWarnings(many, percentiles: ps).isEmpty)
    }

    /// The warning counts every printed column, not only the horizon total: a year can be far
    /// less precise than the total (here the two years cancel, so the total does not vary at all).
    @Test func anImpreciseYearIsWarnedEvenWhenTheTotalIsExact() throws {
        let spec = SimulationSpec(outputs: ["2024", "2025"], factors: [.init(id: "f", distribution: .uniform(low: 0, high: 2))],
                                  terms: [.init(factors: [0], amounts: [100, -100])])
        let result = try MonteCarlo.run(spec: spec, trials: 10_000, seed: 1, threads: 1)
        #expect(result.total.standardDeviation < 1e-9)
        let warnings = SimulationWarning.trialWarnings(result, percentiles: [0.1, 0.5, 0.85, 0.9])
        guard case .tooFewTrialsForDigits(10_000, let se, 0.01, _, _) = try #require(warnings.first?.kind) else {
            Issue.record("\(warnings)")
            return
        }
        #expect(se > 0.5)
    }

    /// The example scenario: every driver and the risk event in the tornado beside the factors,
    /// ranked by the change in mean; the event without SRC and ρ.
    @Test func theExampleScenarioRanksDriversEventsAndFactorsTogether() throws {
        let path = Self.root.appendingPathComponent("Scenarios/drivers-and-triple-estimates.toml").path
        let m = try SimulationModel(scenario: try ScenarioLoader.load(path: path))
        #expect(m.driverNames == ["leverandormarked", "samhandlingsvolum"])
        #expect(m.warnings.isEmpty)
        var options = SimulationOptions()
        options.sensitivitySampleSize = 20_000
        let result = try MonteCarlo.run(spec: m.spec, trials: 20_000, seed: 1, threads: 2, options: options)
        let tornado = Tornado(result: result, spec: m.spec, drivers: Set(m.driverNames))
        let kinds = Dictionary(tornado.rows.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["fm-phaseout"] == .event)
        #expect(kinds["samhandlingsvolum"] == .driver && kinds["leverandormarked"] == .driver)
        #expect(kinds["pll-sfm"] == .factor)
        let event = try #require(tornado.rows.first { $0.kind == .event })
        #expect(event.standardizedCoefficient == nil && event.spearman == nil && (event.meanChange ?? 0) > 1)
        let changes = tornado.rows.map { $0.meanChange ?? -1 }
        #expect(changes == changes.sorted(by: >))
        #expect(tornado.noEffect == ["dbep-kjernejournal", "dbep-helsenorge", "mf-helse"])
    }
}
