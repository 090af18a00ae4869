import DFCostModel
import DFCostNumerics
import DFCostScenario

/// The analysis model (analysemodell) of a Monte Carlo run: every assumption its percentiles rest
/// on, so that a reader can audit the P85. Each uncertainty factor with the lines it acts on, its
/// distribution and scope; each correlation (groups, explicit pairs, and the coefficients a repair
/// changed); each uncertain condition as an event register (hendelsesregister) with its states'
/// probabilities; and the run itself (trials, seed, sampling method, the dfcost that ran it).
///
/// ``SimulationModel`` builds the scenario's part once (``SimulationModel/analysis``); the
/// application layer adds the run and the repairs. Renderers only word and arrange it.
///
/// A new kind of input is one more row: a factor entry carries its ``Factor/Kind`` and, when it
/// was not given as the distribution's own parameters, its ``Factor/Estimate``; an event carries
/// its states whatever drew them.
public struct AnalysisModel: Sendable, Hashable {
    /// The uncertainty factors, in file order.
    public var factors: [Factor]
    /// Correlation groups, in file order, with the lines whose factors they correlate.
    public var correlationGroups: [CorrelationGroup]
    /// Explicit correlation pairs, in file order.
    public var correlationPairs: [CorrelationPair]
    /// Every coefficient the nearest-correlation repair changed (empty when none was asked for or needed).
    public var repairs: [Repair]
    /// The uncertain conditions drawn per trial (the event register), by id.
    public var events: [Event]
    /// How the run was made; nil for a model not yet run.
    public var run: Run?

    public init(factors: [Factor] = [], correlationGroups: [CorrelationGroup] = [], correlationPairs: [CorrelationPair] = [],
                repairs: [Repair] = [], events: [Event] = [], run: Run? = nil) {
        self.factors = factors
        self.correlationGroups = correlationGroups
        self.correlationPairs = correlationPairs
        self.repairs = repairs
        self.events = events
        self.run = run
    }

    /// The number of factors drawn per trial (a line-scoped entry draws one per line).
    public var drawnFactorCount: Int { factors.reduce(0) { $0 + $1.keys.count } }

    /// A line of the table, by id and by the name people read ("Tiltak / del").
    public struct LineReference: Sendable, Hashable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// A drawn factor by its key (a line id, `name/line`, or a shared factor's name) and the
    /// name people read (the line's name, or the shared factor's).
    public struct FactorReference: Sendable, Hashable {
        public var key: String
        public var name: String

        public init(key: String, name: String) {
            self.key = key
            self.name = name
        }
    }

    /// One uncertainty entry: what it multiplies and how it is distributed.
    public struct Factor: Sendable, Hashable {
        /// Where the factor comes from in the file.
        public enum Kind: Sendable, Hashable {
            /// An `[[uncertainty]]` entry: a multiplicative factor on the lines it selects.
            case factor
            /// An uncertainty driver (`[[drivers]]`): one draw per trial multiplying every line it selects.
            case driver
        }

        /// How the distribution was given, when not as its own parameters.
        public enum Estimate: Sendable, Hashable {
            /// A triple estimate (trippelestimat): P10, most likely and P90, fitted to ``Factor/distribution``.
            case triple(p10: ExactDecimal, mostLikely: ExactDecimal, p90: ExactDecimal)
        }

        public var kind: Kind
        /// The 1-based number of the entry among the file's `[[uncertainty]]` entries.
        public var entry: Int
        /// The name given in the file; nil for an unnamed entry.
        public var name: String?
        /// The distribution drawn from, its parameters exact as written (or as fitted).
        public var distribution: Distribution<ExactDecimal>
        /// How it was given, when not as the distribution's parameters.
        public var estimate: Estimate?
        /// One factor per line, or one shared by the lines.
        public var scope: UncertainFactor.Scope
        /// The lines it acts on, in table order.
        public var lines: [LineReference]
        /// The keys of the factors drawn for it (one per line, or the shared name; empty when it selects no line).
        public var keys: [String]
        /// Where the entry was written.
        public var origin: SourceReference?

        public init(kind: Kind = .factor, entry: Int, name: String?, distribution: Distribution<ExactDecimal>, estimate: Estimate? = nil,
                    scope: UncertainFactor.Scope, lines: [LineReference], keys: [String], origin: SourceReference?) {
            self.kind = kind
            self.entry = entry
            self.name = name
            self.distribution = distribution
            self.estimate = estimate
            self.scope = scope
            self.lines = lines
            self.keys = keys
            self.origin = origin
        }
    }

    /// A correlation group: every pair of its line factors has the coefficient.
    public struct CorrelationGroup: Sendable, Hashable {
        /// The group's name as the file gives it, or its place (`groups[2]`) when it has none.
        public var name: String
        /// Its number among the file's correlation groups, from 1 (for "gruppe 2" when unnamed).
        public var entry: Int
        /// False when the file gives the group no `name` (``name`` is then its place).
        public var isNamed: Bool
        public var coefficient: ExactDecimal
        /// The lines whose factors it correlates (fewer than two: it correlates nothing).
        public var lines: [LineReference]
        public var origin: SourceReference?

        public init(name: String, entry: Int = 1, isNamed: Bool = true, coefficient: ExactDecimal, lines: [LineReference],
                    origin: SourceReference?) {
            self.name = name
            self.entry = entry
            self.isNamed = isNamed
            self.coefficient = coefficient
            self.lines = lines
            self.origin = origin
        }
    }

    /// An explicit coefficient between two factors.
    public struct CorrelationPair: Sendable, Hashable {
        public var first: FactorReference
        public var second: FactorReference
        public var coefficient: ExactDecimal
        public var origin: SourceReference?

        public init(first: FactorReference, second: FactorReference, coefficient: ExactDecimal, origin: SourceReference?) {
            self.first = first
            self.second = second
            self.coefficient = coefficient
            self.origin = origin
        }
    }

    /// A coefficient the nearest-correlation repair changed, old → new.
    public struct Repair: Sendable, Hashable {
        public var first: FactorReference
        public var second: FactorReference
        public var old: Double
        public var new: Double

        public init(first: FactorReference, second: FactorReference, old: Double, new: Double) {
            self.first = first
            self.second = second
            self.old = old
            self.new = new
        }
    }

    /// An uncertain condition (a risk event): its states and their probabilities.
    public struct Event: Sendable, Hashable {
        /// One state and its probability.
        public struct Outcome: Sendable, Hashable {
            public var state: ConditionState
            public var probability: ExactDecimal

            public init(state: ConditionState, probability: ExactDecimal) {
                self.state = state
                self.probability = probability
            }
        }

        /// The condition's id.
        public var id: String
        /// The condition's footnote in the table ("Er avhengig av full utfasing av FM."), when it has one.
        public var description: String?
        public var outcomes: [Outcome]
        /// The lines whose cells depend on it.
        public var lines: [LineReference]
        public var origin: SourceReference?

        public init(id: String, description: String?, outcomes: [Outcome], lines: [LineReference], origin: SourceReference?) {
            self.id = id
            self.description = description
            self.outcomes = outcomes
            self.lines = lines
            self.origin = origin
        }
    }

    /// How the run was made.
    public struct Run: Sendable, Hashable {
        public var trials: Int
        public var seed: UInt64
        public var sampling: SamplingMethod
        /// The dfcost that ran it; nil when the caller did not say.
        public var software: SoftwareVersion?
        /// The what-ifs given with the run (on the command line, or by a front end), in the
        /// order applied: the basiskostnad is the file's table with these applied, so an auditor
        /// needs them to rebuild it.
        public var whatIfs: [WhatIf]

        public init(trials: Int, seed: UInt64, sampling: SamplingMethod, software: SoftwareVersion?, whatIfs: [WhatIf] = []) {
            self.trials = trials
            self.seed = seed
            self.sampling = sampling
            self.software = software
            self.whatIfs = whatIfs
        }
    }

    /// One what-if given with a run.
    public enum WhatIf: Sendable, Hashable {
        /// A condition set to a state (`--condition fm-phaseout=delayed:1`).
        case condition(id: String, state: ConditionState)
        /// An operation (`--scale`, `--shift`, `--remove`, `--index`, `--set`, `--add`, ...).
        case operation(Operation)
    }
}

/// The dfcost that produced a result: its version and the commit it was built from. The
/// executable passes its build's values in; libraries never read them from globals.
public struct SoftwareVersion: Sendable, Hashable {
    public var version: String
    /// The commit; nil when the build does not know it.
    public var commit: String?
    /// Whether the work tree differed from ``commit`` when the binary was built.
    public var modified: Bool

    public init(version: String, commit: String?, modified: Bool = false) {
        self.version = version
        self.commit = commit
        self.modified = modified
    }
}

extension AnalysisModel.Factor {
    /// How a law is shown: a triple estimate as the triangular it is fitted to (rounded to six
    /// decimals, for reading) with the estimate as given; any other law as written.
    public static func described(_ law: FactorLaw) -> (Distribution<ExactDecimal>, Estimate?) {
        guard case .trigen(let p10, let likely, let p90) = law else { return (law, nil) }
        let fit = TrigenFit(p10: p10.doubleValue, likely: likely.doubleValue, p90: p90.doubleValue)
        guard let low = ExactDecimal(rounding: fit.low, decimals: 6), let high = ExactDecimal(rounding: fit.high, decimals: 6) else {
            return (law, .triple(p10: p10, mostLikely: likely, p90: p90))
        }
        return (.triangular(low: low, mode: likely, high: high), .triple(p10: p10, mostLikely: likely, p90: p90))
    }
}
