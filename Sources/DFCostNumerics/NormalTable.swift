import Foundation

/// A fast standard normal CDF for the simulation's hot loop: a table of `Phi` and `phi`
/// at the nodes `z0 = k / 128` on [-9, 9] plus a sixth-order Taylor expansion,
///
///     Phi(z0 + d) = Phi(z0) + phi(z0) (d - He1 d^2/2 + He2 d^3/6 - He3 d^4/24
///                                      + He4 d^5/120 - He5 d^6/720),
///
/// with `He_n` the probabilists' Hermite polynomials at `z0` (`phi^(n) = (-1)^n He_n phi`)
/// and `|d| <= 1/256`. The truncation error is below `|He6(z0)| phi(z0) d^7 / 5040`:
/// under 1e-20 absolute everywhere and 1e-12 relative even in the far tail at |z| = 8.5,
/// so the result agrees with `Normal.cdf` (erfc) to a few ulps in the body. Outside the
/// table it falls back to `Normal.cdf`. About 3x faster than glibc's erfc, branch-light.
enum NormalTable {
    static let scale = 128.0
    static let lowest = -9.0
    static let count = 2 * 9 * 128 + 1
    /// Interleaved `(Phi(z0), phi(z0))` per node.
    nonisolated(unsafe) static let table: UnsafeMutablePointer<Double> = {
        let t = UnsafeMutablePointer<Double>.allocate(capacity: 2 * count)
        for k in 0..<count {
            let z0 = lowest + Double(k) / scale
            t[2 * k] = Normal.cdf(z0)
            t[2 * k + 1] = exp(-0.5 * z0 * z0) * 0.39894228040143267794
        }
        return t
    }()
    // `nonisolated(unsafe)`: written once by the lazy initializer (thread-safe `static let`
    // initialization), read-only afterwards; never deallocated.

    /// `Phi(z)`, see the type's discussion for accuracy.
    @inline(__always)
    static func cdf(_ z: Double, _ t: UnsafePointer<Double>) -> Double {
        let (p, inside) = cdfInside(z, t)
        return inside ? p : Normal.cdf(z)
    }

    /// `Phi(z)` from the table when `z` lies in it (`inside`), else a meaningless value.
    @inline(__always)
    static func cdfInside(_ z: Double, _ t: UnsafePointer<Double>) -> (Double, inside: Bool) {
        let (k, sum, miss) = taylor(z)
        return (combine(k, sum, t), miss == 0)
    }

    /// The table-free part of `cdf`: the node `k` nearest to `z` (clamped into the table) and
    /// the Taylor sum `s` with `Phi(z) = Phi(z0) + phi(z0) s`; `miss` is 0 exactly when `z`
    /// lies in the table (the bits of `clamped - x`, nonzero when clamped or NaN), so a
    /// loop can OR-reduce it. Branch-free and vectorizable: the nearest node comes from
    /// adding 2^52 (round to nearest) rather than from a checked float-to-integer conversion.
    @inline(__always)
    static func taylor(_ z: Double) -> (k: Int, sum: Double, miss: UInt64) {
        // Literal copies of `lowest`, `scale` and `count - 1`: reading the stored statics
        // in a loop (memory the loop's stores might alias) keeps it from vectorizing.
        let lowest = -9.0, scale = 128.0, last = 2304.0
        let x = (z - lowest) * scale
        let clamped = x < 0 ? 0 : (x > last ? last : x)
        let miss = (clamped - x).bitPattern
        let rounded = clamped + 0x1.0p52
        let k = Int(truncatingIfNeeded: rounded.bitPattern & 0xFFFF)
        let z0 = lowest + (rounded - 0x1.0p52) * (1 / scale)
        let d = z - z0
        let z2 = z0 * z0
        let he1 = z0, he2 = z2 - 1, he3 = z0 * (z2 - 3), he4 = z2 * (z2 - 6) + 3
        let he5 = z0 * (z2 * (z2 - 10) + 15)
        // Multiplications by reciprocal factorials (a division would cost ~4x more).
        let s = d * (1 + d * (he1 * -0.5 + d * (he2 * (1.0 / 6) + d * (he3 * (-1.0 / 24)
            + d * (he4 * (1.0 / 120) + d * (he5 * (-1.0 / 720)))))))
        return (k, s, miss)
    }

    /// `Phi(z0) + phi(z0) s` at node `k`.
    @inline(__always)
    static func combine(_ k: Int, _ s: Double, _ t: UnsafePointer<Double>) -> Double {
        t[2 * k] + t[2 * k + 1] * s
    }
}
