import Foundation
import Testing

/// `dfcost compare A B C ...`: one side-by-side table, and its JSON document.
@Suite struct CompareSideBySideTests {
    static let files = [CLI.published, "Scenarios/fm-delayed-1y.toml", "Scenarios/overrun-20.toml"]

    @Test func threeFilesGiveOneTableWithAColumnPerScenarioInOrder() throws {
        let result = try CLI.run(["compare"] + Self.files + ["--locale", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Comparison of 3 scenarios; change against the first column\n"))
        let header = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Year ") })
        let columns = header.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(columns == ["Year", "ehelseportefolje-2023-10", "fm-delayed-1y", "delta", "%", "overrun-20", "delta", "%"])
        // Against the first: 2025 is 33.5 (+12) with FM delayed, 25.8 (+4.3) with the overrun.
        #expect(row("2025", in: result.stdout) == ["21.5", "33.5", "+12", "55.8", "%", "25.8", "+4.3", "20.0", "%"])
        // One table: no second comparison block.
        #expect(result.stdout.components(separatedBy: "Totals per year").count == 2)
    }

    @Test func againstPreviousComparesEachColumnWithTheOneBefore() throws {
        let result = try CLI.run(["compare"] + Self.files + ["--locale", "en", "--against", "previous"])
        #expect(result.status == 0, "\(result.stderr)")
        // overrun-20 against fm-delayed-1y: 25.8 - 33.5 = -7.7.
        #expect(row("2025", in: result.stdout)?.suffix(4) == ["25.8", "-7.7", "-23.0", "%"])
        try CLI.assertGolden(result, "against-previous-en.txt")
    }

    @Test func jsonIsOneDocumentWithTheScenariosInOrderAndTheirExactTotals() throws {
        let result = try CLI.run(["compare"] + Self.files + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(document["schema"] as? String == "dfcost.compare/1")
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        #expect(scenarios.compactMap { $0["file"] as? String } == Self.files)
        #expect(scenarios.compactMap { $0["name"] as? String } == ["ehelseportefolje-2023-10", "fm-delayed-1y", "overrun-20"])
        // Each scenario's totals are what `totals --format json` says for it.
        for (file, scenario) in zip(Self.files, scenarios) {
            let totals = try CLI.run(["totals", file, "--format", "json"])
            let expected = try #require(try JSONSerialization.jsonObject(with: totals.stdoutBytes) as? [String: Any])
            #expect(scenario["totals"] as? [String: String] == expected["totals"] as? [String: String], "\(file)")
            #expect(scenario["by_solution"] as? [String: [String: String]] == expected["by_solution"] as? [String: [String: String]])
            let lines = try #require(scenario["lines"] as? [[String: Any]])
            #expect(lines.compactMap { $0["id"] as? String } == (expected["lines"] as? [[String: Any]])?.compactMap { $0["id"] as? String })
        }
        let deltas = try #require(document["deltas"] as? [[String: Any]])
        #expect(deltas.compactMap { $0["scenario"] as? Int } == [1, 2])
        #expect(deltas.compactMap { $0["against"] as? Int } == [0, 0])
        #expect((deltas[0]["totals"] as? [String: String])?["2025"] == "12")
        let fm = try #require((deltas[0]["lines"] as? [[String: Any]])?.first { $0["id"] as? String == "pll-fm" })
        #expect(fm["movement"] as? [String] == ["amount_changed"])
        #expect(fm["match"] as? String == "id")
    }

    @Test func byInitiativeGivesSubtotalsPerInitiativeAcrossTheColumns() throws {
        let result = try CLI.run(["compare"] + Self.files + ["--by", "initiative", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        for (file, scenario) in zip(Self.files, scenarios) {
            let totals = try CLI.run(["totals", file, "--format", "json", "--by", "initiative"])
            let expected = try #require(try JSONSerialization.jsonObject(with: totals.stdoutBytes) as? [String: Any])
            let rows = try #require(expected["by_initiative"] as? [[String: Any]])
            var byName: [String: [String: String]] = [:]
            for r in rows { byName[r["initiative"] as! String] = r["totals"] as? [String: String] }
            #expect(scenario["by_initiative"] as? [String: [String: String]] == byName, "\(file)")
        }
        let text = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--by", "initiative"])
        #expect(text.stdout.contains("Sum per tiltak (MNOK)"))
        #expect(text.stdout.split(separator: "\n").contains {
            $0.hasPrefix("Program Pasientens legemiddelliste ") && $0.contains(" 2025 ") && $0.hasSuffix(" +12")
        })
    }

    @Test func markdownAndCSVHoldTheSameColumns() throws {
        let md = try CLI.run(["compare"] + Self.files + ["--format", "markdown", "--locale", "en"])
        try CLI.assertGolden(md, "three-scenarios-en.md")
        let csv = try CLI.run(["compare"] + Self.files + ["--format", "csv", "--csv", "rfc4180", "--locale", "en"])
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "kind,key,year,ehelseportefolje-2023-10,fm-delayed-1y,change fm-delayed-1y,overrun-20,change overrun-20,movement")
        #expect(lines.contains("total,,2025,21.5,33.5,12,25.8,4.3,"))
        try CLI.assertGolden(csv, "three-scenarios-en.csv")
    }

    @Test func twoScenariosOfOneTableKeepTheDetailedComparisonUnlessAsked() throws {
        let detail = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--locale", "en"])
        try CLI.assertGolden(detail, "detailed-fm-delayed-1y-en.txt")
        let side = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--locale", "en", "--side-by-side"])
        #expect(side.stdout.hasPrefix("Comparison of 2 scenarios"))
        #expect(side.stdout.split(separator: "\n").contains { $0.hasPrefix("Program Pasientens legemiddelliste / FM ") && $0.hasSuffix("  amount changed 2025 +12, 2026 -12") })
    }

    @Test func failOnChangeAndTheCIReportStillJudgeEachScenarioAgainstTheFirst() throws {
        let changed = try CLI.run(["compare"] + Self.files + ["--fail-on-change"])
        #expect(changed.status == 1)
        let same = try CLI.run(["compare", CLI.published, CLI.published, CLI.published, "--fail-on-change"])
        #expect(same.status == 0, "\(same.stdout)")
    }

    @Test func byPayerDoesNotGoSideBySide() throws {
        let result = try CLI.run(["compare", "Scenarios/payers-2024.toml", "Scenarios/payers-2024.toml", "--by", "payer", "--side-by-side"])
        #expect(result.status == 64)
    }

    static let illustrative = "Scenarios/examples/illustrativ-runde-2.toml"

    /// Two rounds (each its own table) go side by side without asking, and every line of the
    /// illustrative round is matched or reported with its movement.
    @Test func twoRoundsShowEveryLineMatchedOrReportedWithItsMovement() throws {
        let result = try CLI.run(["compare", CLI.published, Self.illustrative, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        #expect(scenarios.compactMap { $0["name"] as? String } == ["ehelseportefolje-2023-10", "illustrativ-runde-2"])
        #expect((scenarios[1]["totals"] as? [String: String]) == ["2024": "92", "2025": "22", "2026": "20"])
        let deltas = try #require(document["deltas"] as? [[String: Any]])
        let lines = try #require(deltas.first?["lines"] as? [[String: Any]])
        var movement: [String: [String]] = [:], match: [String: String] = [:], previous: [String: String] = [:]
        for line in lines {
            let id = try #require(line["id"] as? String)
            movement[id] = line["movement"] as? [String]
            match[id] = line["match"] as? String
            previous[id] = line["previous_id"] as? String
        }
        // Every line of both rounds appears once.
        let published = try CLI.run(["totals", CLI.published, "--format", "json"])
        let publishedIDs = try #require((try JSONSerialization.jsonObject(with: published.stdoutBytes) as? [String: Any])?["lines"] as? [[String: Any]])
            .compactMap { $0["id"] as? String }
        #expect(Set(previous.values).union(["helsenorge-timebestilling"]) == Set(publishedIDs).union(["helsenorge-timebestilling"]))
        #expect(lines.count == 15)
        #expect(match["pds-dokumentdeling-kjernejournal"] == "continues" && previous["pds-dokumentdeling-kjernejournal"] == "pds-deling-kjernejournal")
        #expect(movement["pds-dokumentdeling-kjernejournal"] == ["unchanged"])
        #expect(match["mf-helse-helsenettet"] == "key" && previous["mf-helse-helsenettet"] == "mf-helse")
        #expect(movement["pds-hjemmeoppfolging-helsenettet"] == ["moved"])
        #expect(lines.first { $0["id"] as? String == "pds-hjemmeoppfolging-helsenettet" }?["moved_years"] as? Int == 1)
        #expect(movement["pds-provesvar-kjernejournal"] == ["amount_changed"])
        #expect(movement["helsenorge-timebestilling"] == ["new"])
        #expect(movement["helsenorge-overfort"] == ["dropped"])
        let markdown = try CLI.run(["compare", CLI.published, Self.illustrative, "--format", "markdown", "--locale", "en"])
        try CLI.assertGolden(markdown, "two-rounds-en.md")
    }

    /// A line that keeps its id in another solution moves there, in words in both
    /// locales (the former solution by its name) and as `solution_changed` in JSON (its id).
    @Test func aLineThatChangedSolutionIsSaidSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let old = try folder.publishedCopy("old.toml")
        let new = try folder.publishedCopy("new.toml") {
            $0.replacingOccurrences(of: "id = \"pll-sfm\"\nsolution = \"e-resept\"", with: "id = \"pll-sfm\"\nsolution = \"kjernejournal\"")
        }
        let nb = try CLI.run(["compare", old, new])
        #expect(nb.status == 0, "\(nb.stderr)")
        #expect(row("Program Pasientens legemiddelliste / SFM", in: nb.stdout)?.joined(separator: " ").hasSuffix("løsning endret fra E-resept") == true, "\(nb.stdout)")
        let en = try CLI.run(["compare", old, new, "--locale", "en", "--format", "markdown"])
        #expect(en.stdout.contains("| Program Pasientens legemiddelliste / SFM | Kjernejournal | 55 | 55 | 0 | solution changed from E-resept |"), "\(en.stdout)")
        let json = try CLI.run(["compare", old, new, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let lines = try #require((document["deltas"] as? [[String: Any]])?.first?["lines"] as? [[String: Any]])
        let line = try #require(lines.first { $0["id"] as? String == "pll-sfm" })
        #expect(line["movement"] as? [String] == ["solution_changed"])
        #expect(line["previous_solution"] as? String == "e-resept")
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        let solutions = scenarios.map { ($0["lines"] as? [[String: Any]])?.first { $0["id"] as? String == "pll-sfm" }?["solution"] as? String }
        #expect(solutions == ["e-resept", "kjernejournal"])
        // report --compare with one other round: the same side-by-side layout and row as compare
        // (both ask ComparisonLayout), the move one line change.
        let report = try CLI.run(["report", old, "--compare", new, "--locale", "en", "--format", "markdown"])
        #expect(report.stdout.contains("## Comparison of 2 scenarios; change against the first column"), "\(report.stdout)")
        #expect(report.stdout.contains("| Program Pasientens legemiddelliste / SFM | Kjernejournal | 55 | 55 | 0 | solution changed from E-resept |"), "\(report.stdout)")
        #expect(!report.stdout.contains("| added |") && !report.stdout.contains("| removed |"))
    }

    /// `continues` naming an id the newer file still has is an error at the key.
    @Test func continuesNamingAPresentIdFailsAtTheContinuesKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let new = try folder.publishedCopy("new.toml") {
            $0.replacingOccurrences(of: "id = \"pll-fm\"\n", with: "id = \"pll-fm\"\ncontinues = \"pll-sfm\"\n")
        }
        let text = try String(contentsOfFile: new, encoding: .utf8)
        let row = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("continues = ") }) + 1
        let result = try CLI.run(["compare", CLI.published, new])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("Feil: \(new):\(row):1: linjen 'pll-fm' viderefører 'pll-sfm', men 'pll-sfm' er fortsatt en linje"), "\(result.stderr)")
    }

    @Test func theIllustrativeRoundSaysSoAndIsNotAPublishedTable() throws {
        let text = try String(contentsOf: CLI.root.appendingPathComponent(Self.illustrative), encoding: .utf8)
        #expect(text.hasPrefix("# ILLUSTRATIVE, NOT PUBLISHED."))
        #expect(text.contains("title = \"ILLUSTRATIV, IKKE PUBLISERT"))
        #expect(!text.contains("[published_sums]"))
        let published = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Scenarios/published").path)
        #expect(!published.contains("illustrativ-runde-2.toml"))
        // Nothing published to verify against; its totals are the ones worked out by hand in it.
        let verify = try CLI.run(["verify", Self.illustrative])
        #expect(verify.status == 65 && verify.stderr.contains("har ingen [published_sums]"))
    }
}
