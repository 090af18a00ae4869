import DFCostFailure
import DFCostModel
import DFCostScenario

/// What a ``CompareRequest`` produced: each other scenario against the base, in the request's
/// order, and the layout to show them in.
public struct CompareResult: Sendable {
    /// One other scenario: its file, as applied, and its comparison with the base.
    public struct Other: Sendable {
        /// The file as the request named it.
        public var file: String
        /// The scenario with the request's what-ifs applied.
        public var applied: AppliedScenario
        /// Every difference from the base.
        public var comparison: ScenarioComparison
    }

    /// The base file as the request named it.
    public var base: String
    /// The base scenario as applied (nil only in a failure's partial result, before it was read).
    public var baseApplied: AppliedScenario?
    /// The other scenarios compared so far, in order.
    public var others: [Other] = []
    /// With a payer breakdown: each other's payer deltas against the base, in order.
    public var payerDeltas: [[PayerDelta]] = []
    /// The layout the comparisons are shown in.
    public var layout: ComparisonLayout = .detailed
    /// Side by side: every scenario a column, the base first.
    public var rounds: Comparison?
    /// The engine's notices for the other scenarios, for the front end to word and show.
    public var notices: [EngineWarning] = []
    /// Every file read, bases of `extends` chains included (an output may not overwrite one).
    public var inputs: [String] = []

    /// The comparisons in order.
    public var comparisons: [ScenarioComparison] { others.map(\.comparison) }
    /// True when any other scenario differs from the base (what `--fail-on-change` fails on).
    public var hasChanges: Bool { others.contains { $0.comparison.hasChanges } }

    init(base: String) { self.base = base }
}

/// Why a ``CompareRequest`` stopped: the file it was reading or comparing, the error from the
/// layer below (unchanged, so its own exit status and words hold), and what was compared before.
public struct CompareFailure: ExitStatusProviding, Sendable {
    /// The file being read or compared.
    public var file: String
    /// The error as thrown.
    public var underlying: any Error
    /// The comparisons done before the failure.
    public var completed: CompareResult

    /// The underlying error's own status.
    public var exitStatus: ExitStatus { ExitStatus(of: underlying) }
}
