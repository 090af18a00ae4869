import ArgumentParser
import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation

/// `dfcost verify FILE|FOLDER...`: recompute the sums and compare them with the published ones.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that recomputed sums, rounded half away from zero at the published precision, equal the published sums.",
        discussion: """
            Only the years a file sums are compared. A published year that the file no longer sums \
            (a derived file whose horizon operation changed the summed years) is listed as "outside \
            the horizon" and not compared.

            A folder stands for every *.toml file in it (not in its subfolders), in name order. \
            Every file is checked even when an earlier one fails; with more than one file a \
            summary line follows.

            Exits 0 when every file matches; 1 when a summed year's rounded sum differs from its \
            published sum or has none (with a per-year diff), or when no published year is summed \
            at all (nothing to verify); when a file cannot be read or has no published sums, the \
            exit code of the first such error (65 bad data, 66 missing input), after the others \
            are checked.

            --junit writes a JUnit XML report: one test suite per file, one test case per published \
            year ("published sum 2025", with the expected and computed values and the file:line of \
            the published sum when it fails) and per check ("load", "a published year is summed").
            """)

    @Argument(help: ArgumentHelp("Scenario files with [published_sums], or folders of them.", valueName: "file-or-folder"))
    var files: [String]

    @Option(help: "Language and number style of human formats: nb (21,5) or en (21.5).")
    var locale: DFCostRender.Language = .nb

    @OptionGroup(title: "CI reports") var ci: CIReportOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to verify") }
    }

    func run() throws {
        var paths: [String] = []
        try reportingFailures { paths = try Self.scenarioFiles(files) }
        let properties = [CheckSuite.Property("dfcost", BuildInfo.summary)]
        var suites: [CheckSuite] = []
        var inputs: [String] = []
        var firstError: Int32?
        for file in paths {
            var suite: CheckSuite?
            let failure = capturingFailure {
                let scenario = try ScenarioLoader.load(path: file)
                inputs += scenario.files
                let applied = try scenario.apply()
                let totals = try applied.totals()
                guard let verification = try Verification(table: applied.table, totals: totals) else {
                    throw CLIFailure.data("\(file): has no [published_sums] to verify against")
                }
                print(VerificationRenderer.text(file: file, verification, locale: locale), terminator: "")
                let published = applied.table.published
                suite = .verification(file: file, verification, sums: PublishedSumLocations.of(published),
                                      header: published?.origin, properties: properties)
            }
            if let failure {
                inputs.append(file)
                firstError = firstError ?? failure.code
                suite = .failed("verify", file: file, failure.error, properties: properties)
            }
            if let suite { suites.append(suite) }
        }
        if paths.count > 1 || paths != files {
            print(CheckSuite.summary("verify", suites))
        }
        try reportingFailures { try ci.publish(suites, command: "verify", inputs: inputs) }
        if let firstError { throw ExitCode(firstError) }
        if !suites.allSatisfy(\.passed) { throw ExitCode(1) }
    }

    /// The files named, each folder replaced by the *.toml files in it, in name order.
    /// - Throws: a folder without scenario files (exit 66).
    static func scenarioFiles(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                paths.append(argument)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: argument)
            } catch {
                throw ScenarioError.unreadable(argument, reason: "cannot list the folder")
            }
            let folder = argument.hasSuffix("/") ? argument : argument + "/"
            let found = names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted().map { folder + $0 }
                .filter { path in
                    var isDirectory: ObjCBool = false
                    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                }
            guard !found.isEmpty else {
                throw ScenarioError.unreadable(argument, reason: "the folder holds no scenario files (*.toml)")
            }
            paths += found
        }
        return paths
    }
}
