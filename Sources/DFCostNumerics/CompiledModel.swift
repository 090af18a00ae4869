import Foundation

/// A factor's quantile with its parameters precomputed, switched on once per block.
enum FactorKernel: Sendable {
    /// Triangular: `u < c ? low + sqrt(u a) : high - sqrt((1 - u) b)`.
    case triangular(low: Double, high: Double, c: Double, a: Double, b: Double)
    /// PERT: `low + width * beta.quantile(u)`.
    case pert(low: Double, width: Double, beta: Beta)
    /// Uniform: `low + width * u`.
    case uniform(low: Double, width: Double)
    /// Lognormal: `exp(mu + sigma z)`.
    case lognormal(mu: Double, sigma: Double)
    /// Any distribution through its own ``FactorDistribution/quantile(_:)``, without
    /// precomputed parameters: where a new distribution starts until it earns a kernel.
    case quantile(FactorDistribution)

    /// Lognormal factors consume the normal `z` itself, not a uniform.
    var isLognormal: Bool {
        if case .lognormal = self { return true }
        return false
    }

    /// The kernel of each distribution (exhaustive: a new distribution picks one here, at least
    /// ``quantile(_:)``).
    init(_ d: FactorDistribution) {
        switch d {
        case .trigen(let p10, let likely, let p90):
            // A triple estimate draws from its fitted triangular (fitted once, here).
            self.init(TrigenFit(p10: p10, likely: likely, p90: p90).triangular)
        case .triangular(let low, let mode, let high):
            self = .triangular(low: low, high: high, c: (mode - low) / (high - low),
                               a: (high - low) * (mode - low), b: (high - low) * (high - mode))
        case .pert(let low, let mode, let high):
            self = .pert(low: low, width: high - low,
                         beta: FactorDistribution.pertShapes(low: low, mode: mode, high: high))
        case .uniform(let low, let high):
            self = .uniform(low: low, width: high - low)
        case .lognormal(let p10, let p90):
            let (mu, sigma) = FactorDistribution.lognormalParameters(p10: p10, p90: p90)
            self = .lognormal(mu: mu, sigma: sigma)
        }
    }
}

/// A term that is neither constant nor a single factor times fixed amounts.
struct GeneralTerm: Sendable {
    var factors: [Int]
    var event: Int?
    /// `amounts[state * outputs + y]`.
    var amounts: [Double]
}

/// A correlated component prepared for the block loop.
struct PlannedComponent: Sendable {
    /// Members in id order, truncated after the last member that must be evaluated.
    var members: [Int]
    /// Row-major `members.count` square lower Cholesky factor.
    var lower: [Double]
}

/// Everything about a spec that does not change from trial to trial, precomputed once:
/// stream keys, quantile kernels, the copula's components, and terms merged by shape.
struct CompiledModel: Sendable {
    let factorCount: Int
    let eventCount: Int
    let outputCount: Int
    let factorStreams: [UInt64]
    let eventStreams: [UInt64]
    let kernels: [FactorKernel]
    /// Whether factor j's value is needed (it feeds a nonzero amount, or all are wanted).
    let needed: [Bool]
    /// Uncorrelated needed factors: drawn as uniforms, no normal round trip.
    let singles: [Int]
    /// Correlated components with at least one needed member.
    let components: [PlannedComponent]
    /// Largest planned component size (scratch sizing).
    let maxComponentSize: Int
    /// Whether event e must be drawn.
    let eventNeeded: [Bool]
    /// Cumulative state probabilities per event (last entry forced to 1).
    let eventCumulative: [[Double]]
    /// Sum of the terms without factors and events.
    let constant: [Double]
    /// Single-factor, event-free terms merged: (factor, amounts per output).
    let linear: [(factor: Int, amounts: [Double])]
    /// All other terms.
    let general: [GeneralTerm]

    /// Compiles a validated spec. `everything`: evaluate every factor and event (for the
    /// sample sink and sensitivity), not only those that move an output.
    init(_ spec: SimulationSpec, components: [CorrelationMatrix.Component], everything: Bool) {
        factorCount = spec.factors.count
        eventCount = spec.events.count
        outputCount = spec.outputs.count
        factorStreams = spec.factors.map { StreamKey.factor($0.id).rawValue }
        eventStreams = spec.events.map { StreamKey.event($0.id).rawValue }
        kernels = spec.factors.map { FactorKernel($0.distribution) }

        var constant = [Double](repeating: 0, count: outputCount)
        var linearByFactor: [Int: [Double]] = [:]
        var general: [GeneralTerm] = []
        var needed = [Bool](repeating: everything, count: factorCount)
        var eventNeeded = [Bool](repeating: everything, count: eventCount)
        for term in spec.terms where term.amountsByState.contains(where: { $0.contains { $0 != 0 } }) {
            for f in term.factors { needed[f] = true }
            if let e = term.event { eventNeeded[e] = true }
            if term.event == nil && term.factors.isEmpty {
                for y in 0..<outputCount { constant[y] += term.amountsByState[0][y] }
            } else if term.event == nil && term.factors.count == 1 {
                let f = term.factors[0]
                var a = linearByFactor[f] ?? [Double](repeating: 0, count: outputCount)
                for y in 0..<outputCount { a[y] += term.amountsByState[0][y] }
                linearByFactor[f] = a
            } else {
                general.append(GeneralTerm(factors: term.factors, event: term.event,
                                           amounts: term.amountsByState.flatMap { $0 }))
            }
        }
        self.constant = constant
        self.linear = linearByFactor.keys.sorted().map { ($0, linearByFactor[$0]!) }
        self.general = general
        self.needed = needed
        self.eventNeeded = eventNeeded
        eventCumulative = spec.events.map { e in
            var running = 0.0
            var c = e.probabilities.map { running += $0; return running }
            c[c.count - 1] = 1
            return c
        }

        var singles: [Int] = []
        var planned: [PlannedComponent] = []
        for component in components {
            guard let last = component.members.lastIndex(where: { needed[$0] }) else { continue }
            if component.members.count == 1 {
                singles.append(component.members[0])
                continue
            }
            let m = last + 1
            var lower = [Double](repeating: 0, count: m * m)
            for i in 0..<m { for j in 0...i { lower[i * m + j] = component.lower[i, j] } }
            planned.append(PlannedComponent(members: Array(component.members[0..<m]), lower: lower))
        }
        self.singles = singles
        self.components = planned
        self.maxComponentSize = planned.map(\.members.count).max() ?? 0
    }
}
