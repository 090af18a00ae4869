extension ExactDecimal {
    /// The exact sum.
    /// - Throws: ``ArithmeticError/overflow`` when it does not fit.
    public func adding(_ other: ExactDecimal) throws(ArithmeticError) -> ExactDecimal {
        let k = max(scale, other.scale)
        guard let a = significand(atScale: k), let b = other.significand(atScale: k) else {
            throw .overflow
        }
        let (r, o) = a.addingReportingOverflow(b)
        guard !o else { throw .overflow }
        return ExactDecimal(uncheckedSignificand: r, scale: k)
    }

    /// The exact difference.
    public func subtracting(_ other: ExactDecimal) throws(ArithmeticError) -> ExactDecimal {
        try adding(other.negated())
    }

    /// The exact product. When the exact product needs more than 18 decimals it is rounded
    /// half away from zero at 18 decimals; use ``rounded(toScale:)`` for a declared precision.
    public func multiplied(by other: ExactDecimal) throws(ArithmeticError) -> ExactDecimal {
        var product = Int128(significand) * Int128(other.significand)
        var k = scale + other.scale
        while k > Self.maximumScale || (k > 0 && product % 10 == 0) {
            if k > Self.maximumScale {
                product = Self.divideRoundingHalfAwayFromZero(product, by: 10)
            } else {
                product /= 10
            }
            k -= 1
        }
        guard let s = Int64(exactly: product) else { throw .overflow }
        return ExactDecimal(uncheckedSignificand: s, scale: k)
    }

    /// The quotient rounded half away from zero to `scale` decimals.
    public func divided(by other: ExactDecimal, scale target: Int) throws(ArithmeticError) -> ExactDecimal {
        guard !other.isZero else { throw .divisionByZero }
        guard (0...Self.maximumScale).contains(target) else { throw .scaleOutOfRange }
        // value = (a / 10^sa) / (b / 10^sb); result significand = a * 10^(target + sb - sa) / b
        let shift = target + other.scale - scale
        var numerator = Int128(significand)
        var denominator = Int128(other.significand)
        if shift >= 0 {
            guard shift <= 36 else { throw .overflow }
            let (n, o) = numerator.multipliedReportingOverflow(by: powerOfTen128(shift))
            guard !o else { throw .overflow }
            numerator = n
        } else {
            guard -shift <= 36 else { throw .overflow }
            denominator *= powerOfTen128(-shift)
        }
        let q = Self.divideRoundingHalfAwayFromZero(numerator, by: denominator)
        guard let s = Int64(exactly: q) else { throw .overflow }
        return ExactDecimal(uncheckedSignificand: s, scale: target)
    }

    /// The value rounded half away from zero to `scale` decimals (2.5 -> 3, -2.5 -> -3).
    public func rounded(toScale target: Int) -> ExactDecimal {
        guard target < scale else { return self }
        let t = max(target, 0)
        let divisor = powerOfTen128(scale - t)
        let q = Self.divideRoundingHalfAwayFromZero(Int128(significand), by: divisor)
        // |q| <= |significand|, so it fits.
        return ExactDecimal(uncheckedSignificand: Int64(q), scale: t)
    }

    /// The value rounded half away from zero to a precision that is a power of ten
    /// (1 rounds to whole numbers, 0.001 to thousandths).
    public func rounded(toPrecision precision: ExactDecimal) throws(ArithmeticError) -> ExactDecimal {
        rounded(toScale: try precision.precisionScale())
    }

    /// The number of decimals a precision such as 0.001 stands for.
    /// - Throws: ``ArithmeticError/invalidPrecision(_:)`` unless the value is 1, 0.1, 0.01, ...
    public func precisionScale() throws(ArithmeticError) -> Int {
        guard significand == 1 else { throw .invalidPrecision(description) }
        return scale
    }

    static func divideRoundingHalfAwayFromZero(_ n: Int128, by d: Int128) -> Int128 {
        let q = n / d
        let r = n % d
        let twice = r.magnitude * 2
        if twice >= d.magnitude {
            return (n < 0) != (d < 0) ? q - 1 : q + 1
        }
        return q
    }
}

extension Sequence where Element == ExactDecimal {
    /// The exact sum of the values.
    public func exactSum() throws(ArithmeticError) -> ExactDecimal {
        var total = ExactDecimal.zero
        for value in self { total = try total.adding(value) }
        return total
    }
}
