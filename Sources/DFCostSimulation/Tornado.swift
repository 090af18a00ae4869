import DFCostNumerics

/// The inputs a tornado shows, ranked by one measure, and those it leaves out because they have
/// no effect, computed once on the result so that every renderer shows the same bars and notes.
///
/// **The measure** is the change in the total's mean (``MeanEffect``): the sensitivity sample's
/// trials are binned by the input, a factor or driver by the ten deciles of its distribution, an
/// uncertain condition (a risk event) by its states, and the spread between the lowest and the
/// highest bin mean of the total is the input's bar, in the total's unit (MNOK). It applies to
/// continuous and discrete inputs alike, so factors, drivers and events are ranked together. For
/// factors and drivers the standardized regression coefficient (SRC) and Spearman's ρ are kept
/// beside it; an event has neither (nil).
///
/// An input has no effect when every term it acts on has zero amounts in every state (a factor
/// of lines that feed only internal or set-aside cells, say; an event whose states give the same
/// amounts), or when a factor's sample was constant (SRC and Spearman both exactly 0). Its figures
/// are then zero or sampling noise, so it is listed in a note instead of as a bar.
public struct Tornado: Sendable, Equatable {
    /// What kind of input a row is.
    public enum Kind: String, Sendable, Hashable {
        /// An `[[uncertainty]]` factor (of one line, or shared).
        case factor
        /// An uncertainty driver (`[[drivers]]`).
        case driver
        /// An uncertain condition, drawn as a risk event.
        case event
    }

    /// One bar.
    public struct Row: Sendable, Equatable {
        public var kind: Kind
        /// The factor's key, the driver's name or the condition's id.
        public var id: String
        /// The change in the total's mean across the input's bins (MNOK); nil when the run kept
        /// no sensitivity sample for it.
        public var meanChange: Double?
        /// The lowest and highest bin means of the total (MNOK), with ``meanChange``.
        public var lowMean: Double?
        public var highMean: Double?
        /// Standardized regression coefficient (factors and drivers).
        public var standardizedCoefficient: Double?
        /// Spearman's rank correlation with the total (factors and drivers).
        public var spearman: Double?

        public init(kind: Kind, id: String, meanChange: Double?, lowMean: Double? = nil, highMean: Double? = nil,
                    standardizedCoefficient: Double?, spearman: Double?) {
            self.kind = kind
            self.id = id
            self.meanChange = meanChange
            self.lowMean = lowMean
            self.highMean = highMean
            self.standardizedCoefficient = standardizedCoefficient
            self.spearman = spearman
        }
    }

    /// The inputs with an effect, largest change in mean first (ties by id); a run without mean
    /// effects keeps the result's order (largest |SRC| first).
    public var rows: [Row]
    /// The ids of the inputs without an effect, factors and drivers in the order the model
    /// declares them, then events.
    public var noEffect: [String]

    /// The factors' and drivers' rows as sensitivity entries (SRC and ρ), in the tornado's order.
    public var entries: [SensitivityEntry] {
        rows.compactMap { r in
            guard let src = r.standardizedCoefficient, let rho = r.spearman else { return nil }
            return SensitivityEntry(factorID: r.id, standardizedCoefficient: src, spearman: rho)
        }
    }

    /// A tornado of the given bars and notes.
    public init(rows: [Row], noEffect: [String]) {
        self.rows = rows
        self.noEffect = noEffect
    }

    /// A tornado of factor bars (SRC and ρ only) and notes.
    public init(entries: [SensitivityEntry], noEffect: [String]) {
        self.init(rows: entries.map { Row(kind: .factor, id: $0.factorID, meanChange: nil,
                                          standardizedCoefficient: $0.standardizedCoefficient, spearman: $0.spearman) },
                  noEffect: noEffect)
    }

    /// The tornado of `result`'s sensitivities and mean effects, the inputs of `spec` without
    /// effect set apart; `drivers` names the factors that are uncertainty drivers.
    public init(result: SimulationResult, spec: SimulationSpec, drivers: Set<String> = []) {
        var inert = Set<String>()
        for (j, factor) in spec.factors.enumerated() {
            let amounts = spec.terms.filter { $0.factors.contains(j) }.flatMap { $0.amountsByState.flatMap { $0 } }
            if amounts.allSatisfy({ $0 == 0 }) { inert.insert(factor.id) }
        }
        var inertEvents = Set<String>()
        for (e, event) in spec.events.enumerated() {
            let rows = spec.terms.filter { $0.event == e }.map(\.amountsByState)
            if rows.allSatisfy({ states in states.allSatisfy { $0 == states[0] } }) { inertEvents.insert(event.id) }
        }
        var factorEffect: [String: MeanEffect] = [:]
        var eventEffects: [MeanEffect] = []
        for m in result.meanEffects {
            switch m.input {
            case .factor: factorEffect[m.id] = m
            case .event: eventEffects.append(m)
            }
        }
        var rows: [Row] = []
        var without: [String] = []
        for e in result.sensitivity {
            if inert.contains(e.factorID) || (e.standardizedCoefficient == 0 && e.spearman == 0) {
                without.append(e.factorID)
            } else {
                let m = factorEffect[e.factorID]
                rows.append(Row(kind: drivers.contains(e.factorID) ? .driver : .factor, id: e.factorID,
                                meanChange: m?.spread, lowMean: m?.low, highMean: m?.high,
                                standardizedCoefficient: e.standardizedCoefficient, spearman: e.spearman))
            }
        }
        var withoutEvents: [String] = []
        for m in eventEffects {
            if inertEvents.contains(m.id) || m.binMeans.compactMap({ $0 }).count < 2 {
                withoutEvents.append(m.id)
            } else {
                rows.append(Row(kind: .event, id: m.id, meanChange: m.spread, lowMean: m.low, highMean: m.high,
                                standardizedCoefficient: nil, spearman: nil))
            }
        }
        if rows.allSatisfy({ $0.meanChange != nil }) {
            rows.sort { a, b in
                a.meanChange! != b.meanChange! ? a.meanChange! > b.meanChange! : a.id < b.id
            }
        }
        self.rows = rows
        // In the file's order: their coefficients are noise, so the result's order is no order.
        let rank = Dictionary(spec.factors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        noEffect = without.sorted { (rank[$0] ?? .max, $0) < (rank[$1] ?? .max, $1) } + withoutEvents
    }
}
