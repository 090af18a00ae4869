import Foundation
import Testing
import DFCostNumerics

@Suite struct PerfTemp {
    static func spec(lines k: Int) throws -> SimulationSpec {
        let base = StandardWorkloadTests.lines
        let factors = (0..<k).map {
            SimulationSpec.Factor(id: "line\(String(format: "%05d", $0))",
                                  distribution: .triangular(low: 0.9, mode: 1.0, high: 1.3))
        }
        var groups: [String: [Int]] = [:]
        for i in 0..<k { groups["\(base[i % 14].1)#\(i / 14)", default: []].append(i) }
        return SimulationSpec(
            outputs: ["2024", "2025", "2026"], factors: factors,
            correlation: try CorrelationMatrix(names: factors.map(\.id),
                groups: groups.keys.sorted().map { .init(members: groups[$0]!, coefficient: 0.6) }),
            terms: (0..<k).map { .init(factors: [$0], amounts: base[$0 % 14].0) })
    }

    static func hwm() -> String {
        (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("VmHWM") }.map(String.init) ?? "?"
    }

    @Test func perfTemp() throws {
        for (lines, trials) in [(14, 10_000_000), (200, 1_000_000)] {
            let spec = try Self.spec(lines: lines)
            for threads in [2, 1] {
                let t0 = Date()
                let r = try MonteCarlo.run(spec: spec, trials: trials, seed: 42, threads: threads)
                let dt = Date().timeIntervalSince(t0)
                print("PERF lines \(lines) trials \(trials) threads \(threads): \(dt) s; total mean \(r.total.mean) P10 \(r.total.percentiles[0].value) P50 \(r.total.percentiles[1].value) P85 \(r.total.percentiles[2].value) P90 \(r.total.percentiles[3].value) se90 \(r.total.percentiles[3].standardError) \(Self.hwm())")
            }
        }
    }
}
