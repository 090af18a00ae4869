import Foundation

/// The beta distribution on [0, 1] with shapes `alpha, beta > 0`: regularized incomplete
/// beta function and its inverse (the quantile), for PERT factors.
///
/// `cdf` evaluates `I_x(a, b)` by the modified Lentz continued fraction (Numerical Recipes
/// 3rd ed. section 6.4), using the symmetry `I_x(a, b) = 1 - I_{1-x}(b, a)` beyond the mean
/// so the fraction converges quickly. `quantile` starts from the Abramowitz-Stegun 26.5.22
/// normal approximation and refines with Halley steps safeguarded by a bisection bracket,
/// to a relative step below 1e-15; it is therefore accurate to a few ulps wherever the
/// density is not tiny.
public struct Beta: Sendable, Equatable {
    /// First shape parameter.
    public let alpha: Double
    /// Second shape parameter.
    public let beta: Double
    /// `log B(alpha, beta)`.
    @usableFromInline let logBeta: Double

    /// A beta distribution. - Precondition: both shapes positive and finite.
    public init(alpha: Double, beta: Double) {
        precondition(alpha > 0 && beta > 0 && alpha.isFinite && beta.isFinite,
                     "Beta: shapes must be positive")
        self.alpha = alpha
        self.beta = beta
        self.logBeta = lgamma(alpha) + lgamma(beta) - lgamma(alpha + beta)
    }

    /// The density at `x` in (0, 1).
    public func density(_ x: Double) -> Double {
        guard x > 0, x < 1 else {
            if x == 0 { return alpha < 1 ? .infinity : (alpha == 1 ? 1 / exp(logBeta) : 0) }
            if x == 1 { return beta < 1 ? .infinity : (beta == 1 ? 1 / exp(logBeta) : 0) }
            return 0
        }
        return exp((alpha - 1) * log(x) + (beta - 1) * log1p(-x) - logBeta)
    }

    /// The regularized incomplete beta function `I_x(alpha, beta) = P(X <= x)`.
    public func cdf(_ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(alpha * log(x) + beta * log1p(-x) - logBeta)
        if x < (alpha + 1) / (alpha + beta + 2) {
            return front * Beta.continuedFraction(alpha, beta, x) / alpha
        }
        return 1 - front * Beta.continuedFraction(beta, alpha, 1 - x) / beta
    }

    /// The continued fraction for `I_x(a, b)` (modified Lentz).
    static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300, eps = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= eps { break }
        }
        return h
    }

    /// The quantile: the `x` in [0, 1] with `I_x(alpha, beta) = p`.
    public func quantile(_ p: Double) -> Double {
        if !(p > 0) { return 0 }
        if p >= 1 { return 1 }
        let a = alpha, b = beta
        var x: Double
        if a >= 1 && b >= 1 {
            let pp = p < 0.5 ? p : 1 - p
            let t = (-2 * log(pp)).squareRoot()
            var z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t
            if p < 0.5 { z = -z }
            let al = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = z * (al + h).squareRoot() / h
                - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h))
            x = a / (a + b * exp(2 * w))
        } else {
            let lna = log(a / (a + b)), lnb = log(b / (a + b))
            let t = exp(a * lna) / a, u = exp(b * lnb) / b, w = t + u
            x = p < t / w ? pow(a * w * p, 1 / a) : 1 - pow(b * w * (1 - p), 1 / b)
        }
        if !(x > 0 && x < 1) { x = 0.5 }
        var lo = 0.0, hi = 1.0
        for _ in 0..<100 {
            let err = cdf(x) - p
            if err == 0 { return x }
            if err < 0 { lo = x } else { hi = x }
            let pdf = exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logBeta)
            var next: Double
            if pdf > 0 && pdf.isFinite {
                let u = err / pdf
                // Halley correction: f''/f' = (a-1)/x - (b-1)/(1-x) for the beta density.
                let step = u / (1 - 0.5 * min(1, u * ((a - 1) / x - (b - 1) / (1 - x))))
                next = x - step
            } else {
                next = .nan
            }
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - x) <= 1e-15 * x || hi - lo <= 2e-16 * hi {
                return next
            }
            x = next
        }
        return x
    }
}
