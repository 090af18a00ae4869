/// Knobs and hooks for `MonteCarlo.run`.
///
/// The closures are called on the thread that called `run`, between waves of blocks, so
/// they need not be `Sendable`; for the same reason `SimulationOptions` is not `Sendable`.
public struct SimulationOptions {
    /// Percentile probabilities (non-exceedance), each in [0, 1].
    public var percentiles: [Double]
    /// Thresholds for `P(column > threshold)`, keyed by column name (`"total"`, an output
    /// name, or a cumulative column name such as `"2024..2025"`).
    public var thresholds: [String: [Double]]
    /// How many leading trials (indices `0..<n`) the sensitivity analysis uses; 0 = none.
    /// Their cross-products are accumulated while they stream (see `Sensitivity`); their
    /// values are kept at Float32 for the rank correlations: memory `n * (4 * factors + 8)`
    /// bytes plus `(factors + 1)^2 * 8` per block summary. Ignored by `runPaired`.
    public var sensitivitySampleSize: Int
    /// Receives the per-trial samples block by block, in trial order (for `--samples-out`).
    /// Enabling it makes every factor be evaluated. Ignored by `runPaired`.
    public var sampleSink: ((SampleBlock) throws -> Void)?
    /// Receives the fraction of trials done, in (0, 1], after each wave of blocks.
    public var progress: ((Double) -> Void)?
    /// Polled between waves; returning true stops the run with `SimulationError.cancelled`.
    public var isCancelled: (() -> Bool)?
    /// How each factor's uniforms are drawn (plain Monte Carlo unless asked).
    public var sampling: SamplingMethod

    /// Defaults: P10, P50, P85, P90; no thresholds, sample, sink or hooks.
    public init(percentiles: [Double] = [0.10, 0.50, 0.85, 0.90],
                thresholds: [String: [Double]] = [:],
                sensitivitySampleSize: Int = 0,
                sampleSink: ((SampleBlock) throws -> Void)? = nil,
                progress: ((Double) -> Void)? = nil,
                isCancelled: (() -> Bool)? = nil,
                sampling: SamplingMethod = .plain) {
        self.percentiles = percentiles
        self.thresholds = thresholds
        self.sensitivitySampleSize = sensitivitySampleSize
        self.sampleSink = sampleSink
        self.progress = progress
        self.isCancelled = isCancelled
        self.sampling = sampling
    }
}

/// A run of consecutive trials handed to `SimulationOptions.sampleSink`.
public struct SampleBlock: Sendable {
    /// Index of the first trial in the block.
    public let firstTrial: Int
    /// Number of trials in the block.
    public let count: Int
    /// Factor ids, in spec order.
    public let factorIDs: [String]
    /// Output names, in spec order.
    public let outputNames: [String]
    let factorValues: [Double]  // factor-major: j * count + r
    let states: [Int32]         // event-major
    let outputValues: [Double]  // output-major

    /// Value of factor `factor` in the block's row `row` (trial `firstTrial + row`).
    public func factor(_ factor: Int, row: Int) -> Double { factorValues[factor * count + row] }
    /// State of event `event` in row `row`.
    public func state(_ event: Int, row: Int) -> Int { Int(states[event * count + row]) }
    /// Output `output` in row `row`.
    public func output(_ output: Int, row: Int) -> Double { outputValues[output * count + row] }
}
