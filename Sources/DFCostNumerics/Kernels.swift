import Foundation

/// The tight loops of the Monte Carlo engine: one call per factor per block, no
/// allocation, no per-draw dispatch, and branch-free bodies where the branch would be
/// unpredictable (the triangular mode split, the normal quantile's tails).
enum Kernels {
    /// Scratch for `fillNormals`: indices and uniforms of the draws that fall in AS 241's
    /// tail regions (at most `count` entries each).
    struct TailScratch {
        let index: UnsafeMutablePointer<Int32>
        let value: UnsafeMutablePointer<Double>
    }

    /// Writes the open-interval uniforms of trials `first..<first+count` of `stream` to
    /// `out[0..<count]`. One Philox call serves a pair of trials (`2p`, `2p + 1`).
    @inline(__always)
    static func fillUniforms(_ philox: Philox, stream: UInt64, first: Int, count: Int,
                             _ out: UnsafeMutablePointer<Double>) {
        var t = first
        var i = 0
        if t & 1 == 1 && count > 0 {
            out[0] = Philox.openUniform(philox.pair(stream: stream, pair: UInt64(t >> 1)).1)
            t += 1; i = 1
        }
        while i + 1 < count {
            let (a, b) = philox.pair(stream: stream, pair: UInt64(t >> 1))
            out[i] = Philox.openUniform(a)
            out[i + 1] = Philox.openUniform(b)
            t += 2; i += 2
        }
        if i < count {
            out[i] = Philox.openUniform(philox.pair(stream: stream, pair: UInt64(t >> 1)).0)
        }
    }

    /// Maps `count` uniforms in `values` to standard normals in place, exactly as
    /// `Normal.quantile` does: the central rational function runs over every entry in a
    /// vectorizable loop, and the ~15 % of entries in the tails (|u - 0.5| > 0.425) are
    /// collected branch-free and redone with the tail formulas.
    @inline(__always)
    static func uniformsToNormals(_ values: UnsafeMutablePointer<Double>, count: Int,
                                  _ scratch: TailScratch) {
        var tails = 0
        for i in 0..<count {
            let u = values[i]
            scratch.index[tails] = Int32(truncatingIfNeeded: i)
            scratch.value[tails] = u
            tails &+= abs(u - 0.5) > 0.425 ? 1 : 0
        }
        for i in 0..<count {
            let q = values[i] - 0.5
            values[i] = Normal.central(q)
        }
        for k in 0..<tails {
            let u = scratch.value[k]
            values[Int(scratch.index[k])] = Normal.tail(u, u - 0.5)
        }
    }

    /// Applies a factor's quantile to `count` inputs. `inputIsNormal`: inputs are copula
    /// normals `z` (so `u = Phi(z)`; lognormal uses `z` directly); otherwise uniforms `u`.
    static func applyQuantile(_ kernel: FactorKernel, inputIsNormal: Bool, count: Int,
                              _ input: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>) {
        let table = UnsafePointer(NormalTable.table)
        switch kernel {
        case .triangular(let low, let high, let c, let a, let b):
            if inputIsNormal {
                for i in 0..<count {
                    out[i] = triangular(NormalTable.cdf(input[i], table), low, high, c, a, b)
                }
            } else {
                for i in 0..<count { out[i] = triangular(input[i], low, high, c, a, b) }
            }
        case .uniform(let low, let width):
            if inputIsNormal {
                for i in 0..<count { out[i] = low + width * NormalTable.cdf(input[i], table) }
            } else {
                for i in 0..<count { out[i] = low + width * input[i] }
            }
        case .pert(let low, let width, let beta):
            for i in 0..<count {
                let u = inputIsNormal ? NormalTable.cdf(input[i], table) : input[i]
                out[i] = low + width * beta.quantile(u)
            }
        case .lognormal(let mu, let sigma):
            for i in 0..<count {
                let z = inputIsNormal ? input[i] : Normal.quantile(input[i])
                out[i] = exp(mu + sigma * z)
            }
        }
    }

    /// Branch-free triangular quantile (both sides computed as selects).
    @inline(__always)
    static func triangular(_ u: Double, _ low: Double, _ high: Double, _ c: Double,
                           _ a: Double, _ b: Double) -> Double {
        let below = u < c
        let r = (below ? u * a : (1 - u) * b).squareRoot()
        return below ? low + r : high - r
    }
}
