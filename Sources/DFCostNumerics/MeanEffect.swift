import Dispatch

/// How far the mean of the total moves across the values of one input: the "change in output
/// mean" of a tornado, for continuous and discrete inputs alike.
///
/// The sensitivity sample's trials are put in bins by the input: a factor's ten deciles of its
/// own distribution (the bin edges are its quantiles at 0.1, ..., 0.9, so each bin holds a tenth
/// of the trials in expectation), an event's states. In each bin the total's mean is taken; the
/// effect is the spread between the lowest and the highest bin mean, in the total's unit (MNOK).
/// An input that does not move the total has bin means that differ by sampling noise only.
public struct MeanEffect: Sendable, Equatable {
    /// What the input is.
    public enum Input: Sendable, Equatable {
        /// Factor `index` of the spec (a line's factor, a shared factor or a driver).
        case factor(Int)
        /// Event `index` of the spec (an uncertain condition).
        case event(Int)
    }
    /// The input.
    public var input: Input
    /// Its id (the factor's or event's).
    public var id: String
    /// The total's mean in each bin (deciles or states), nil for a bin without trials.
    public var binMeans: [Double?]
    /// Trials in each bin.
    public var binCounts: [Int]

    /// The lowest bin mean (0 without trials).
    public var low: Double { binMeans.compactMap { $0 }.min() ?? 0 }
    /// The highest bin mean (0 without trials).
    public var high: Double { binMeans.compactMap { $0 }.max() ?? 0 }
    /// `high - low`: the measure a tornado ranks by.
    public var spread: Double { high - low }

    /// The effects of every factor (binned at `edges[j]`) and every event (`states[e]` states)
    /// on `totals`, from the sample `values` (factor-major Float32, `size` per factor) and
    /// `stateRows` (event-major). Factors are spread over `threads` threads; each factor's sums
    /// run in trial order, so the result does not depend on the thread count.
    static func compute(ids: (factors: [String], events: [String]), edges: [[Double]], values: UnsafeBufferPointer<Float>,
                        states: [Int], stateRows: UnsafeBufferPointer<Int32>, totals: UnsafeBufferPointer<Double>,
                        size n: Int, threads: Int) -> [MeanEffect] {
        let k = edges.count
        var factorEffects = [MeanEffect?](repeating: nil, count: k)
        let lanes = max(1, min(threads, k))
        factorEffects.withUnsafeMutableBufferPointer { out in
            let slots = EffectSlots(base: out.baseAddress!)
            let shared = EffectInputs(values: values, totals: totals)
            DispatchQueue.concurrentPerform(iterations: k == 0 ? 0 : lanes) { lane in
                var j = lane
                while j < k {
                    let cuts = edges[j]
                    var sums = [Double](repeating: 0, count: cuts.count + 1)
                    var counts = [Int](repeating: 0, count: cuts.count + 1)
                    let column = shared.values.baseAddress! + j * n
                    for r in 0..<n {
                        let x = Double(column[r])
                        var b = 0
                        while b < cuts.count && x >= cuts[b] { b += 1 }
                        sums[b] += shared.totals[r]
                        counts[b] += 1
                    }
                    slots.base[j] = MeanEffect(input: .factor(j), id: ids.factors[j],
                                               binMeans: zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : nil },
                                               binCounts: counts)
                    j += lanes
                }
            }
        }
        var effects = factorEffects.map { $0! }
        for (e, count) in states.enumerated() {
            var sums = [Double](repeating: 0, count: count)
            var counts = [Int](repeating: 0, count: count)
            let row = stateRows.baseAddress! + e * n
            for r in 0..<n {
                let s = Int(row[r])
                sums[s] += totals[r]
                counts[s] += 1
            }
            effects.append(MeanEffect(input: .event(e), id: ids.events[e],
                                      binMeans: zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : nil },
                                      binCounts: counts))
        }
        return effects
    }

    /// A factor's decile edges: its distribution's quantiles at 0.1, ..., 0.9.
    static func decileEdges(_ d: FactorDistribution) -> [Double] {
        (1...9).map { d.quantile(Double($0) / 10) }
    }
}

/// Per-factor result slots written by the effect workers, each its own index.
private struct EffectSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<MeanEffect?>
}

/// The sample the effect workers only read.
private struct EffectInputs: @unchecked Sendable {
    let values: UnsafeBufferPointer<Float>
    let totals: UnsafeBufferPointer<Double>
}
