import Foundation
import Testing

/// `explain` writes one valid document in each format, however many years it explains.
@Suite struct ExplainFormatTests {
    @Test func jsonOfEveryYearIsOneDocument() throws {
        let result = try CLI.run(["explain", "Scenarios/fm-delayed-1y.toml", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let explanations = try #require(object["explanations"] as? [[String: Any]])
        #expect(explanations.compactMap { $0["year"] as? Int } == [2024, 2025, 2026])
        #expect(explanations.compactMap { $0["total"] as? String } == ["93", "33.5", "0"])
    }

    @Test func csvIsOneTableWithARowPerCell() throws {
        let result = try CLI.run(["explain", "Scenarios/fm-delayed-1y.toml", "--format", "csv", "--csv", "rfc4180"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\r\n")
        #expect(rows.first == "År,Løsning,Linje,Beløp,Status,Grunn,Skrevet i,Steg")
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("2024,") || $0.hasPrefix("2025,") || $0.hasPrefix("2026,") })
        #expect(rows.contains { $0.hasPrefix("2025,e-resept,pll-fm,-12*,ikke summert,flyttet til 2026") })
    }

    @Test func markdownIsATablePerYear() throws {
        let result = try CLI.run(["explain", "Scenarios/fm-delayed-1y.toml", "--format", "markdown", "--year", "2025"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("## fm-delayed-1y: 2025 = 33,5 MNOK"))
        try CLI.assertGolden(result, "explain-2025.md")
    }
}

@Suite struct ByInitiativeCommandTests {
    @Test func totalsByInitiativeAddsAByInitiativeListToTheJSON() throws {
        let result = try CLI.run(["totals", CLI.published, "--by", "initiative", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let rows = try #require(object["by_initiative"] as? [[String: Any]])
        let pll = try #require(rows.first)
        #expect(pll["initiative"] as? String == "Program Pasientens legemiddelliste")
        #expect((pll["totals"] as? [String: String])?["2025"] == "-10")
        #expect(object["totals"] != nil)
    }

    @Test func simulateRefusesAnInitiativeBreakdownItCannotGive() throws {
        let result = try CLI.run(["simulate", CLI.published, "--by", "initiative"])
        #expect(result.status == 64)
    }
}
