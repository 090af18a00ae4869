import ArgumentParser
import DFCostApp
import DFCostRender
import DFCostScenario

/// `dfcost verify FILE|FOLDER...`: recompute the sums and compare them with the published ones.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: ChosenLanguage.help.verify.abstract,
        discussion: ChosenLanguage.help.verify.discussion)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.verify.files, valueName: valueName("file-or-folder")), completion: .file(extensions: ["toml"]))
    var files: [String]

    @OptionGroup var language: LocaleOption
    var locale: DFCostRender.Language { language.locale }

    @OptionGroup(title: ChosenLanguage.help.options.ciReports) var ci: CIReportOptions

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
        // Nothing compared at all (every file extends another and has no sums of its own): a CI
        // job must not pass on a check that checked nothing.
        if !suites.isEmpty, suites.allSatisfy(\.verifiedNothing) {
            printError(locale.labels.verification.nothingVerified)
            throw ExitCode(1)
        }
    }
}
