import ArgumentParser
import DFCostRender

/// How failed checks are also printed for a CI system.
enum AnnotationFormat: String, CaseIterable, ExpressibleByArgument {
    /// GitHub Actions workflow commands: `::error file=F,line=L,col=C::message`.
    case github
}

/// `--junit FILE` and `--annotations github`: the verdicts of `verify` and
/// `compare --fail-on-change` in the forms CI systems read.
struct CIReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        ChosenLanguage.help.options.junit,
        valueName: valueName("file")), completion: .file())
    var junit: String?

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.annotations, valueName: valueName("annotations")))
    var annotations: AnnotationFormat?

    func validate() throws {
        if junit == "-" || junit == "" { throw refused(.junitNeedsFile) }
    }

    /// Prints the annotations and writes the JUnit report, if asked for.
    /// - Parameters:
    ///   - command: "verify" or "compare", for the report's name and the annotations' titles.
    ///   - inputs: every file read, which the report may not overwrite.
    func publish(_ suites: [CheckSuite], command: String, inputs: [String]) throws {
        if annotations == .github {
            print(GitHubAnnotations.render(suites, title: "dfcost \(command)"), terminator: "")
        }
        if let junit {
            try OutputWriter(path: junit, inputs: inputs).write(JUnitReport.render(suites, name: "dfcost \(command)"))
        }
    }
}
