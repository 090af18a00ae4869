import Testing

/// With one trial the standard deviation is undefined: it is shown as missing, like the ± of
/// the percentiles beside it, not as "0,00".
@Suite struct SingleTrialDeviationTests {
    static func run(_ format: String) throws -> String {
        let result = try CLI.run(["simulate", CLI.published, "--trials", "1", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func theTextTableShowsADashForTheStandardDeviation() throws {
        let row = try #require(try Self.run("text").split(separator: "\n").first { $0.hasPrefix("2024 ") })
        let cells = row.split(separator: " ", omittingEmptySubsequences: true)
        #expect(cells.count > 3 && cells[1] == "93,00" && cells[2] == "–" && cells[3] == "93,00", "\(row)")
    }

    @Test func markdownShowsADashAndCSVLeavesItEmpty() throws {
        #expect(try Self.run("markdown").split(separator: "\n").contains { $0.hasPrefix("| 2024 ") && $0.contains("| – |") })
        let csv = try #require(try Self.run("csv").split(whereSeparator: \.isNewline).first { $0.hasPrefix("2024") })
        let fields = csv.split(separator: csv.contains(";") ? ";" : ",", omittingEmptySubsequences: false)
        #expect(fields.count > 3 && fields[2].isEmpty, "\(csv)")
    }
}
