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
        #expect(result.stdout.contains("change against the previous column"))
        // overrun-20 against fm-delayed-1y: 25.8 - 33.5 = -7.7.
        #expect(row("2025", in: result.stdout)?.suffix(4) == ["25.8", "-7.7", "-23.0", "%"])
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
        #expect(md.stdout.contains("| Year | ehelseportefolje-2023-10 | fm-delayed-1y | delta | % | overrun-20 | delta | % |"))
        let csv = try CLI.run(["compare"] + Self.files + ["--format", "csv", "--csv", "rfc4180", "--locale", "en"])
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "kind,key,year,ehelseportefolje-2023-10,fm-delayed-1y,change fm-delayed-1y,overrun-20,change overrun-20,movement")
        #expect(lines.contains("total,,2025,21.5,33.5,12,25.8,4.3,"))
    }

    @Test func twoScenariosOfOneTableKeepTheDetailedComparisonUnlessAsked() throws {
        let detail = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--locale", "en"])
        #expect(detail.stdout.contains("condition fm-phaseout=delayed:1"))
        #expect(!detail.stdout.contains("Comparison of"))
        let side = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--locale", "en", "--side-by-side"])
        #expect(side.stdout.hasPrefix("Comparison of 2 scenarios"))
        #expect(row("pll-fm", in: side.stdout)?.last == "changed")
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
}
