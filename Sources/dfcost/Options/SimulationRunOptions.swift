import ArgumentParser
import DFCostNumerics

/// How a Monte Carlo run is sized and seeded: shared by `simulate` and `report --simulate`.
struct SimulationRunOptions: ParsableArguments {
    // .unconditional: `--trials -5` reaches validate() and is reported as out of range, instead of
    // ArgumentParser reading -5 as an option and reporting a missing value.
    @Option(parsing: .unconditional, help: ArgumentHelp(ChosenLanguage.help.options.trials))
    var trials: Int = 100_000

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.seed))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.threads))
    var threads: Int?

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.sampling, valueName: "plain|lhs"))
    var sampling: SamplingMethod = .plain

    func validate() throws {
        guard trials >= 1, trials <= MonteCarlo.maxTrials else {
            throw refused(.trialsOutOfRange(trials, maximum: MonteCarlo.maxTrials))
        }
        if let threads, threads < 1 || threads > 1024 { throw refused(.threadsOutOfRange) }
    }
}

extension SamplingMethod: ExpressibleByArgument {}
