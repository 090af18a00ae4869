import ArgumentParser
import DFCostModel
import DFCostRender
import DFCostScenario

/// `dfcost verify FILE...`: recompute the sums and compare them with the published ones.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that recomputed sums, rounded half away from zero at the published precision, equal the published sums.",
        discussion: """
            Only the years a file sums are compared. A published year that the file no longer sums \
            (a derived file whose horizon operation changed the summed years) is listed as "outside \
            the horizon" and not compared.

            Exits 0 when every file matches; 1 when a summed year's rounded sum differs from its \
            published sum or has none (with a per-year diff), or when no published year is summed \
            at all (nothing to verify).
            """)

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
