import DFCostModel
import DFCostNumerics

/// The uncertainty a scenario declares, for `dfcost simulate`.
public struct UncertaintySpec: Sendable, Hashable {
    /// Multiplicative factors, in file order.
    public var factors: [UncertainFactor] = []
    /// Correlation groups: every pair of factors in a group has the group's coefficient.
    public var groups: [CorrelationGroup] = []
    /// Explicit pairs, by factor key; they override group coefficients.
    public var pairs: [CorrelationPair] = []
    /// Uncertainty drivers (`[[drivers]]`), in file order: each one draw per trial shared by the
    /// lines it selects, multiplying them on top of their own factors.
    public var drivers: [UncertaintyDriver] = []

    public init(factors: [UncertainFactor] = [], groups: [CorrelationGroup] = [], pairs: [CorrelationPair] = [],
                drivers: [UncertaintyDriver] = []) {
        self.factors = factors
        self.groups = groups
        self.pairs = pairs
        self.drivers = drivers
    }

    /// True when nothing is uncertain (no factor and no driver; uncertain conditions are the
    /// scenario's, not this spec's).
    public var isEmpty: Bool { factors.isEmpty && drivers.isEmpty }
}

/// An uncertainty driver (usikkerhetsdriver): a named cause of uncertainty that acts on several
/// lines with one draw per trial, shared by them all.
///
/// The rule (Scenarios/README.md, docs/guide/uncertainty.md): a line's amount is multiplied by
/// the product of its own factors and of every driver that selects it. The driver's draw is keyed
/// by its name, so it is the same draw in every scenario that declares it (common random numbers),
/// and it can be correlated with other drivers and factors by `[[correlation.pairs]]` naming it.
public struct UncertaintyDriver: Sendable, Hashable {
    /// The driver's name: its key in correlation pairs, reports and random streams.
    public var name: String
    /// The lines it acts on.
    public var selector: LineSelector
    /// Its distribution (a triple estimate or any other), parameters exact as written.
    public var law: FactorLaw
    /// What the driver stands for, as written (`note`).
    public var note: String?
    /// Where its name was written.
    public var origin: SourceReference?

    public init(name: String, selector: LineSelector, law: FactorLaw, note: String? = nil, origin: SourceReference?) {
        self.name = name
        self.selector = selector
        self.law = law
        self.note = note
        self.origin = origin
    }
}

/// A distribution of a multiplicative factor (1 = as estimated), its parameters exact as written:
/// the engine's one definition of the distributions (``DFCostNumerics/Distribution``).
public typealias FactorLaw = Distribution<ExactDecimal>

/// A factor applied to the selected lines' counted cells.
public struct UncertainFactor: Sendable, Hashable {
    /// How factors are keyed and shared.
    public enum Scope: String, Sendable, Hashable {
        /// Each selected line draws its own factor, keyed by the line id (the default).
        case line
        /// One factor shared by every selected line, keyed by the factor's name.
        case shared
    }
    /// A name for reports; the key of a shared factor.
    public var name: String
    public var selector: LineSelector
    public var law: FactorLaw
    public var scope: Scope
    public var origin: SourceReference?

    public init(name: String, selector: LineSelector, law: FactorLaw, scope: Scope, origin: SourceReference?) {
        self.name = name
        self.selector = selector
        self.law = law
        self.scope = scope
        self.origin = origin
    }
}

/// Factors whose lines match a selector, correlated pairwise with one coefficient.
public struct CorrelationGroup: Sendable, Hashable {
    public var name: String
    public var selector: LineSelector
    public var coefficient: ExactDecimal
    public var origin: SourceReference?

    public init(name: String, selector: LineSelector, coefficient: ExactDecimal, origin: SourceReference?) {
        self.name = name
        self.selector = selector
        self.coefficient = coefficient
        self.origin = origin
    }
}

/// One explicit coefficient between two factor keys (line ids, or shared factor names).
public struct CorrelationPair: Sendable, Hashable {
    public var first: String
    public var second: String
    public var coefficient: ExactDecimal
    public var origin: SourceReference?

    public init(first: String, second: String, coefficient: ExactDecimal, origin: SourceReference?) {
        self.first = first
        self.second = second
        self.coefficient = coefficient
        self.origin = origin
    }
}

extension Distribution where Parameter == ExactDecimal {
    /// The distribution the Monte Carlo engine draws from, its parameters as Doubles; its
    /// ``FactorDistribution/validate()`` is the one check of the parameters.
    public var distribution: FactorDistribution {
        map(\.doubleValue)
    }
}
