import ArgumentParser
import DFCostApp
import DFCostRender
import DFCostScenario

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

    @Argument(help: ArgumentHelp("Scenario files with [published_sums], or folders of them.", valueName: "file-or-folder"), completion: .file(extensions: ["toml"]))
    var files: [String]

    @OptionGroup var language: LocaleOption
    var locale: DFCostRender.Language { language.locale }

    @OptionGroup(title: "CI reports") var ci: CIReportOptions

    func validate() throws {
        guard !files.isEmpty else { throw refused(.noFilesToVerify) }
    }

    func run() throws {
        let request = VerifyRequest(files)
        let paths = try reportingFailures { try request.files() }
        try reportingFailures { try OutputWriter.preflight(ci.junit, inputs: files) }
        var suites: [CheckSuite] = [], inputs: [String] = [], firstError: Int32?
        for file in paths {
            var checked: FileVerification?
            if let failure = capturingFailure({ checked = try request.check(file) }) {
                inputs.append(file)
                firstError = firstError ?? failure.code
                suites.append(.failed("verify", file: file, failure.error, properties: Self.properties))
            } else if let checked {
                inputs += checked.inputs
                suites.append(Self.printed(checked, locale: locale))
            }
        }
        if paths.count > 1 || paths != files { print(CheckSuite.summary("verify", suites, locale: locale)) }
        try reportingFailures { try ci.publish(suites, command: "verify", inputs: inputs) }
        if let firstError { throw ExitCode(firstError) }
        if !suites.allSatisfy(\.passed) { throw ExitCode(1) }
    }
}
