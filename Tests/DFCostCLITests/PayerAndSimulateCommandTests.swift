import Foundation
import Testing

@Suite struct PayerCommandTests {
    @Test func totalsByPayerAddsUpToTheTotalsAndShowsAssumptions() throws {
        let result = try CLI.run(["totals", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let byPayer = try #require(json["by_payer"] as? [String: [String: String]])
        let totals = try #require(json["totals"] as? [String: String])
        for year in ["2024", "2025", "2026"] {
            let sum = byPayer.values.compactMap { Decimal(string: $0[year] ?? "") }.reduce(Decimal(0), +)
            #expect(sum == Decimal(string: totals[year]!), "payers' parts of \(year) must add up exactly")
        }
        #expect((json["payer_assumptions"] as? [String])?.count == 3)
        let text = try CLI.run(["totals", "Scenarios/payers-2024.toml", "--by", "payer", "--locale", "en"])
        try CLI.assertGolden(text, "totals-by-payer-en.txt")
    }

    @Test func byPayerWithoutKeysIsAUsageError() throws {
        let result = try CLI.run(["totals", CLI.published, "--by", "payer"])
        #expect(result.status == 64)
        #expect(result.stderr == "Feil: --by payer: scenario 'ehelseportefolje-2023-10' har ingen [payers]; bygg på en fil med betalernøkler, "
                + "f.eks. Scenarios/payers-2024.toml\n")
    }

    @Test func compareByPayerShowsWhoPaysForTheDelay() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let other = try folder.write("late.toml", """
            version = 1
            extends = "\(CLI.root.path)/Scenarios/payers-2024.toml"
            [conditions.fm-phaseout]
            state = "delayed:1"
            """)
        let result = try CLI.run(["compare", "Scenarios/payers-2024.toml", other, "--by", "payer", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]])
        let deltas = try #require(list.first?["by_payer_delta"] as? [String: [String: String]])
        // FM's -12 moves from 2025 to 2026; e-resept's key gives RHF 45 %: +5.4 in 2025, -5.4 in 2026.
        #expect(deltas["rhf"]?["2025"] == "5.4")
        #expect(deltas["rhf"]?["2026"] == "-5.4")
        #expect(deltas["apotek"]?["2025"] == "0.6")
    }
}

@Suite struct SimulateCommandTests {
    static let workload = "Scenarios/bench/standard-workload.toml"

    @Test func jsonHasStatsPerSummedYearAndTotalShapedLikeThePeer() throws {
        let result = try CLI.run(["simulate", Self.workload, "--trials", "20000", "--seed", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let stats = try #require(json["stats"] as? [String: [String: Any]])
        #expect(Set(stats.keys) == ["2024", "2025", "2026", "total"])
        for key in ["mean", "sd", "P10", "P50", "P85", "P90"] {
            #expect(stats["total"]?[key] is Double, "missing \(key)")
        }
        // The deterministic base is the exact published horizon total.
        #expect((json["ks2"] as? [String: Any])?["deterministic_base"] as? String == "126.5")
    }

    @Test func theSameSeedGivesTheSameBytesOnOneAndTwoThreads() throws {
        let args = ["simulate", Self.workload, "--trials", "50000", "--seed", "11", "--format", "json"]
        let one = try CLI.run(args + ["--threads", "1"]), two = try CLI.run(args + ["--threads", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdoutBytes == two.stdoutBytes)
        let other = try CLI.run(["simulate", Self.workload, "--trials", "50000", "--seed", "12", "--format", "json"])
        #expect(other.stdoutBytes != one.stdoutBytes, "a different seed must draw differently")
    }

    @Test func byPayerReportsP50AndP85PerPayer() throws {
        let result = try CLI.run(["simulate", "Scenarios/payers-uncertain.toml", "--by", "payer", "--trials", "20000", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let byPayer = try #require(json["by_payer"] as? [String: [String: [String: Double]]])
        let rhf2026 = try #require(byPayer["rhf"]?["2026"])
        // 2026 is only helsenorge's 12 × factor in [0.9, 1.3], half to RHF: within [5.4, 7.8].
        #expect((5.4...7.8).contains(rhf2026["P50"]!))
        #expect(rhf2026["P85"]! >= rhf2026["P50"]!)
        #expect(byPayer["andre"]?["2026"]?["P50"] == 0)
    }

    @Test(arguments: [["--trials", "0"], ["--trials", "-5"], ["--trials", "99999999999999"], ["--percentiles", "150"], ["--budget", "2030=5"]])
    func badSimulationArgumentsAreUsageErrors(_ extra: [String]) throws {
        let result = try CLI.run(["simulate", Self.workload] + extra)
        #expect(result.status == 64, "\(extra): \(result.stderr)")
    }

    @Test func budgetGivesAnExceedanceProbability() throws {
        let result = try CLI.run(["simulate", Self.workload, "--trials", "20000", "--budget", "total=126.5", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let total = try #require((json["stats"] as? [String: [String: Any]])?["total"])
        let exceedance = try #require((total["exceedance"] as? [[String: Double]])?.first)
        // Every factor's mode is 1 and the triangle leans up (0.9-1.3): the total exceeds the
        // deterministic 126.5 in most trials.
        #expect(exceedance["probability"]! > 0.8)
    }

    @Test func samplesOutWritesOneRowPerTrialAtomically() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("samples.csv").path
        let result = try CLI.run(["simulate", Self.workload, "--trials", "5000", "--samples-out", path, "--csv", "rfc4180"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "trekning,2024,2025,2026,totalt")
        #expect(lines.count == 5001)
        #expect(try folder.contents() == ["samples.csv"])
    }

    /// Percentiles are order statistics of the trials kept as Float32,
    /// so the JSON prints no more digits than a Float32 holds, and those digits agree with
    /// the same percentile computed from `--samples-out` (Hyndman-Fan type 7 on the totals).
    @Test func percentilesPrintOnlyTheDigitsTheirFloat32StorageSupports() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("samples.csv").path
        let result = try CLI.run(["simulate", Self.workload, "--trials", "4001", "--samples-out", path,
                                  "--csv", "rfc4180", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let stats = try #require((json["stats"] as? [String: Any])?["total"] as? [String: Any])
        let p50 = try #require(stats["P50"] as? Double)
        var checked = 0, inStandardErrors = false
        for line in text.split(separator: "\n") {
            // The standard errors are computed in Double and printed as such.
            if line.contains("\"standard_errors\"") { inStandardErrors = true; continue }
            if inStandardErrors { if line.contains("}") { inStandardErrors = false }; continue }
            guard line.contains("\"P"), !line.contains("{") else { continue }
            let number = String(line.split(separator: ":")[1]).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            guard let value = Double(number) else { continue }
            #expect(number == "\(Float(value))" || number == "\(Float(value)).0",
                    "\(line): a percentile printed with digits its Float32 storage does not hold")
            checked += 1
        }
        #expect(checked > 20)
        // The same percentile from the samples: equal to Float32 precision.
        let totals = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n").dropFirst()
            .map { try #require(Double($0.split(separator: ",").last!)) }.sorted()
        let h = Double(totals.count - 1) * 0.5
        let fromSamples = totals[Int(h)] + (h - h.rounded(.down)) * (totals[min(Int(h) + 1, totals.count - 1)] - totals[Int(h)])
        #expect(abs(fromSamples - p50) <= 2 * Double(Float(p50).ulp), "P50 \(p50) against \(fromSamples) from the samples")
    }

    @Test func samplesOutFollowsTheCSVDialect() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("samples.csv").path
        let result = try CLI.run(["simulate", Self.workload, "--trials", "100", "--samples-out", path])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])  // the BOM Norwegian Excel needs
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("trekning;2024;2025;2026;totalt\r\n"))
        let second = try #require(text.split(separator: "\r\n").dropFirst().first)
        #expect(second.hasPrefix("0;") && second.contains(","))  // decimal comma in the excel dialect
    }

    @Test func samplesOutOfAComparisonHoldsEveryPairedDifference() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("delta.csv").path
        let result = try CLI.run(["simulate", Self.workload, "--compare", "Scenarios/fm-delayed-1y.toml", "--trials", "300",
                                  "--samples-out", path, "--csv", "rfc4180"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "trekning,endring 2024,endring 2025,endring 2026,endring totalt")
        #expect(lines.count == 301)
    }

    @Test func aComparisonReportsEachScenarioAndAppliesBudgetsToEach() throws {
        let result = try CLI.run(["simulate", Self.workload, "--compare", "Scenarios/fm-delayed-1y.toml", "--trials", "2000",
                                  "--budget", "total=140", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(json["kind"] as? String == "comparison")
        for side in ["base", "other", "difference"] { #expect(json[side] != nil, "missing \(side)") }
        func exceedance(_ side: String) -> Double? {
            let stats = (json[side] as? [String: Any])?["stats"] as? [String: [String: Any]]
            return (stats?["total"]?["exceedance"] as? [[String: Double]])?.first?["probability"]
        }
        // The budget is the base's and the other's own total, never the difference's.
        #expect((exceedance("base") ?? 0) > 0.05)
        #expect(exceedance("other") == 0)  // fm-delayed-1y has no uncertainty: 126.5 < 140
        #expect(exceedance("difference") == nil)
    }

    @Test(arguments: [1, 2, 5, 13, 14])
    func fewTrialsRunAndSayWhyThereIsNoSensitivity(_ trials: Int) throws {
        let result = try CLI.run(["simulate", Self.workload, "--trials", "\(trials)", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        _ = try JSONSerialization.jsonObject(with: result.stdoutBytes)
    }

    @Test func payersWithACompareAreRefusedBeforeAnyWork() throws {
        let result = try CLI.run(["simulate", "Scenarios/payers-2024.toml", "--compare", Self.workload, "--by", "payer",
                                  "--trials", "8589934592"])
        #expect(result.status == 64)
        #expect(result.stderrLines.first == "Feil: --by payer kan ikke kombineres med --compare")
    }
}

@Suite struct PayerReportTests {
    @Test func reportByPayerCarriesTheAllocationInJSONAndHTML() throws {
        let json = try CLI.run(["report", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let byPayer = try #require(object["by_payer"] as? [String: [String: String]])
        #expect(byPayer["rhf"]?["2026"] == "6")
        let html = try CLI.run(["report", "Scenarios/payers-2024.toml", "--by", "payer", "--format", "html", "--locale", "en"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<section id=\"payers\">"))
        #expect(html.stdout.contains("Assumption: Helsenorge 2024-2026"))
    }
}
