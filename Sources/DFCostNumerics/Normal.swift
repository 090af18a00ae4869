import Foundation

/// The standard normal distribution: quantile (inverse CDF) and CDF.
public enum Normal {
    /// The standard normal quantile `Phi^-1(p)` by Wichura's algorithm AS 241 (PPND16,
    /// Applied Statistics 37 (1988) 477-484), relative accuracy about 1e-16.
    ///
    /// Three rational approximations: |p - 0.5| <= 0.425 (central), then in
    /// `r = sqrt(-log(min(p, 1 - p)))` for r <= 5 and r > 5.
    /// Returns -inf / +inf at p = 0 / 1 and NaN outside [0, 1].
    @inlinable
    public static func quantile(_ p: Double) -> Double {
        let q = p - 0.5
        if abs(q) <= 0.425 { return central(q) }
        return tail(p, q)
    }

    /// AS 241's central rational approximation in `q = p - 0.5` (valid for |q| <= 0.425).
    @inlinable @inline(__always)
    static func central(_ q: Double) -> Double {
        let r = 0.180625 - q * q
        let num = (((((((2509.0809287301226727 * r + 33430.575583588128105) * r
            + 67265.770927008700853) * r + 45921.953931549871457) * r
            + 13731.693765509461125) * r + 1971.5909503065514427) * r
            + 133.14166789178437745) * r + 3.387132872796366608)
        let den = (((((((5226.495278852545925 * r + 28729.085735721942674) * r
            + 39307.89580009271061) * r + 21213.794301586595867) * r
            + 5394.1960214247511077) * r + 687.1870074920579083) * r
            + 42.313330701600911252) * r + 1.0)
        return q * num / den
    }

    /// The two tail branches of AS 241 (kept out of line so the central branch inlines).
    @usableFromInline
    static func tail(_ p: Double, _ q: Double) -> Double {
        guard p > 0, p < 1 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        let value = tailValue(-log(q < 0 ? p : 1 - p))
        return q < 0 ? -value : value
    }

    /// AS 241's tail value (positive) from `t = -log(min(p, 1 - p))`: `r = sqrt(t)`, then
    /// the rational function for `r <= 5` or for `r > 5`.
    @inlinable @inline(__always)
    static func tailValue(_ t: Double) -> Double {
        let r = t.squareRoot()
        return r <= 5 ? tailNear(r) : tailFar(r)
    }

    /// AS 241's rational function for `1.6 <= r <= 5`, in `r - 1.6`.
    @inlinable @inline(__always)
    static func tailNear(_ r: Double) -> Double {
        let r = r - 1.6
        return (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r
            + 0.24178072517745061177) * r + 1.27045825245236838258) * r
            + 3.64784832476320460504) * r + 5.7694972214606914055) * r
            + 4.6303378461565452959) * r + 1.42343711074968357734)
            / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r
            + 0.0151986665636164571966) * r + 0.14810397642748007459) * r
            + 0.68976733498510000455) * r + 1.6763848301838038494) * r
            + 2.05319162663775882187) * r + 1.0)
    }

    /// AS 241's rational function for `r > 5`, in `r - 5`.
    @inlinable @inline(__always)
    static func tailFar(_ r: Double) -> Double {
        let r = r - 5
        return (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
            + 0.0012426609473880784386) * r + 0.026532189526576123093) * r
            + 0.29656057182850489123) * r + 1.7848265399172913358) * r
            + 5.4637849111641143699) * r + 6.6579046435011037772)
            / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r
            + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r
            + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
            + 0.59983220655588793769) * r + 1.0)
    }

    /// The standard normal CDF `Phi(x) = erfc(-x / sqrt 2) / 2` (erfc from the C library);
    /// accurate in both tails, unlike `1 - erf`.
    @inlinable
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x * 0.70710678118654752440)
    }
}
