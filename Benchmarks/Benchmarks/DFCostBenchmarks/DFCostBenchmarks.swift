import Benchmark
import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation
import Foundation

/// The repository root, from this file (Benchmarks/Benchmarks/DFCostBenchmarks/DFCostBenchmarks.swift).
let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let published = root.appendingPathComponent("Scenarios/published/ehelseportefolje-2023-10.toml").path
let workload = root.appendingPathComponent("Scenarios/bench/standard-workload.toml").path

/// The standard workload grown to `lines` lines by repeating the 14 lines, each copy in its own
/// correlation groups (as `mc_reference.py --lines K`).
func grownWorkload(lines: Int) throws -> SimulationSpec {
    let base = try SimulationModel(scenario: try ScenarioLoader.load(path: workload)).spec
    var factors: [SimulationSpec.Factor] = []
    var terms: [SimulationSpec.Term] = []
    var groups: [CorrelationMatrix.Group] = []
    let copies = (lines + base.factors.count - 1) / base.factors.count
    let components = base.correlation.components()
    for copy in 0..<copies {
        let offset = factors.count
        for f in base.factors { factors.append(.init(id: "\(f.id)#\(copy)", distribution: f.distribution)) }
        for t in base.terms { terms.append(.init(factors: t.factors.map { $0 + offset }, event: t.event, amountsByState: t.amountsByState)) }
        for c in components where c.count > 1 { groups.append(.init(members: c.map { $0 + offset }, coefficient: 0.6)) }
    }
    factors = Array(factors.prefix(lines))
    terms = terms.filter { $0.factors.allSatisfy { $0 < lines } }
    groups = groups.map { .init(members: $0.members.filter { $0 < lines }, coefficient: $0.coefficient) }.filter { $0.members.count > 1 }
    let correlation = try CorrelationMatrix(names: factors.map(\.id), groups: groups)
    return SimulationSpec(outputs: base.outputs, factors: factors, correlation: correlation, terms: terms)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 1_000)

    Benchmark("load and sum the published table") { benchmark in
        for _ in benchmark.scaledIterations {
            let applied = try ScenarioLoader.load(path: published).apply()
            blackHole(try applied.totals())
        }
    }

    Benchmark("apply a chain of scenario operations") { benchmark in
        let scenario = try ScenarioLoader.load(path: root.appendingPathComponent("Scenarios/nominal-kroner.toml").path)
        let options = ApplyOptions(
            conditionOverrides: [("fm-phaseout", .delayed(1))],
            operations: [
                try WhatIf.scale("solution:e-resept=1.2"), try WhatIf.shift("tag:dokumentdeling=1"), try WhatIf.scale("all@2026=0.9"),
            ])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try scenario.apply(options).totals()) }
    }

    Benchmark("sweep 10^6 combinations", configuration: .init(metrics: [.wallClock, .throughput], maxIterations: 5)) { benchmark in
        let scenario = try ScenarioLoader.load(path: published)
        let sweep = try Sweep(scenario: scenario, parameters: [
            try SweepParameter.parse("condition:fm-phaseout=delayed:0..3"),
            try SweepParameter.parse("scale:solution:e-resept=0.5..1.5:0.004"),
            try SweepParameter.parse("scale:solution:helsenorge=0.5..1.5:0.001"),
        ])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var sum: Int64 = 0
            try sweep.forEachCombination { _, totals in sum &+= totals[totals.count - 1]; return true }
            blackHole(sum)
        }
    }

    // The default command's work: the simulation with its sensitivity tornado on the leading
    // 100 000 trials (what `dfcost simulate` does unless told otherwise). The same run without
    // the tornado is measured beside it, never instead of it.
    for (lines, trials) in [(14, 1_000_000), (200, 100_000), (1_000, 100_000)] {
        Benchmark("simulate \(lines) lines, \(trials) trials (default: with the tornado)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 5)) { benchmark in
            let spec = try grownWorkload(lines: lines)
            let options = SimulationOptions(sensitivitySampleSize: 100_000)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(try MonteCarlo.run(spec: spec, trials: trials, seed: 1, options: options)) }
        }
        Benchmark("simulate \(lines) lines, \(trials) trials, no tornado",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 5)) { benchmark in
            let spec = try grownWorkload(lines: lines)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(try MonteCarlo.run(spec: spec, trials: trials, seed: 1)) }
        }
    }
}
