import Foundation
import Testing

@Suite struct SimulateCompareAndRepairTests {
    /// Paired deltas on common random numbers: OTHER is the workload with FM phased out a year
    /// late. Only the FM line's -12 × its factor moves from 2025 to 2026, so every trial's 2025
    /// delta is +12 × f_FM with f_FM in [0.9, 1.3], and the horizon total does not change at all.
    @Test func pairedCompareIsolatesTheChangedLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let other = try folder.write("late.toml", """
            version = 1
            extends = "\(CLI.root.path)/Scenarios/bench/standard-workload.toml"
            [conditions.fm-phaseout]
            state = "delayed:1"
            """)
        let result = try CLI.run(["simulate", "Scenarios/bench/standard-workload.toml", "--compare", other,
                                  "--trials", "20000", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(document["kind"] as? String == "comparison")
        let json = try #require(document["difference"] as? [String: Any])
        #expect(json["kind"] as? String == "paired_difference")
        let stats = try #require(json["stats"] as? [String: [String: Any]])
        let d2025 = try #require(stats["2025"]), total = try #require(stats["total"])
        let p10 = try #require(d2025["P10"] as? Double), p90 = try #require(d2025["P90"] as? Double)
        #expect(p10 >= 10.8 - 1e-6 && p90 <= 15.6 + 1e-6)
        #expect(abs(try #require(total["P50"] as? Double)) < 1e-9)
        #expect(abs(try #require(total["P90"] as? Double)) < 1e-9)
    }

    static let notPositiveDefinite = """
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
        """

    @Test func aMatrixThatIsNotPositiveDefiniteIsAnErrorNamingTheCoefficients() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("npd.toml", "version = 1\nextends = \"\(CLI.root.path)/\(CLI.published)\"\n" + Self.notPositiveDefinite)
        let result = try CLI.run(["simulate", file, "--trials", "1000"])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("ikke positivt definitt"))
        #expect(result.stderr.contains("pll-sfm~pll-fm 0,9"))
        let en = try CLI.run(["simulate", file, "--trials", "1000", "--locale", "en"])
        #expect(en.stderr.contains("not positive definite") && en.stderr.contains("pll-sfm~pll-fm 0.9"))
    }

    @Test func repairCorrelationPrintsEveryChangedCoefficientAndRuns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("npd.toml", "version = 1\nextends = \"\(CLI.root.path)/\(CLI.published)\"\n" + Self.notPositiveDefinite)
        let result = try CLI.run(["simulate", file, "--trials", "1000", "--repair-correlation", "--format", "json", "--locale", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let changed = result.stderrLines.filter { $0.contains("repaired correlation") }
        #expect(changed.count == 3)
        #expect(changed.contains { $0.contains("pll-sfm~pll-pll: -0.900000 → ") })
        let nb = try CLI.run(["simulate", file, "--trials", "1000", "--repair-correlation", "--format", "json"])
        let repaired = nb.stderrLines.filter { $0.contains("er reparert") }
        #expect(repaired.count == 3)
        #expect(repaired.contains { $0.contains("korrelasjonen pll-sfm~pll-pll er reparert: −0,900000 → ") }, "\(nb.stderr)")
        #expect(!nb.stderr.contains("->") && !nb.stderr.contains("repaired"))
    }

    @Test func sensitivityPutsTheLargestContributorFirst() throws {
        let result = try CLI.run(["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "20000", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let entries = try #require(json["sensitivity"] as? [[String: Any]])
        // SFM's 55 MNOK with the widest absolute spread dominates the horizon total.
        #expect(entries.first?["factor"] as? String == "pll-sfm")
        // Ranked by the change in the total's mean.
        let change = entries.compactMap { $0["mean_change"] as? Double }
        #expect(change.count == entries.count && change == change.sorted(by: >))
    }
}
