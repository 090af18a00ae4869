import Testing
@testable import DFCostNumerics

/// Latin hypercube sampling: stratification, the engine's promises (thread count, common
/// random numbers, independent streams) and its estimates against plain sampling.
@Suite struct LatinHypercubeTests {
    static var lhs: SimulationOptions { SimulationOptions(sampling: .latinHypercube) }

    @Test(arguments: [1, 2, 3, 5, 8, 9, 100, 1000, 4097])
    func permutationIsABijection(size: Int) {
        for replicate in 0..<3 {
            let p = LatinHypercube.Permutation(size: size, seed: 9, stream: StreamKey.factor("x").rawValue,
                                               replicate: replicate)
            let images = (0..<size).map { Int(p.apply(UInt64($0))) }
            #expect(images.sorted() == Array(0..<size), "size \(size), replicate \(replicate)")
        }
    }

    @Test func permutationsDifferByStreamReplicateAndSeed() {
        let size = 1000
        func images(seed: UInt64, id: String, replicate: Int) -> [UInt64] {
            let p = LatinHypercube.Permutation(size: size, seed: seed, stream: StreamKey.factor(id).rawValue,
                                               replicate: replicate)
            return (0..<UInt64(size)).map(p.apply)
        }
        let base = images(seed: 1, id: "a", replicate: 0)
        #expect(base != Array(0..<UInt64(size)))
        #expect(base != images(seed: 2, id: "a", replicate: 0))
        #expect(base != images(seed: 1, id: "b", replicate: 0))
        #expect(base != images(seed: 1, id: "a", replicate: 1))
    }

    /// Two independent uniform(0, 1) factors and the first member of a correlated pair: a
    /// factor's value is its uniform, so each replicate's values must fill its strata.
    static func uniformSpec() throws -> SimulationSpec {
        let factors = ["p", "q", "r"].map { SimulationSpec.Factor(id: $0, distribution: .uniform(low: 0, high: 1)) }
        return SimulationSpec(
            outputs: ["y"], factors: factors,
            correlation: try CorrelationMatrix(names: ["p", "q", "r"], groups: [.init(members: [0, 1], coefficient: 0.5)]),
            terms: [.init(factors: [0], amounts: [1]), .init(factors: [1], amounts: [1]), .init(factors: [2], amounts: [1])])
    }

    static func factorValues(_ spec: SimulationSpec, trials: Int, seed: UInt64, threads: Int = 2,
                             sampling: SamplingMethod = .latinHypercube) throws -> [[Double]] {
        var columns = [[Double]](repeating: [], count: spec.factors.count)
        let options = SimulationOptions(sampleSink: { block in
            for j in columns.indices { for r in 0..<block.count { columns[j].append(block.factor(j, row: r)) } }
        }, sampling: sampling)
        _ = try MonteCarlo.run(spec: spec, trials: trials, seed: seed, threads: threads, options: options)
        return columns
    }

    @Test(arguments: [1, 2, 9, 10, 37, 5000, 12_289])
    func eachFactorsUniformsFallOnePerStratum(trials: Int) throws {
        let values = try Self.factorValues(Self.uniformSpec(), trials: trials, seed: 4)
        let cube = LatinHypercube(trials: trials, seed: 4)
        #expect(cube.replicates == min(10, trials))
        for (j, name) in [(0, "p"), (2, "r")] {
            for r in 0..<cube.replicates {
                let lower = cube.start(r), upper = cube.start(r + 1), m = upper - lower
                let strata = values[j][lower..<upper].map { Int(($0 * Double(m)).rounded(.down)) }
                #expect(strata.sorted() == Array(0..<m), "factor \(name), replicate \(r) of \(trials) trials")
                #expect(values[j][lower..<upper].allSatisfy { $0 > 0 && $0 < 1 })
            }
        }
    }

    @Test func factorsArePairedIndependently() throws {
        // Each factor has its own permutation: the sample correlation of two independent
        // factors stays within its sampling error (SE 1/sqrt(n) = 0.0045 at n = 5e4; 4 SE).
        let n = 50_000
        let values = try Self.factorValues(Self.uniformSpec(), trials: n, seed: 6)
        let (a, b) = (values[0], values[2])
        let ma = a.reduce(0, +) / Double(n), mb = b.reduce(0, +) / Double(n)
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in 0..<n { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) * (a[i] - ma); sbb += (b[i] - mb) * (b[i] - mb) }
        #expect(abs(sab / (saa * sbb).squareRoot()) < 4 / Double(n).squareRoot())
    }

    @Test func sameResultOnOneTwoAndFourThreads() throws {
        let spec = try MonteCarloTests.mixedSpec()
        var options = SimulationOptions(thresholds: ["total": [40, 45]], sensitivitySampleSize: 5000)
        options.sampling = .latinHypercube
        let one = try MonteCarlo.run(spec: spec, trials: 30_001, seed: 11, threads: 1, options: options)
        let two = try MonteCarlo.run(spec: spec, trials: 30_001, seed: 11, threads: 2, options: options)
        let four = try MonteCarlo.run(spec: spec, trials: 30_001, seed: 11, threads: 4, options: options)
        #expect(one == two)
        #expect(one == four)
        #expect(one.sampling == .latinHypercube)
        let plain = try MonteCarlo.run(spec: spec, trials: 30_001, seed: 11, threads: 1,
                                       options: SimulationOptions(thresholds: ["total": [40, 45]], sensitivitySampleSize: 5000))
        #expect(one.total.mean != plain.total.mean)
        let pairedOne = try MonteCarlo.runPaired(base: spec, other: spec, trials: 20_000, seed: 3, threads: 1, options: Self.lhs)
        let pairedFour = try MonteCarlo.runPaired(base: spec, other: spec, trials: 20_000, seed: 3, threads: 4, options: Self.lhs)
        #expect(pairedOne == pairedFour)
    }

    @Test func addingALineKeepsTheOtherFactorsDraws() throws {
        let base = try Self.uniformSpec()
        var factors = base.factors
        factors.append(.init(id: "s", distribution: .triangular(low: 0, mode: 1, high: 2)))
        let extended = SimulationSpec(
            outputs: base.outputs, factors: factors,
            correlation: try CorrelationMatrix(names: factors.map(\.id), groups: [.init(members: [0, 1], coefficient: 0.5)]),
            terms: base.terms + [.init(factors: [3], amounts: [1])])
        let before = try Self.factorValues(base, trials: 9000, seed: 77)
        let after = try Self.factorValues(extended, trials: 9000, seed: 77)
        #expect(Array(after[0..<3]) == before)
    }

    @Test func pairedRunsDrawCommonRandomNumbers() throws {
        // OTHER changes only factor r's amount: the difference is (2 - 1) r per trial, so its
        // mean is r's mean and the shared factors cancel exactly.
        let base = try Self.uniformSpec()
        var terms = base.terms
        terms[2] = .init(factors: [2], amounts: [2])
        let other = SimulationSpec(outputs: base.outputs, factors: base.factors, correlation: base.correlation, terms: terms)
        let difference = try MonteCarlo.runPaired(base: base, other: other, trials: 10_000, seed: 2, options: Self.lhs)
        let alone = try Self.factorValues(base, trials: 10_000, seed: 2)[2]
        #expect(abs(difference.total.mean - alone.reduce(0, +) / 10_000) < 1e-12)
        // r is stratified: its mean misses 1/2 by far less than a plain sample's 0.0029.
        #expect(abs(difference.total.mean - 0.5) < 3e-4)
    }

    @Test func agreesWithPlainSamplingOnTheStandardWorkloadWithSmallerErrors() throws {
        let spec = try StandardWorkloadTests.spec()
        let n = 200_000
        let plain = try MonteCarlo.run(spec: spec, trials: n, seed: 5).total
        let lhs = try MonteCarlo.run(spec: spec, trials: n, seed: 5, options: Self.lhs).total
        func agree(_ a: Double, _ sa: Double, _ b: Double, _ sb: Double) -> Bool {
            abs(a - b) <= 3 * (sa * sa + sb * sb).squareRoot()
        }
        #expect(agree(plain.mean, plain.meanStandardError, lhs.mean, lhs.meanStandardError),
                "mean \(plain.mean) ± \(plain.meanStandardError) against \(lhs.mean) ± \(lhs.meanStandardError)")
        for p in [0.10, 0.50, 0.85, 0.90] {
            let a = plain.percentile(p)!, b = lhs.percentile(p)!
            #expect(agree(a.value, a.standardError, b.value, b.standardError),
                    "P\(Int(p * 100)): \(a.value) ± \(a.standardError) against \(b.value) ± \(b.standardError)")
            #expect(b.standardError > 0)
        }
        // The total is a sum of monotone functions of the lines' factors: stratifying each
        // factor removes most of the mean's variance (about 10x smaller SE here).
        #expect(lhs.meanStandardError < plain.meanStandardError / 3,
                "SE(mean) \(lhs.meanStandardError) under LHS, \(plain.meanStandardError) plain")
        #expect(lhs.percentile(0.85)!.standardError < plain.percentile(0.85)!.standardError,
                "SE(P85) \(lhs.percentile(0.85)!.standardError) under LHS, \(plain.percentile(0.85)!.standardError) plain")
    }

    @Test func replicateStandardErrorIsTheSpreadOfReplicateEstimates() {
        #expect(ReplicateErrors.standardError([1, 2, 3, 4]) == (5.0 / 3 / 4).squareRoot())
        #expect(ReplicateErrors.standardError([7]) == 0)
        #expect(SamplingMethod.plain.replicates(trials: 100) == nil)
        #expect(SamplingMethod.latinHypercube.replicates(trials: 100) == 10)
        #expect(SamplingMethod.latinHypercube.replicates(trials: 4) == 4)
    }
}
