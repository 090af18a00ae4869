import Foundation

/// The tight loops of the Monte Carlo engine: one call per factor per block, no
/// allocation, no per-draw dispatch, and branch-free bodies where the branch would be
/// unpredictable (the triangular mode split, the normal quantile's tails).
enum Kernels {
    /// Scratch for `uniformsToNormals`: indices and working values of the draws that fall
    /// in AS 241's tail regions (at most `count` entries each).
    struct TailScratch {
        let index: UnsafeMutablePointer<Int32>
        let value: UnsafeMutablePointer<Double>
    }

    /// Writes the open-interval uniforms of trials `first..<first+count` of `stream` to
    /// `out[0..<count]`. One Philox call serves a pair of trials (`2p`, `2p + 1`).
    ///
    /// The whole pairs run through `fillPairs`, a loop the compiler vectorizes (the 32 x 32
    /// -> 64-bit products map to `pmuludq`); an odd first or last trial takes the scalar path.
    /// Bit-identical to `Philox.openUniform(philox.pair(...))` per trial.
    @inline(__always)
    static func fillUniforms(_ philox: Philox, stream: UInt64, first: Int, count: Int,
                             _ out: UnsafeMutablePointer<Double>) {
        var t = first
        var i = 0
        if t & 1 == 1 && count > 0 {
            out[0] = Philox.openUniform(philox.pair(stream: stream, pair: UInt64(t >> 1)).1)
            t += 1; i = 1
        }
        let pairs = (count - i) / 2
        fillPairs(seed: philox.seed, stream: stream, firstPair: t >> 1, pairs: pairs, out + i)
        t += 2 * pairs; i += 2 * pairs
        if i < count {
            out[i] = Philox.openUniform(philox.pair(stream: stream, pair: UInt64(t >> 1)).0)
        }
    }

    /// Uniforms of the trial pairs `firstPair..<firstPair+pairs` (k = 0) to `out[0..<2 pairs]`:
    /// Philox4x32-10 on the counter `(pair, 0, stream lo, stream hi)`, words 0-1 for the even
    /// trial and 2-3 for the odd one, each mapped as `Philox.openUniform` does. The 53-bit
    /// integer `x >> 11` of `x = w0 | w1 << 32` is `w1 * 2^21 + (w0 >> 11)`, formed from two
    /// exact `UInt32 -> Double` conversions (which vectorize, unlike `UInt64 -> Double`).
    /// - Precondition: the pair indices fit in 32 bits (trials < 2^33).
    @inline(__always)
    static func fillPairs(seed: UInt64, stream: UInt64, firstPair: Int, pairs: Int,
                          _ out: UnsafeMutablePointer<Double>) {
        let s0 = UInt32(truncatingIfNeeded: stream), s1 = UInt32(truncatingIfNeeded: stream >> 32)
        let key0 = UInt32(truncatingIfNeeded: seed), key1 = UInt32(truncatingIfNeeded: seed >> 32)
        let fp = UInt32(truncatingIfNeeded: firstPair)
        for i in 0..<max(pairs, 0) {
            var x0 = fp &+ UInt32(truncatingIfNeeded: i), x1: UInt32 = 0, x2 = s0, x3 = s1
            var k0 = key0, k1 = key1
            for round in 0..<10 {
                if round > 0 { k0 = k0 &+ 0x9E37_79B9; k1 = k1 &+ 0xBB67_AE85 }
                let p0 = UInt64(x0) &* 0xD251_1F53
                let p1 = UInt64(x2) &* 0xCD9E_8D57
                x0 = UInt32(truncatingIfNeeded: p1 >> 32) ^ x1 ^ k0
                x1 = UInt32(truncatingIfNeeded: p1)
                x2 = UInt32(truncatingIfNeeded: p0 >> 32) ^ x3 ^ k1
                x3 = UInt32(truncatingIfNeeded: p0)
            }
            out[2 * i] = (exact(x1) * 0x1.0p21 + exact(x0 >> 11) + 0.5) * 0x1.0p-53
            out[2 * i + 1] = (exact(x3) * 0x1.0p21 + exact(x2 >> 11) + 0.5) * 0x1.0p-53
        }
    }

    /// `Double(x)`, exactly, without a conversion instruction: `x` placed in the low bits
    /// of the significand of 2^52 (bit pattern `0x4330...`) gives `2^52 + x`, and the
    /// subtraction of 2^52 is exact. An integer OR and a float subtraction vectorize on
    /// every x86-64 level, where SSE2 and AVX2 have no unsigned 32-bit to double conversion
    /// and the compiler otherwise converts one lane at a time.
    @inline(__always)
    static func exact(_ x: UInt32) -> Double {
        Double(bitPattern: 0x4330_0000_0000_0000 | UInt64(x)) - 0x1.0p52
    }

    /// Maps `count` uniforms in `values` to standard normals in place, exactly as
    /// `Normal.quantile` does: the central rational function runs over every entry in a
    /// vectorizable loop, and the ~15 % of entries in the tails (|u - 0.5| > 0.425) are
    /// collected branch-free (indices only) and redone with the tail formula in compact
    /// passes: `-log` of the smaller tail probability (a libm call per entry, before the
    /// central pass overwrites the uniforms), AS 241's `r <= 5` rational function
    /// (vectorized), and a scatter back after the central pass. A call with an entry outside
    /// (0, 1) takes `Normal.quantile` per entry, one with `r` possibly above 5 (u within
    /// 2.3e-11 of either end) `Normal.tailValue`: the same arithmetic, so the same bits.
    @inline(__always)
    static func uniformsToNormals(_ values: UnsafeMutablePointer<Double>, count: Int,
                                  _ scratch: TailScratch) {
        // Indices of the tail entries (branch-free compaction).
        // The sign bit of 0.425 - |u - 0.5| is set exactly when |u - 0.5| > 0.425 (a
        // rounded difference has the sign of the exact one): a count without a compare, which
        // the compiler would otherwise turn into a branch mispredicted on 15 % of the entries.
        var tails = 0
        for i in 0..<count {
            scratch.index[tails] = Int32(truncatingIfNeeded: i)
            let inside = 0.425 - abs(values[i] - 0.5)
            tails &+= Int(truncatingIfNeeded: inside.bitPattern >> 63)
        }
        // -log(min(u, 1 - u)) as Normal.tail forms it, read before the central pass
        // overwrites the uniforms; the sign goes into the index (~i for the lower tail, whose
        // normal is negative).
        var far = false, unusual = false
        for k in 0..<tails {
            let i = scratch.index[k]
            let u = values[Int(i)], q = u - 0.5
            unusual = unusual || !(u > 0 && u < 1)  // 0, 1, outside or NaN: Normal.tail's guard
            let lower = q < 0
            let t = -log(lower ? u : 1 - u)
            scratch.value[k] = t
            far = far || t > 24.5  // r = sqrt(t) may exceed 5: AS 241's far branch
            scratch.index[k] = lower ? ~i : i
        }
        if unusual {
            for i in 0..<count { values[i] = Normal.quantile(values[i]) }
            return
        }
        if far {
            for k in 0..<tails { scratch.value[k] = Normal.tailValue(scratch.value[k]) }
        } else {
            for k in 0..<tails {
                // `abs` of t >= 0 lets sqrt vectorize (no errno path).
                scratch.value[k] = Normal.tailNear(abs(scratch.value[k]).squareRoot())
            }
        }
        for i in 0..<count {
            let q = values[i] - 0.5
            values[i] = Normal.central(q)
        }
        for k in 0..<tails {
            let i = scratch.index[k], v = scratch.value[k]
            values[Int(i < 0 ? ~i : i)] = i < 0 ? -v : v
        }
    }

    /// Applies a factor's quantile to `count` inputs. `inputIsNormal`: inputs are copula
    /// normals `z` (so `u = Phi(z)`; lognormal uses `z` directly); otherwise uniforms `u`.
    /// `node` is scratch for `count` table indices.
    static func applyQuantile(_ kernel: FactorKernel, inputIsNormal: Bool, count: Int,
                              _ input: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>,
                              node: UnsafeMutablePointer<Int32>) {
        let table = UnsafePointer(NormalTable.table)
        switch kernel {
        case .triangular(let low, let high, let c, let a, let b):
            if inputIsNormal {
                // Phi by the table in three passes, so that two of them vectorize: the
                // node and Taylor sum (no table access), the table lookup (scalar: SSE2 has
                // no gather), the quantile. Inputs outside the table are redone after.
                var miss: UInt64 = 0
                for i in 0..<count {
                    let (k, sum, m) = NormalTable.taylor(input[i])
                    out[i] = sum
                    node[i] = Int32(truncatingIfNeeded: k)
                    miss |= m
                }
                for i in 0..<count { out[i] = NormalTable.combine(Int(node[i]), out[i], table) }
                for i in 0..<count { out[i] = triangular(out[i], low, high, c, a, b) }
                if miss != 0 {
                    for i in 0..<count where NormalTable.taylor(input[i]).miss != 0 {
                        out[i] = triangular(Normal.cdf(input[i]), low, high, c, a, b)
                    }
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
        case .quantile(let distribution):
            for i in 0..<count {
                out[i] = distribution.quantile(inputIsNormal ? NormalTable.cdf(input[i], table) : input[i])
            }
        }
    }

    /// Branch-free triangular quantile (both sides computed as selects).
    @inline(__always)
    static func triangular(_ u: Double, _ low: Double, _ high: Double, _ c: Double,
                           _ a: Double, _ b: Double) -> Double {
        let below = u < c
        // `abs` of a value that is never negative: it tells the compiler that C's sqrt cannot
        // set errno here, so the loop vectorizes (sqrtpd) instead of keeping a libm call.
        let r = abs(below ? u * a : (1 - u) * b).squareRoot()
        return below ? low + r : high - r
    }
}
