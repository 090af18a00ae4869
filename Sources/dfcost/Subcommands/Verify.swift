import ArgumentParser
import DFCostModel
import DFCostRender
import DFCostScenario

/// `dfcost verify FILE...`: recompute the sums and compare them with the published ones.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that recomputed sums, rounded half away from zero at the published precision, equal the published sums.",
        discussion: "Exits 0 when every file matches, 1 when any sum differs (with a per-year diff).")

    @Argument(help: "Scenario files with [published_sums].")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to verify") }
    }

    func run() throws {
        var allMatch = true
        try reportingFailures {
            for file in files {
                let scenario = try ScenarioLoader.load(path: file)
                let applied = try scenario.apply()
                let totals = try applied.totals()
                guard let verification = try Verification(table: applied.table, totals: totals) else {
                    throw CLIFailure.data("\(file): has no [published_sums] to verify against")
                }
                allMatch = allMatch && verification.allMatch
                print(VerificationRenderer.text(file: file, verification), terminator: "")
            }
        }
        if !allMatch { throw ExitCode(1) }
    }
}
