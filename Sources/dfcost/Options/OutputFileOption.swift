import ArgumentParser

/// `-o`/`--output` of a command that writes its result to standard output unless told otherwise
/// (`-` names standard output): totals, compare, explain, simulate and report.
struct OutputFileOption: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(ChosenLanguage.help.options.output, valueName: valueName("output")), completion: .file())
    var output: String?
}
