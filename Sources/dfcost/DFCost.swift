import ArgumentParser

/// The `dfcost` command: a thin driver over the libraries. It parses arguments, calls the
/// library, renders, writes, and maps failures to sysexits codes.
@main
struct DFCost: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dfcost",
        abstract: "Forecast and scenarios for the yearly increase in D&F costs of Norway's national e-health solutions.",
        discussion: """
            Amounts are MNOK, exact decimals. Exit codes: 0 ok, 1 verify/compare found a \
            difference, 64 usage, 65 bad data, 66 missing input, 73 cannot create output, \
            130 interrupted.
            """,
        version: "0.1.0",
        subcommands: [Totals.self, Verify.self, Compare.self, Explain.self, SweepCommand.self, Simulate.self,
                      ReportCommand.self, ImportCommand.self]
    )

    static func main() {
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
