import ArgumentParser
import DFCostNotation
import DFCostRender
import Foundation

/// The `dfcost` command: a thin driver over the libraries. It parses arguments, calls the
/// library, renders, writes, and maps failures to sysexits codes.
@main
struct DFCost: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dfcost",
        abstract: ChosenLanguage.help.root.abstract,
        discussion: ChosenLanguage.help.root.discussion,
        version: BuildInfo.versionText,
        subcommands: [Totals.self, Verify.self, Compare.self, Explain.self, SweepCommand.self, Simulate.self,
                      ReportCommand.self, ImportCommand.self, Serve.self]
    )

    static func main() {
        // The Swift runtime of a statically linked build reads the arguments from /proc; without
        // /proc (a bare chroot) they would be silently empty and every command would print help.
        guard !CommandLine.arguments.isEmpty else {
            printFailure("dfcost: cannot read the command line: /proc/self/cmdline is not readable (is /proc mounted?)")
            Foundation.exit(70)
        }
        Interruption.install()
        // A misspelled subcommand: one line naming it, with the nearest name.
        let names = configuration.subcommands.map { $0._commandName }
        if let failure = CommandLineFailure.unknownSubcommand(in: Array(CommandLine.arguments.dropFirst()), subcommands: names) {
            printFailure(ChosenLanguage.current.words(failure))
            Foundation.exit(failure.exitStatus.code)
        }
        do {
            var command = try parseAsRoot(parsedArguments(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            // A help request in the chosen language (the parser writes its headings in English).
            if let help = translatedHelp(for: error) {
                print(help)
                Foundation.exit(0)
            }
            // A usage error of the parser (or a refused combination of flags) is one error line in
            // the chosen language, with the nearest option for a misspelled one; help, version
            // and the codes of failures already printed go as the parser sends them.
            let code = exitCode(for: error)
            let full = fullMessage(for: error)
            guard code != .success, !full.isEmpty,
                  var usage = ParserUsageError(fullText: full, message: message(for: error)) else { exit(withError: error) }
            usage.knownOptions = knownOptions(Array(CommandLine.arguments.dropFirst()))
            printFailure(ChosenLanguage.current.words(usage))
            Foundation.exit(code.rawValue)
        }
    }
}
