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
        abstract: ChosenLanguage.help.sweep.abstract,
        discussion: ChosenLanguage.help.sweep.discussion)

    @Argument(help: ArgumentHelp(ChosenLanguage.help.sweep.base, valueName: valueName("base")), completion: .file(extensions: ["toml"]))
    var base: String

    @Option(name: .customLong("vary"), help: ArgumentHelp(ChosenLanguage.help.sweep.vary, valueName: valueName("kind:target=values")))
    var vary: [String] = []

    @OptionGroup var whatIfs: WhatIfOptions

    @Option(help: ArgumentHelp(ChosenLanguage.help.sweep.csv, valueName: valueName("csv")))
    var csv: CSVDialect = .rfc4180

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(ChosenLanguage.help.sweep.output, valueName: valueName("output")), completion: .file())
    var output: String?

    @Option(help: ArgumentHelp(ChosenLanguage.help.sweep.locale, valueName: valueName("locale")))
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
