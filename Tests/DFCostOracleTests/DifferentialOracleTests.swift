import Foundation
import PropertyBased
import Testing

/// The differential oracle: random scenarios, evaluated by ``OracleEvaluator`` from
/// the README and by the engine from the TOML files, must agree exactly.
///
/// `DFCOST_ORACLE_CASES` sets the number of cases (20 000 by default), split over
/// ``partitions`` test cases that run in parallel. A failure prints the shrunk case as its files
/// and command line, and the seed to reproduce it with `.fixedSeed(...)`.
@Suite("Differential oracle")
struct DifferentialOracleTests {
    static let partitions = 4

    static var totalCases: Int {
        ProcessInfo.processInfo.environment["DFCOST_ORACLE_CASES"].flatMap { Int($0) } ?? 20_000
    }

    @Test("engine and oracle agree on random scenarios", arguments: 0..<partitions)
    func agreement(partition: Int) async throws {
        let count = Self.totalCases / Self.partitions + (partition < Self.totalCases % Self.partitions ? 1 : 0)
        let runner = try EngineRunner(name: "p\(partition)")
        defer { runner.remove() }
        let check = DifferentialCheck(runner: runner)
        var verdicts: [DifferentialCheck.Verdict: Int] = [:]
        let start = ContinuousClock.now
        await propertyCheck(count: count, input: ScenarioGenerator.cases) { spec in
            let (verdict, problems) = try check.check(spec)
            verdicts[verdict, default: 0] += 1
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
        let counts = verdicts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        let checks = verdicts.values.reduce(0, +)
        // A failure stops the cases and shrinks: the checks then count shrinking candidates too.
        print("oracle partition \(partition): \(checks) checks of \(count) cases in \(ContinuousClock.now - start): \(counts.joined(separator: ", "))")
    }
}

extension OracleCase: CustomTestStringConvertible {
    /// The case as its files and command line.
    var testDescription: String { "\n" + TOMLRenderer.describe(self) }
}
