import Testing
@testable import DFCostNumerics

@Suite struct SensitivityTests {
    @Test func regressionRanksFactorsByStandardizedCoefficient() throws {
        // y = 3 a + b with independent uniforms: SRC_a = 3/sqrt(10) = 0.949, SRC_b = 0.316;
        // the model is exactly linear, so the SRCs are exact up to sample sd fluctuations
        // (relative ~ 1/sqrt(2n) ~ 0.5 % at n = 2e4); c has zero amounts and SRC ~ 0.
        let factors = ["c", "b", "a"].map { SimulationSpec.Factor(id: $0, distribution: .uniform(low: 0, high: 1)) }
        let spec = SimulationSpec(outputs: ["y"], factors: factors,
                                  terms: [.init(factors: [2], amounts: [3]), .init(factors: [1], amounts: [1]),
                                          .init(factors: [0], amounts: [0])])
        let result = try MonteCarlo.run(spec: spec, trials: 50_000, seed: 9,
                                        options: SimulationOptions(sensitivitySampleSize: 20_000))
        let s = result.sensitivity
        #expect(s.map(\.factorID) == ["a", "b", "c"])
        #expect(abs(s[0].standardizedCoefficient - 3 / 10.0.squareRoot()) < 0.01)
        #expect(abs(s[1].standardizedCoefficient - 1 / 10.0.squareRoot()) < 0.01)
        #expect(abs(s[2].standardizedCoefficient) < 0.01)
        #expect(s[0].spearman > s[1].spearman && abs(s[2].spearman) < 0.03)
    }

    @Test func ranksAverageTies() {
        #expect(Sensitivity.ranks([10, 20, 10, 30]) == [1.5, 3, 1.5, 4])
    }

    /// Runs `spec` with a sensitivity sample of `n` trials and keeps that sample (factor
    /// values and totals) through the sink, for the reference.
    static func runKeepingSample(_ spec: SimulationSpec, trials: Int, sample n: Int, seed: UInt64)
        throws -> (result: SimulationResult, samples: [[Double]], response: [Double])
    {
        var samples = [[Double]](repeating: [], count: spec.factors.count)
        var response: [Double] = []
        var options = SimulationOptions(sensitivitySampleSize: n)
        options.sampleSink = { block in
            for r in 0..<block.count where block.firstTrial + r < n {
                for j in samples.indices { samples[j].append(block.factor(j, row: r)) }
                // The total as the engine forms it: the outputs summed in order.
                var total = block.output(0, row: r)
                for y in 1..<block.outputNames.count { total += block.output(y, row: r) }
                response.append(total)
            }
        }
        let result = try MonteCarlo.run(spec: spec, trials: trials, seed: seed, options: options)
        return (result, samples, response)
    }

    enum SampleSpec: String, CaseIterable, Sendable {
        /// A correlated group, PERT, lognormal, a product term and an event.
        case mixed
        /// The standard workload's 14 lines.
        case standardWorkload

        func make() throws -> SimulationSpec {
            switch self {
            case .mixed: try MonteCarloTests.mixedSpec()
            case .standardWorkload: try StandardWorkloadTests.spec()
            }
        }
    }

    @Test(arguments: SampleSpec.allCases)
    func tornadoEqualsTheCopyingQRReferenceOnTheSameTrials(_ which: SampleSpec) throws {
        // The streamed cross-products and Cholesky solve against the reference copy + QR on the very
        // same 20 000 trials: the same estimator by other arithmetic, so the SRCs agree to
        // rounding (errors of order cond(R) eps, with cond(R) < 20 here), far inside their
        // Monte Carlo error (~1/sqrt(n) = 0.007). The rank correlations differ only where
        // Float32 storage makes two values tie: a tie of neighbours moves the rank sum by at
        // most n/2 against a normalizer of n^3/12, so rho by at most 6/n^2 = 1.5e-8, and at
        // a density <= 5 on a grid of 2^-23 there are about n^2 5 2^-24 = 120 ties: 1e-5 holds
        // even if every one pushed the same way. Factors without effect (SRC ~ 1e-16, the
        // standard workload's DBEP and MF lines) may come in either order among themselves.
        let spec = try which.make()
        let (result, samples, response) = try Self.runKeepingSample(spec, trials: 30_000, sample: 20_000, seed: 5)
        #expect(response.count == 20_000)
        let reference = try ReferenceSensitivity.standardizedRegression(
            factorIDs: spec.factors.map(\.id), samples: samples, response: response)
        let effective = reference.filter { abs($0.standardizedCoefficient) > 1e-6 }.map(\.factorID)
        #expect(Array(result.sensitivity.map(\.factorID).prefix(effective.count)) == effective)
        #expect(result.sensitivity.count == reference.count)
        for old in reference {
            let new = try #require(result.sensitivity.first { $0.factorID == old.factorID })
            #expect(abs(new.standardizedCoefficient - old.standardizedCoefficient) < 1e-9, "\(new.factorID)")
            #expect(abs(new.spearman - old.spearman) < 1e-5, "\(new.factorID)")
        }
    }

    @Test func arraySampleGivesTheReferenceFiguresWithTiesAndNegativeValues() throws {
        // Values exactly representable in Float32, many ties, negative and positive: the
        // radix ranks must equal the comparison-sort ranks exactly.
        let n = 3000
        let a = (0..<n).map { Double(($0 * 7919) % 41) - 20 }
        let b = (0..<n).map { Double(($0 * 104_729) % 13) * 0.5 - 3 }
        let c = (0..<n).map { Double(($0 * 31) % 97) * 0.25 }
        let y = (0..<n).map { (r: Int) -> Double in
            let linear: Double = 2 * a[r] - b[r]
            return linear + 0.1 * c[r] * c[r] + Double(r % 5)
        }
        let ids = ["a", "b", "c"]
        let new = try Sensitivity.standardizedRegression(factorIDs: ids, samples: [a, b, c], response: y)
        let old = try ReferenceSensitivity.standardizedRegression(factorIDs: ids, samples: [a, b, c], response: y)
        #expect(new.map(\.factorID) == old.map(\.factorID))
        for (x, r) in zip(new, old) {
            #expect(abs(x.standardizedCoefficient - r.standardizedCoefficient) < 1e-12)
            #expect(abs(x.spearman - r.spearman) < 1e-12)
        }
    }

    @Test func sensitivityIsIdenticalOnOneAndTwoThreadsAcrossWaves() throws {
        // 270 000 sample trials = 66 blocks: more than one wave of 64 block summaries, so the
        // summaries of several waves are merged in block order.
        let spec = try MonteCarloTests.mixedSpec()
        let options = SimulationOptions(sensitivitySampleSize: 270_000)
        let one = try MonteCarlo.run(spec: spec, trials: 270_000, seed: 3, threads: 1, options: options)
        let two = try MonteCarlo.run(spec: spec, trials: 270_000, seed: 3, threads: 2, options: options)
        #expect(one.sensitivity == two.sensitivity)
        #expect(one.sensitivity.count == 4)
    }

    @Test func sensitivityDependsOnTheSampleNotOnTheRunLengthOrThreads() throws {
        // 20 000 sample trials either way. With 300 000 trials the figures are computed by a
        // worker during the second wave, beside the simulation; with 20 000 after the last
        // wave. Both must give the same bits, on one thread or two.
        let spec = try MonteCarloTests.mixedSpec()
        let options = SimulationOptions(sensitivitySampleSize: 20_000)
        let short = try MonteCarlo.run(spec: spec, trials: 20_000, seed: 6, threads: 2, options: options)
        for threads in [1, 2] {
            let long = try MonteCarlo.run(spec: spec, trials: 300_000, seed: 6, threads: threads, options: options)
            #expect(long.sensitivity == short.sensitivity)
        }
        #expect(short.sensitivity.count == 4)
    }

    @Test func constantTotalGivesZeroSensitivity() throws {
        let factors = ["a", "b"].map { SimulationSpec.Factor(id: $0, distribution: .uniform(low: 0, high: 1)) }
        let spec = SimulationSpec(outputs: ["y"], factors: factors, terms: [.init(factors: [], amounts: [5])])
        let result = try MonteCarlo.run(spec: spec, trials: 10_000, seed: 1,
                                        options: SimulationOptions(sensitivitySampleSize: 10_000))
        #expect(result.sensitivity.map(\.factorID) == ["a", "b"])
        #expect(result.sensitivity.allSatisfy { $0.standardizedCoefficient == 0 && $0.spearman == 0 })
    }

    @Test func collinearFactorsAreRankDeficient() {
        let x = (0..<500).map { Double($0 % 17) }
        let y = x.map { 2 * $0 + 1 }
        #expect(throws: LinearAlgebraError.rankDeficient) {
            try Sensitivity.standardizedRegression(factorIDs: ["p", "q"], samples: [x, x.map { 3 * $0 }], response: y)
        }
    }

    @Test func sampleNoLargerThanFactorsPlusOneIsOmittedNotAnError() throws {
        let spec = try MonteCarloTests.mixedSpec()  // 4 factors: needs more than 5 trials
        let result = try MonteCarlo.run(spec: spec, trials: 1000, seed: 1,
                                        options: SimulationOptions(sensitivitySampleSize: 5))
        #expect(result.sensitivity.isEmpty)
        #expect(result.sensitivityOmitted == .tooFewTrials(trials: 5, factors: 4))
    }
}
