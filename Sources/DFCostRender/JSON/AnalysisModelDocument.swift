import DFCostModel
import DFCostNumerics
import DFCostSimulation

/// The analysis model of a simulation as JSON (`analysis_model` in docs/simulate.schema.json):
/// file syntax rather than words (distribution and scope as written in scenario files, states as
/// `full`, `delayed:1`), exact decimals as strings, lines by id and name, origins as
/// `file:line:column` (null when there is none). Members in the order the schema lists them.
public struct AnalysisModelDocument: Encodable, Sendable {
    public var factors: [Factor]
    /// Factors drawn per trial (a line-scoped entry draws one per line).
    public var drawnFactors: Int
    public var correlation: Correlation
    public var events: [Event]
    @JSONNullable public var run: Run?

    public struct Line: Encodable, Sendable {
        public var id: String
        public var name: String
    }

    public struct FactorName: Encodable, Sendable {
        public var key: String
        public var name: String
    }

    /// One `[[uncertainty]]` entry.
    public struct Factor: Encodable, Sendable {
        /// `factor` (an `[[uncertainty]]` entry).
        public var kind: String
        public var entry: Int
        @JSONNullable public var name: String?
        public var distribution: String
        /// The parameters by their keys in scenario files (`low`, `mode`, `high`, `p10`, `p90`).
        public var parameters: JSONMembers<JSONDecimal>
        /// How the distribution was given, when not as its parameters (a triple estimate).
        @JSONNullable public var estimate: JSONMembers<JSONDecimal>?
        public var scope: String
        public var lines: [Line]
        public var factorKeys: [String]
        @JSONNullable public var origin: String?
    }

    public struct Correlation: Encodable, Sendable {
        public var groups: [Group]
        public var pairs: [Pair]
        /// Every coefficient the nearest-correlation repair changed.
        public var repairs: [Repair]
    }

    public struct Group: Encodable, Sendable {
        public var name: String
        public var coefficient: JSONDecimal
        public var lines: [Line]
        @JSONNullable public var origin: String?
    }

    public struct Pair: Encodable, Sendable {
        public var a: FactorName
        public var b: FactorName
        public var coefficient: JSONDecimal
        @JSONNullable public var origin: String?
    }

    public struct Repair: Encodable, Sendable {
        public var a: FactorName
        public var b: FactorName
        public var old: Double
        public var new: Double
    }

    /// An uncertain condition: the event register's row.
    public struct Event: Encodable, Sendable {
        public var id: String
        @JSONNullable public var description: String?
        public var states: [State]
        public var lines: [Line]
        @JSONNullable public var origin: String?
    }

    public struct State: Encodable, Sendable {
        public var state: String
        public var probability: JSONDecimal
    }

    public struct Run: Encodable, Sendable {
        public var trials: Int
        public var seed: UInt64
        /// `plain` or `lhs`.
        public var sampling: String
        @JSONNullable public var dfcostVersion: String?
        @JSONNullable public var commit: String?
        /// The what-ifs given with the run, in file notation ("fm-phaseout=delayed:1",
        /// "scale ×1.2 [solution:e-resept]"), in the order applied.
        public var whatIfs: [String]
    }

    public init(_ model: AnalysisModel) {
        func lines(_ refs: [AnalysisModel.LineReference]) -> [Line] { refs.map { Line(id: $0.id, name: $0.name) } }
        func factor(_ f: AnalysisModel.FactorReference) -> FactorName { FactorName(key: f.key, name: f.name) }
        factors = model.factors.map { f in
            let kind = switch f.kind { case .factor: "factor"; case .driver: "driver" }
            let estimate: JSONMembers<JSONDecimal>? = switch f.estimate {
            case nil: nil
            case .triple(let p10, let mostLikely, let p90)?:
                JSONMembers([("p10", JSONDecimal(p10)), ("most_likely", JSONDecimal(mostLikely)), ("p90", JSONDecimal(p90))])
            }
            return Factor(kind: kind, entry: f.entry, name: f.name, distribution: f.distribution.kind.rawValue,
                          parameters: JSONMembers(zip(f.distribution.kind.parameterNames, f.distribution.parameters.map(JSONDecimal.init)).map { ($0, $1) }),
                          estimate: estimate, scope: f.scope.rawValue, lines: lines(f.lines), factorKeys: f.keys, origin: f.origin?.description)
        }
        drawnFactors = model.drawnFactorCount
        correlation = Correlation(
            groups: model.correlationGroups.map { Group(name: $0.name, coefficient: JSONDecimal($0.coefficient), lines: lines($0.lines), origin: $0.origin?.description) },
            pairs: model.correlationPairs.map { Pair(a: factor($0.first), b: factor($0.second), coefficient: JSONDecimal($0.coefficient), origin: $0.origin?.description) },
            repairs: model.repairs.map { Repair(a: factor($0.first), b: factor($0.second), old: $0.old, new: $0.new) })
        events = model.events.map { e in
            Event(id: e.id, description: e.description,
                  states: e.outcomes.map { State(state: $0.state.description, probability: JSONDecimal($0.probability)) },
                  lines: lines(e.lines), origin: e.origin?.description)
        }
        run = model.run.map { r in
            Run(trials: r.trials, seed: r.seed, sampling: r.sampling.rawValue, dfcostVersion: r.software?.version, commit: r.software.flatMap { s in s.commit.map { s.modified ? $0 + " (with uncommitted changes)" : $0 } },
                whatIfs: r.whatIfs.map {
                    switch $0 {
                    case .condition(let id, let state): "\(id)=\(state)"
                    case .operation(let op): op.label
                    }
                })
        }
    }
}
