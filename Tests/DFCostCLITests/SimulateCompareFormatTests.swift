import Foundation
import Testing

/// `simulate --compare` in text, markdown and CSV: one document with a part per scenario and one
/// for the paired difference, each named.
@Suite struct SimulateCompareFormatTests {
    static let arguments = ["simulate", "Scenarios/bench/standard-workload.toml", "--compare", "Scenarios/fm-delayed-1y.toml",
                            "--trials", "300", "--locale", "en"]

    @Test func textUnderlinesEachScenarioAndTheDifference() throws {
        let result = try CLI.run(Self.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        for name in ["standard-workload", "fm-delayed-1y", "fm-delayed-1y − standard-workload"] {
            let at = try #require(lines.firstIndex(of: name), "no part \(name)")
            #expect(lines[at + 1] == String(repeating: "=", count: name.count))
        }
        #expect(lines.first == "standard-workload")
        #expect(!result.stdout.contains("Scenario: "))
        #expect(result.stdout.contains("Paired difference, the compared scenario minus the base, on common random numbers: 300 trials"))
    }

    @Test func markdownHeadsEachPart() throws {
        let result = try CLI.run(Self.arguments + ["--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        let headings = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## standard-workload", "## fm-delayed-1y", "## fm-delayed-1y − standard-workload"])
    }

    @Test func csvIsThreeCaptionedTablesAtFullPrecision() throws {
        let result = try CLI.run(Self.arguments + ["--format", "csv", "--csv", "rfc4180"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.components(separatedBy: "\r\n")
        let header = "result,mean,sd,P10,P10 standard error,P50,P50 standard error,P85,P85 standard error,P90,P90 standard error"
        #expect(rows.first == "standard-workload")
        #expect(rows[1] == header)
        let captions = rows.indices.filter { $0 > 0 && rows[$0 - 1].isEmpty }.map { rows[$0] }
        #expect(Array(captions.prefix(3)) == ["fm-delayed-1y", "fm-delayed-1y − standard-workload", "standard-workload"])
        #expect(rows.filter { $0 == header }.count == 3)
        // After the three tables, each scenario's KS2 table and analysis model under its name.
        let lastTable = try #require(rows.lastIndex(of: header))
        #expect(rows.indices.filter { $0 > lastTable }.map { rows[$0] }.filter { ["standard-workload", "fm-delayed-1y"].contains($0) }
                == ["standard-workload", "fm-delayed-1y"])
        #expect(rows.filter { $0.hasPrefix("\"Uncertainty analysis in the state project model's terms (KS2)") }.count == 2)
        #expect(rows.filter { $0 == "Analysis model (analysemodell)" }.count == 2)
        // Mean and sd to six decimals.
        let total = try #require(rows.first { $0.hasPrefix("total,") }).split(separator: ",")
        #expect(total[1].split(separator: ".").last?.count == 6)
    }
}
