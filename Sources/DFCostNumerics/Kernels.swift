/// The tight loops of the Monte Carlo engine: one call per factor per block, no
/// allocation, no per-draw dispatch.
enum Kernels {
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

    /// Like `fillUniforms`, then maps each uniform to a standard normal (AS 241).
    @inline(__always)
    static func fillNormals(_ philox: Philox, stream: UInt64, first: Int, count: Int,
                            _ out: UnsafeMutablePointer<Double>) {
        fillUniforms(philox, stream: stream, first: first, count: count, out)
        for i in 0..<count { out[i] = Normal.quantile(out[i]) }
    }

    /// Applies a factor's quantile to `count` inputs. `inputIsNormal`: inputs are copula
    /// normals `z` (so `u = Phi(z)`; lognormal uses `z` directly); otherwise uniforms `u`.
    static func applyQuantile(_ kernel: FactorKernel, inputIsNormal: Bool, count: Int,
                              _ input: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>) {
        switch kernel {
        case .triangular(let low, let high, let c, let a, let b):
            if inputIsNormal {
                for i in 0..<count {
                    out[i] = triangular(Normal.cdf(input[i]), low, high, c, a, b)
                }
            } else {
                for i in 0..<count { out[i] = triangular(input[i], low, high, c, a, b) }
            }
        case .uniform(let low, let width):
            if inputIsNormal {
                for i in 0..<count { out[i] = low + width * Normal.cdf(input[i]) }
            } else {
                for i in 0..<count { out[i] = low + width * input[i] }
            }
        case .pert(let low, let width, let beta):
            for i in 0..<count {
                let u = inputIsNormal ? Normal.cdf(input[i]) : input[i]
                out[i] = low + width * beta.quantile(u)
            }
        case .lognormal(let mu, let sigma):
            for i in 0..<count {
                let z = inputIsNormal ? input[i] : Normal.quantile(input[i])
                out[i] = exp(mu + sigma * z)
            }
        }
    }

    @inline(__always)
    static func triangular(_ u: Double, _ low: Double, _ high: Double, _ c: Double,
                           _ a: Double, _ b: Double) -> Double {
        u < c ? low + (u * a).squareRoot() : high - ((1 - u) * b).squareRoot()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
