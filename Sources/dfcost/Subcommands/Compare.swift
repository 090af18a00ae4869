import ArgumentParser
import DFCostApp
import DFCostRender
import DFCostScenario

/// `dfcost compare BASE OTHER...`: what changes between scenarios, and why.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: ChosenLanguage.help.compare.abstract,
        discussion: ChosenLanguage.help.compare.discussion)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.compare.base, valueName: valueName("base")), completion: .file(extensions: ["toml"]))
    var base: String

    @Argument(help: ArgumentHelp(ChosenLanguage.help.compare.others, valueName: valueName("others")), completion: .file(extensions: ["toml"]))
    var others: [String]

    @OptionGroup(title: ChosenLanguage.help.compare.whatIfsTitle) var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp(ChosenLanguage.help.compare.by, valueName: valueName("by")))
    var by: Breakdown?

    @Flag(help: ArgumentHelp(ChosenLanguage.help.compare.sideBySide))
    var sideBySide = false

    @Option(help: ArgumentHelp(ChosenLanguage.help.compare.against, valueName: valueName("against")))
    var against: Comparison.Against?

    @Flag(help: ArgumentHelp(ChosenLanguage.help.compare.failOnChange))
    var failOnChange = false

    @OptionGroup(title: ChosenLanguage.help.compare.ciTitle) var ci: CIReportOptions

    func validate() throws {
        if output.format == .xlsx, output.output == nil || output.output == "-" {
            throw refused(.workbookNeedsFile)
        }
        guard !others.isEmpty else { throw refused(.noOthers) }
        if by == .payer && (sideBySide || against != nil) {
            throw refused(.payersNotSideBySide)
        }
        if (ci.junit != nil || ci.annotations != nil) && !failOnChange {
            throw refused(.checksNeedFailOnChange)
        }
        if let junit = ci.junit, let out = output.output, OutputFile.canonical(junit) == OutputFile.canonical(out) {
            throw refused(.junitIsOutput)
        }
    }

    func run() throws {
        var result: CompareResult?
        try reportingFailures { try OutputWriter.preflight(output.output, ci.junit, inputs: [base] + others) }
        let failure = capturingFailure {
            let compared: CompareResult
            do {
                compared = try request().run()
            } catch let error as CompareFailure {
                result = error.completed
                for warning in error.completed.notices { printError(output.locale.warning(warning)) }
                throw error
            }
            result = compared
            for warning in compared.notices { printError(output.locale.warning(warning)) }
            try write(compared)
        }
        let (suites, inputs) = checkSuites(result, failure: failure?.error)
        try reportingFailures { try ci.publish(suites, command: "compare", inputs: inputs) }
        if let failure { throw ExitCode(failure.code) }
        if failOnChange && result?.hasChanges == true { throw ExitCode(1) }
    }
}

extension Comparison.Against: ExpressibleByArgument {}
