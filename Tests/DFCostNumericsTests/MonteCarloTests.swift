import Testing
@testable import DFCostNumerics

@Suite struct MonteCarloTests {
    /// A small spec exercising every feature: a correlated group, an independent factor,
    /// a two-factor term, an event-driven term and a constant.
    static func mixedSpec() throws -> SimulationSpec {
        let factors: [SimulationSpec.Factor] = [
            .init(id: "a", distribution: .triangular(low: 0.9, mode: 1.0, high: 1.3)),
            .init(id: "b", distribution: .pert(low: 0.8, mode: 1.0, high: 1.5)),
            .init(id: "c", distribution: .lognormal(p10: 0.9, p90: 1.2)),
            .init(id: "d", distribution: .uniform(low: 0.5, high: 1.5)),
        ]
        let correlation = try CorrelationMatrix(names: factors.map(\.id),
                                                groups: [.init(members: [0, 1, 2], coefficient: 0.5)])
        return SimulationSpec(
            outputs: ["2024", "2025", "2026"], factors: factors, correlation: correlation,
            events: [.init(id: "phase-out", probabilities: [0.5, 0.3, 0.2])],
            terms: [.init(factors: [0], amounts: [10, 5, 0]),
                    .init(factors: [1, 3], amounts: [0, 4, 8]),
                    .init(factors: [2], event: 0, amountsByState: [[0, 0, 0], [0, -3, -3], [0, -6, -6]]),
                    .init(factors: [], amounts: [1, 1, 1])])
    }

    @Test func resultsAreIdenticalForOneAndTwoThreads() throws {
        let spec = try Self.mixedSpec()
        let options = SimulationOptions(thresholds: ["total": [40, 45]], sensitivitySampleSize: 5000)
        let one = try MonteCarlo.run(spec: spec, trials: 50_001, seed: 11, threads: 1, options: options)
        let two = try MonteCarlo.run(spec: spec, trials: 50_001, seed: 11, threads: 2, options: options)
        #expect(one == two)  // every statistic compared with ==
        let other = try MonteCarlo.run(spec: spec, trials: 50_001, seed: 12, threads: 2, options: options)
        #expect(one.total.mean != other.total.mean)
    }

    @Test func resultHasOutputsCumulativeLevelsAndTotal() throws {
        let result = try MonteCarlo.run(spec: Self.mixedSpec(), trials: 20_000, seed: 1)
        #expect(result.columns.map(\.name) == ["2024", "2025", "2026", "2024..2024", "2024..2025",
                                               "2024..2026", "total"])
        let sum = result.columns[0].mean + result.columns[1].mean + result.columns[2].mean
        #expect(abs(result.total.mean - sum) < 1e-9)
        #expect(result.column("2024..2026")?.percentiles == result.total.percentiles)
        #expect(result.total.percentiles.map(\.probability) == [0.10, 0.50, 0.85, 0.90])
        #expect(result.total.percentiles.allSatisfy { $0.standardError > 0 })
    }

    @Test func sampleSinkDeliversEveryTrialInOrder() throws {
        var next = 0
        var totals: [Double] = []
        let options = SimulationOptions(sampleSink: { block in
            #expect(block.firstTrial == next)
            next += block.count
            for r in 0..<block.count { totals.append((0..<3).reduce(0) { $0 + block.output($1, row: r) }) }
        })
        let result = try MonteCarlo.run(spec: Self.mixedSpec(), trials: 10_000, seed: 3, threads: 2,
                                        options: options)
        #expect(next == 10_000)
        #expect(abs(totals.reduce(0, +) / 10_000 - result.total.mean) < 1e-9)
    }

    @Test func addingUncorrelatedOrLastSortingFactorKeepsDraws() throws {
        // Common random numbers: factor "zz" joins the a-b-c group but sorts last, and "e"
        // is independent; the existing factors' per-trial values must not change at all.
        let base = try Self.mixedSpec()
        var factors = base.factors
        factors.append(.init(id: "zz", distribution: .uniform(low: 0, high: 2)))
        factors.append(.init(id: "e", distribution: .triangular(low: 0, mode: 1, high: 2)))
        let correlation = try CorrelationMatrix(
            names: factors.map(\.id), groups: [.init(members: [0, 1, 2, 4], coefficient: 0.5)])
        var terms = base.terms
        terms.append(.init(factors: [4, 5], amounts: [1, 2, 3]))
        let extended = SimulationSpec(outputs: base.outputs, factors: factors, correlation: correlation,
                                      events: base.events, terms: terms)
        func draws(_ spec: SimulationSpec) throws -> [[Double]] {
            var rows: [[Double]] = []
            let options = SimulationOptions(sampleSink: { block in
                for r in 0..<block.count {
                    rows.append((0..<4).map { block.factor($0, row: r) } + [Double(block.state(0, row: r))])
                }
            })
            _ = try MonteCarlo.run(spec: spec, trials: 9000, seed: 77, threads: 2, options: options)
            return rows
        }
        #expect(try draws(base) == draws(extended))
    }

    @Test func addingFirstSortingFactorChangesLaterDraws() throws {
        // The flip side, documenting the ordering rule: "0" sorts first in the group.
        let base = try Self.mixedSpec()
        var factors = base.factors
        factors.append(.init(id: "0", distribution: .uniform(low: 0, high: 2)))
        let correlation = try CorrelationMatrix(
            names: factors.map(\.id), groups: [.init(members: [0, 1, 2, 4], coefficient: 0.5)])
        let extended = SimulationSpec(outputs: base.outputs, factors: factors, correlation: correlation,
                                      events: base.events, terms: base.terms)
        let a = try MonteCarlo.run(spec: base, trials: 5000, seed: 1)
        let b = try MonteCarlo.run(spec: extended, trials: 5000, seed: 1)
        #expect(a.total.mean != b.total.mean)
    }

    @Test func eventStatesOccurAtTheirProbabilities() throws {
        var counts = [0, 0, 0]
        let n = 100_000
        let options = SimulationOptions(sampleSink: { block in
            for r in 0..<block.count { counts[block.state(0, row: r)] += 1 }
        })
        _ = try MonteCarlo.run(spec: Self.mixedSpec(), trials: n, seed: 8, options: options)
        // SE of a frequency is sqrt(p(1-p)/n) <= 0.0016 at n = 1e5; 0.008 is 5 SE.
        for (count, p) in zip(counts, [0.5, 0.3, 0.2]) {
            #expect(abs(Double(count) / Double(n) - p) < 0.008)
        }
    }

    @Test func achievedCorrelationMatchesTarget() throws {
        // Uniform(0, 1) marginals make factor = Phi(z), so z = Phi^-1(factor) recovers the
        // copula normals. SE of a sample correlation is (1 - rho^2)/sqrt(n) = 0.0014 at
        // n = 2e5, so 0.01 is about 7 SE.
        let factors = ["p", "q", "r"].map { SimulationSpec.Factor(id: $0, distribution: .uniform(low: 0, high: 1)) }
        let correlation = try CorrelationMatrix(names: factors.map(\.id),
                                                groups: [.init(members: [0, 1, 2], coefficient: 0.6)])
        let spec = SimulationSpec(outputs: ["y"], factors: factors, correlation: correlation,
                                  terms: [.init(factors: [0, 1, 2], amounts: [1])])
        var z: [[Double]] = [[], [], []]
        let options = SimulationOptions(sampleSink: { block in
            for j in 0..<3 { for r in 0..<block.count { z[j].append(Normal.quantile(block.factor(j, row: r))) } }
        })
        _ = try MonteCarlo.run(spec: spec, trials: 200_000, seed: 4, options: options)
        for (i, j) in [(0, 1), (0, 2), (1, 2)] {
            #expect(abs(Sensitivity.pearson(z[i], z[j]) - 0.6) < 0.01)
        }
    }

    @Test func exceedanceIsCountedPerColumn() throws {
        let options = SimulationOptions(thresholds: ["total": [-1e9, 1e9], "2025": [0]])
        let r = try MonteCarlo.run(spec: Self.mixedSpec(), trials: 10_000, seed: 2, options: options)
        #expect(r.total.exceedances.map(\.probability) == [1, 0])
        #expect(r.column("2025")!.exceedances.count == 1)
        #expect(throws: SimulationError.unknownColumn("nope")) {
            try MonteCarlo.run(spec: Self.mixedSpec(), trials: 10, seed: 2,
                               options: SimulationOptions(thresholds: ["nope": [1]]))
        }
    }

    @Test func cancellationThrowsCancelled() throws {
        var polls = 0
        let options = SimulationOptions(isCancelled: { polls += 1; return polls > 1 })
        #expect(throws: SimulationError.cancelled) {
            try MonteCarlo.run(spec: Self.mixedSpec(), trials: 1_000_000, seed: 1, options: options)
        }
    }

    @Test func progressReachesOne() throws {
        var last = 0.0
        let options = SimulationOptions(progress: { #expect($0 >= last); last = $0 })
        _ = try MonteCarlo.run(spec: Self.mixedSpec(), trials: 300_000, seed: 1, options: options)
        #expect(last == 1)
    }

    @Test func pairedRunIsolatesTheChange() throws {
        let base = try Self.mixedSpec()
        var other = base
        other.terms[0].amountsByState = [[20, 5, 0]]  // doubles the 2024 amount of factor a
        let mean = FactorDistribution.triangular(low: 0.9, mode: 1.0, high: 1.3).mean
        let paired = try MonteCarlo.runPaired(base: base, other: other, trials: 20_000, seed: 5)
        // Common random numbers: the difference is exactly 10 * a per trial, so 2025 and
        // 2026 differ by exactly 0 and 2024's mean is 10 E[a] within MC error (sd 10 * 0.085).
        #expect(paired.column("2025")!.standardDeviation == 0)
        #expect(abs(paired.column("2024")!.mean - 10 * mean) < 5 * 0.85 / 141)
        let same = try MonteCarlo.runPaired(base: base, other: base, trials: 5000, seed: 5)
        #expect(same.total.mean == 0 && same.total.percentiles.allSatisfy { $0.value == 0 })
    }

    @Test func invalidSpecsAreRejected() throws {
        var spec = try Self.mixedSpec()
        spec.events[0].probabilities = [0.5, 0.6, -0.1]
        #expect(throws: SimulationError.self) { try MonteCarlo.run(spec: spec, trials: 10, seed: 1) }
        spec = try Self.mixedSpec()
        spec.terms.append(.init(factors: [9], amounts: [1, 1, 1]))
        #expect(throws: SimulationError.badTerm(index: 4, reason: "factor index 9 out of range")) {
            try MonteCarlo.run(spec: spec, trials: 10, seed: 1)
        }
        #expect(throws: SimulationError.badTrialCount(0)) {
            try MonteCarlo.run(spec: Self.mixedSpec(), trials: 0, seed: 1)
        }
    }
}
