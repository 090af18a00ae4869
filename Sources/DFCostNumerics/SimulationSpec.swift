/// What to simulate: factors with marginal distributions and a Gaussian copula, discrete
/// events, and terms that turn them into output columns.
///
/// Per trial: `output[y] = sum over terms of (product of the term's factors) *
/// term.amountsByState[state of the term's event][y]`.
public struct SimulationSpec: Sendable, Equatable {
    /// A multiplicative uncertainty factor.
    public struct Factor: Sendable, Equatable {
        /// Stable id: names the factor and keys its random stream (`StreamKey.factor(id)`).
        public var id: String
        /// The marginal distribution.
        public var distribution: FactorDistribution
        /// A factor.
        public init(id: String, distribution: FactorDistribution) {
            self.id = id
            self.distribution = distribution
        }
    }

    /// A discrete random event with finitely many states.
    public struct Event: Sendable, Equatable {
        /// Stable id: keys the event's random stream (`StreamKey.event(id)`).
        public var id: String
        /// Probability of each state; non-negative, summing to 1 within 1e-9.
        public var probabilities: [Double]
        /// An event.
        public init(id: String, probabilities: [Double]) {
            self.id = id
            self.probabilities = probabilities
        }
    }

    /// One additive contribution to the outputs.
    public struct Term: Sendable, Equatable {
        /// Indices of the factors whose product multiplies the amounts (empty: 1).
        public var factors: [Int]
        /// Index of the event selecting the amounts row, or nil for a single state.
        public var event: Int?
        /// `amountsByState[state][output]`; one row when `event` is nil.
        public var amountsByState: [[Double]]
        /// A term.
        public init(factors: [Int], event: Int? = nil, amountsByState: [[Double]]) {
            self.factors = factors
            self.event = event
            self.amountsByState = amountsByState
        }
        /// A term without an event.
        public init(factors: [Int], amounts: [Double]) {
            self.init(factors: factors, event: nil, amountsByState: [amounts])
        }
    }

    /// Output column names in order (e.g. years); cumulative columns follow this order.
    public var outputs: [String]
    /// The factors.
    public var factors: [Factor]
    /// Correlation over `factors` (names must equal the factor ids, in order).
    public var correlation: CorrelationMatrix
    /// The events.
    public var events: [Event]
    /// The terms.
    public var terms: [Term]

    /// A specification; `correlation` defaults to the identity over the factor ids.
    public init(outputs: [String], factors: [Factor], correlation: CorrelationMatrix? = nil,
                events: [Event] = [], terms: [Term]) {
        self.outputs = outputs
        self.factors = factors
        self.correlation = correlation ?? CorrelationMatrix(names: factors.map(\.id))
        self.events = events
        self.terms = terms
    }

    /// Checks everything the engine relies on.
    /// - Throws: `SimulationError` naming the offending factor, event or term.
    public func validate() throws(SimulationError) {
        guard !outputs.isEmpty else { throw .noOutputs }
        var seen = Set<String>()
        for f in factors {
            guard seen.insert(f.id).inserted else { throw .duplicateID(kind: "factor", id: f.id) }
            do { try f.distribution.validate() } catch { throw .distribution(factor: f.id, error) }
        }
        guard correlation.names == factors.map(\.id) else { throw .correlationNamesMismatch }
        seen = []
        for e in events {
            guard seen.insert(e.id).inserted else { throw .duplicateID(kind: "event", id: e.id) }
            guard !e.probabilities.isEmpty,
                  e.probabilities.allSatisfy({ $0 >= 0 && $0.isFinite }),
                  abs(e.probabilities.reduce(0, +) - 1) <= 1e-9
            else { throw .badProbabilities(event: e.id, e.probabilities) }
        }
        for (index, t) in terms.enumerated() {
            for f in t.factors where !factors.indices.contains(f) {
                throw .badTerm(index: index, reason: "factor index \(f) out of range")
            }
            let states: Int
            if let e = t.event {
                guard events.indices.contains(e) else {
                    throw .badTerm(index: index, reason: "event index \(e) out of range")
                }
                states = events[e].probabilities.count
            } else {
                states = 1
            }
            guard t.amountsByState.count == states else {
                throw .badTerm(index: index,
                               reason: "\(t.amountsByState.count) amount rows for \(states) states")
            }
            for row in t.amountsByState {
                guard row.count == outputs.count else {
                    throw .badTerm(index: index,
                                   reason: "\(row.count) amounts for \(outputs.count) outputs")
                }
                guard row.allSatisfy(\.isFinite) else {
                    throw .badTerm(index: index, reason: "amount is not finite")
                }
            }
        }
        do { try correlation.validate() } catch { throw .correlation(error) }
    }
}
