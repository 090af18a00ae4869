import ArgumentParser
import DFCostApp
import DFCostNotation
import DFCostRender
import DFCostScenario
import Foundation

/// `dfcost sweep BASE --vary ...`: every combination of varied parameters, streamed as CSV.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run every combination of a few varied parameters; one CSV row per combination with its yearly totals.",
        discussion: """
            --vary takes KIND:TARGET=VALUES:
              condition:fm-phaseout=delayed:0..3          every delay from 0 to 3 years
              condition:fm-phaseout=full|none|share:0.5   listed states
              scale:solution:e-resept=0.8..1.5:0.1        factors from 0.8 to 1.5 in steps of 0.1
              shift:tag:dokumentdeling=0..1               delays in years (a cell moved past the table's last year is an error)
            The first --vary varies slowest. Totals are exact.
            """)

    @Argument(help: "The base scenario file.", completion: .file(extensions: ["toml"]))
    var base: String

    @Option(name: .customLong("vary"), help: ArgumentHelp("A varied parameter (repeatable); see below.", valueName: "kind:target=values"))
    var vary: [String] = []

    @OptionGroup var whatIfs: WhatIfOptions

    @Option(help: "CSV dialect: rfc4180 (default here: comma, decimal point) or excel.")
    var csv: CSVDialect = .rfc4180

    @Option(name: [.short, .customLong("output")], help: "Write to this file atomically instead of standard output.", completion: .file())
    var output: String?

    @Option(help: "Language of warnings: nb or en. (The CSV's numbers follow --csv.)")
    var locale: DFCostRender.Language = .nb

    func validate() throws {
        guard !vary.isEmpty else { throw refused(.noVary) }
    }

    func run() throws {
        try reportingFailures {
            try OutputWriter.preflight(output, inputs: [base])
            let scenario = try ScenarioLoader.load(path: base)
            let parameters = try vary.map { try SweepParameter.parse($0) }
            let sweep = try SweepRequest(scenario: scenario, parameters: parameters, whatIfs: whatIfs.applyOptions()).run()
            for warning in sweep.notices { printError(locale.warning(warning)) }
            let stream = try OutputFile(path: output, inputs: scenario.files)
            try LongRun.run(label: "sweep", abandon: { stream.abandon() }) { progress, isCancelled in
                try SweepCSVWriter(dialect: csv).write(sweep, sink: { try stream.write($0) }, shouldStop: isCancelled,
                                                       progress: { progress?($0) })
            }
            if Interruption.requested {
                stream.abandon()
                throw ExitCode(130)
            }
            try stream.commit()
        }
    }
}
