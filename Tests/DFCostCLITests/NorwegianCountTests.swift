import Foundation
import Testing

/// Counts in Norwegian text are grouped as the tables' numbers are ("20 000 trekninger"), and a
/// number the user typed is echoed as typed.
@Suite struct NorwegianCountTests {
    /// A run of five or more digits with no grouping: not part of a grouped number or of a
    /// number's decimals (the digits after a decimal comma).
    static func ungroupedCounts(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "(?<![0-9,.\\u00A0\\u202F])[0-9]{5,}(?![0-9])")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    @Test(arguments: [
        ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "20000"],
        ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "20000", "--format", "markdown"],
        ["report", "Scenarios/bench/standard-workload.toml", "--simulate", "--trials", "20000", "--format", "text"],
        ["report", "Scenarios/bench/standard-workload.toml", "--simulate", "--trials", "20000", "--format", "markdown"],
        ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "20000", "--compare", "Scenarios/fm-delayed-1y.toml"],
    ])
    func everyCountInNorwegianTextIsGrouped(arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("20\u{00A0}000"))
        #expect(Self.ungroupedCounts(run.stdout).isEmpty, "\(Self.ungroupedCounts(run.stdout))")
        #expect(Self.ungroupedCounts(run.stderr).isEmpty, "\(run.stderr)")
    }

    @Test func theTrialRangeOfARefusalIsGrouped() throws {
        let nb = try CLI.run(["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "0"])
        #expect(nb.stderrLines.first == "Feil: --trials 0 er utenfor 1–8\u{00A0}589\u{00A0}934\u{00A0}592")
        #expect(Self.ungroupedCounts(nb.stderr).isEmpty)
    }

    /// A condition state with a decimal comma is echoed as typed, not as dfcost read it.
    @Test(arguments: ["share:1,5", "share:1.5", "delayed:1,5", "share:abc"])
    func aRefusedConditionStateIsEchoedAsTyped(state: String) throws {
        let run = try CLI.run(["totals", "Scenarios/fm-delayed-1y.toml", "--condition", "fm-phaseout=\(state)"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'\(state)'"), "\(run.stderr)")
        let sweep = try CLI.run(["sweep", "Scenarios/fm-delayed-1y.toml", "--vary", "condition:fm-phaseout=full|\(state)"])
        #expect(sweep.status == 64)
        #expect(sweep.stderr.contains("'\(state)'"), "\(sweep.stderr)")
        if state.contains(",") {
            let read = state.replacingOccurrences(of: ",", with: ".")
            #expect(!run.stderr.contains(read) && !sweep.stderr.contains(read), "\(run.stderr)\(sweep.stderr)")
        }
    }
}
