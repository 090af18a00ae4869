import ArgumentParser
import DFCostNumerics

/// How a Monte Carlo run is sized and seeded: shared by `simulate` and `report --simulate`.
struct SimulationRunOptions: ParsableArguments {
    // .unconditional: `--trials -5` reaches validate() and is reported as out of range, instead of
    // ArgumentParser reading -5 as an option and reporting a missing value.
    @Option(parsing: .unconditional, help: "Number of trials (1 to 8 589 934 592).")
    var trials: Int = 100_000

    @Option(help: "Random seed; the same seed reproduces the result exactly.")
    var seed: UInt64 = 1

    @Option(help: "Worker threads (default: every core). The result does not depend on it.")
    var threads: Int?

    @Option(help: ArgumentHelp("How the trials sample each factor: plain (independent draws) or lhs (Latin hypercube: each factor's draws one per stratum, standard errors from 10 independent replicates).", valueName: "plain|lhs"))
    var sampling: SamplingMethod = .plain

    func validate() throws {
        guard trials >= 1, trials <= MonteCarlo.maxTrials else {
            throw refused(.trialsOutOfRange(trials, maximum: MonteCarlo.maxTrials))
        }
        if let threads, threads < 1 || threads > 1024 { throw refused(.threadsOutOfRange) }
    }
}

extension SamplingMethod: ExpressibleByArgument {}
