extension PayerAllocation {
    /// The sum over every payer of one set of parts (``exact``, ``rounded`` or ``cumulative``)
    /// per year: the Sum row a payer table ends with. The exact parts add up to the year's sum,
    /// the rounded parts to the rounded sum (largest remainder), the cumulative parts to the
    /// cumulative level.
    public func sum(_ parts: [String: [Int: ExactDecimal]]) throws(ArithmeticError) -> [Int: ExactDecimal] {
        var out: [Int: ExactDecimal] = [:]
        for year in years {
            var total = ExactDecimal.zero
            for payer in payers { total = try total.adding(parts[payer.id]?[year] ?? .zero) }
            out[year] = total
        }
        return out
    }
}
