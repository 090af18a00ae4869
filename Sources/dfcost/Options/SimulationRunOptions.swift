import ArgumentParser
import DFCostNumerics

/// How a Monte Carlo run is sized and seeded: shared by `simulate` and `report --simulate`.
struct SimulationRunOptions: ParsableArguments {
    // .unconditional: `--trials -5` and `--seed -1` reach validate() and are refused in words,
    // instead of ArgumentParser reading -5 as an option and reporting a missing value.
    @Option(name: .customLong("trials"), parsing: .unconditional, help: ArgumentHelp(ChosenLanguage.help.options.trials, valueName: valueName("trials")))
    var typedTrials = TypedCount(100_000)

    @Option(name: .customLong("seed"), parsing: .unconditional, help: ArgumentHelp(ChosenLanguage.help.options.seed, valueName: valueName("seed")))
    var typedSeed = TypedSeed(1)

    @Option(name: .customLong("threads"), parsing: .unconditional, help: ArgumentHelp(ChosenLanguage.help.options.threads, valueName: valueName("threads")))
    var typedThreads: TypedCount?

    var trials: Int { typedTrials.number }
    var seed: UInt64 { typedSeed.seed ?? 1 }
    var threads: Int? { typedThreads?.number }

    @Option(help: ArgumentHelp(ChosenLanguage.help.options.sampling, valueName: valueName("plain|lhs")))
    var sampling: SamplingMethod = .plain

    func validate() throws {
        let trials = try typedTrials.checked("--trials")
        _ = try typedSeed.checked()
        let threads = try typedThreads?.checked("--threads")
        guard trials >= 1, trials <= MonteCarlo.maxTrials else {
            throw refused(.trialsOutOfRange(trials, maximum: MonteCarlo.maxTrials))
        }
        if let threads, threads < 1 || threads > 1024 { throw refused(.threadsOutOfRange) }
    }
}

extension SamplingMethod: ExpressibleByArgument {}
