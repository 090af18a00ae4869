import DFCostNumerics

/// The factors a tornado shows, and those it leaves out because they have no effect, computed
/// once on the result so that every renderer shows the same bars and notes.
///
/// A factor has no effect when every term it multiplies has zero amounts in every state (its
/// lines feed only internal or set-aside cells, say), or when its sample was constant (SRC and
/// Spearman both exactly 0). Its regression coefficient and rank correlation are then zero or
/// sampling noise, so it is listed in a note instead of as a bar.
public struct Tornado: Sendable, Equatable {
    /// The factors with an effect, in the result's order (largest |SRC| first).
    public var entries: [SensitivityEntry]
    /// The ids of the factors without an effect, in the order the model declares them.
    public var noEffect: [String]

    /// A tornado of the given bars and notes.
    public init(entries: [SensitivityEntry], noEffect: [String]) {
        self.entries = entries
        self.noEffect = noEffect
    }

    /// The tornado of `result`'s sensitivities, the factors of `spec` without effect set apart.
    public init(result: SimulationResult, spec: SimulationSpec) {
        var inert = Set<String>()
        for (j, factor) in spec.factors.enumerated() {
            let amounts = spec.terms.filter { $0.factors.contains(j) }.flatMap { $0.amountsByState.flatMap { $0 } }
            if amounts.allSatisfy({ $0 == 0 }) { inert.insert(factor.id) }
        }
        entries = []
        var without: [String] = []
        for e in result.sensitivity {
            if inert.contains(e.factorID) || (e.standardizedCoefficient == 0 && e.spearman == 0) {
                without.append(e.factorID)
            } else {
                entries.append(e)
            }
        }
        // In the file's order: their coefficients are noise, so the result's order is no order.
        let rank = Dictionary(spec.factors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        noEffect = without.sorted { (rank[$0] ?? .max, $0) < (rank[$1] ?? .max, $1) }
    }
}
