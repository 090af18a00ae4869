/// Philox4x32-10, the counter-based generator of Salmon et al. (SC'11, "Parallel random
/// numbers: as easy as 1, 2, 3"), as used by Random123, NumPy and cuRAND.
///
/// A counter-based generator is a keyed bijection: `output = philox(key, counter)`. There is
/// no state to advance, so any draw can be computed directly from its coordinates. dfcost
/// lays the coordinates out as
///
///     key     = (seed low 32 bits, seed high 32 bits)
///     counter = (trial / 2, k, stream low 32 bits, stream high 32 bits)
///
/// and one call yields four 32-bit words = two 64-bit values: words 0-1 belong to the
/// even trial of the pair, words 2-3 to the odd one. Hence a draw is a pure function
/// `f(seed, streamKey, trialIndex, k)` and results do not depend on thread count or block
/// size. Trial indices must be below 2^33.
public struct Philox: Sendable {
    /// The 64-bit key (the simulation seed).
    public let seed: UInt64

    /// A generator for `seed`.
    @inlinable public init(seed: UInt64) { self.seed = seed }

    /// The four output words for `counter` (Philox4x32 with 10 rounds).
    @inlinable @inline(__always)
    public static func block(key: UInt64, counter c: (UInt32, UInt32, UInt32, UInt32))
        -> (UInt32, UInt32, UInt32, UInt32)
    {
        let m0: UInt64 = 0xD251_1F53, m1: UInt64 = 0xCD9E_8D57
        let w0: UInt32 = 0x9E37_79B9, w1: UInt32 = 0xBB67_AE85
        var k0 = UInt32(truncatingIfNeeded: key), k1 = UInt32(truncatingIfNeeded: key >> 32)
        var (x0, x1, x2, x3) = c
        for round in 0..<10 {
            if round > 0 { k0 = k0 &+ w0; k1 = k1 &+ w1 }
            let p0 = m0 &* UInt64(x0)
            let p1 = m1 &* UInt64(x2)
            let hi0 = UInt32(truncatingIfNeeded: p0 >> 32), lo0 = UInt32(truncatingIfNeeded: p0)
            let hi1 = UInt32(truncatingIfNeeded: p1 >> 32), lo1 = UInt32(truncatingIfNeeded: p1)
            x0 = hi1 ^ x1 ^ k0
            x1 = lo1
            x2 = hi0 ^ x3 ^ k1
            x3 = lo0
        }
        return (x0, x1, x2, x3)
    }

    /// Two 64-bit draws for the trial pair `(2 * pair, 2 * pair + 1)` of stream `stream`,
    /// draw index `k`.
    @inlinable @inline(__always)
    public func pair(stream: UInt64, pair: UInt64, k: UInt32 = 0) -> (UInt64, UInt64) {
        let (a, b, c, d) = Philox.block(
            key: seed,
            counter: (UInt32(truncatingIfNeeded: pair), k,
                      UInt32(truncatingIfNeeded: stream), UInt32(truncatingIfNeeded: stream >> 32)))
        return (UInt64(a) | UInt64(b) << 32, UInt64(c) | UInt64(d) << 32)
    }

    /// The 64-bit draw for `trial` of `stream`, draw index `k`.
    @inlinable
    public func bits(stream: StreamKey, trial: Int, k: UInt32 = 0) -> UInt64 {
        let (even, odd) = pair(stream: stream.rawValue, pair: UInt64(trial >> 1), k: k)
        return trial & 1 == 0 ? even : odd
    }

    /// The uniform draw in the open interval (0, 1) for `trial` of `stream`, index `k`.
    @inlinable
    public func uniform(stream: StreamKey, trial: Int, k: UInt32 = 0) -> Double {
        Philox.openUniform(bits(stream: stream, trial: trial, k: k))
    }

    /// Maps 64 random bits to a double in the open interval (0, 1) using the top 53 bits:
    /// `(floor(x / 2^11) + 0.5) / 2^53`, so the extremes are 2^-54 and 1 - 2^-54 and 0 or 1
    /// never occur (the inverse normal CDF stays finite).
    @inlinable @inline(__always)
    public static func openUniform(_ x: UInt64) -> Double {
        (Double(x >> 11) + 0.5) * 0x1.0p-53
    }
}
