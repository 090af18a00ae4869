import DFCostModel
import DFCostScenario

/// Everything `compare` (or a notebook, or a server) asks: a base scenario file, the files
/// compared with it, the what-ifs applied to those, and what to compute besides the comparison.
///
/// ``run()`` loads and applies every file, compares each other with the base, and decides the
/// layout (``ComparisonLayout``). The request never names command-line flags.
public struct CompareRequest: Sendable {
    /// The base scenario file.
    public var base: String
    /// The scenario files compared with the base, in order.
    public var others: [String]
    /// What-ifs applied to the other scenarios (not to the base).
    public var whatIfs: ApplyOptions
    /// Also give each payer's part in both scenarios and the delta (needs payer keys in both).
    public var byPayer: Bool
    /// Side by side: give each initiative's subtotal in every column.
    public var byInitiative: Bool
    /// Side by side: what each column is compared with.
    public var against: Comparison.Against
    /// What the caller asks of the layout besides what the files decide.
    public var preference: ComparisonLayout.Preference
    /// How a file is read: the scenario loader unless a caller has its own store.
    public var load: @Sendable (String) throws -> Scenario

    public init(base: String, others: [String], whatIfs: ApplyOptions = ApplyOptions(), byPayer: Bool = false,
                byInitiative: Bool = false, against: Comparison.Against = .first,
                preference: ComparisonLayout.Preference = ComparisonLayout.Preference(),
                load: @escaping @Sendable (String) throws -> Scenario = { try ScenarioLoader.load(path: $0) }) {
        self.base = base
        self.others = others
        self.whatIfs = whatIfs
        self.byPayer = byPayer
        self.byInitiative = byInitiative
        self.against = against
        self.preference = preference
        self.load = load
    }

    /// Loads, applies and compares every file.
    /// - Throws: ``CompareFailure``: the file being read or compared when something failed, the
    ///   error as the layer below threw it, and what was compared before it.
    public func run() throws(CompareFailure) -> CompareResult {
        var result = CompareResult(base: base)
        var current = base
        do {
            let baseScenario = try load(base)
            let baseApplied = try baseScenario.apply()
            result.baseApplied = baseApplied
            result.inputs = baseScenario.files
            var otherScenarios: [Scenario] = []
            for path in others {
                current = path
                let scenario = try load(path)
                let applied = try scenario.apply(whatIfs)
                result.notices += applied.notices
                result.inputs += scenario.files
                otherScenarios.append(scenario)
                if byPayer {
                    result.payerDeltas.append(try PayerDelta.between(try baseApplied.payerAllocation(try baseApplied.totals()),
                                                                     try applied.payerAllocation(try applied.totals())))
                }
                let comparison = try ScenarioComparison(base: baseApplied, other: applied)
                result.others.append(CompareResult.Other(file: path, applied: applied, comparison: comparison))
            }
            current = others.last ?? base
            result.layout = ComparisonLayout.choose(base: baseScenario, others: otherScenarios, preference: preference)
            if result.layout == .sideBySide {
                let columns = [Comparison.Input(name: baseApplied.name, file: base, applied: baseApplied)]
                    + result.others.map { Comparison.Input(name: $0.applied.name, file: $0.file, applied: $0.applied) }
                result.rounds = try Comparison(columns, against: against, byInitiative: byInitiative)
            }
            return result
        } catch {
            throw CompareFailure(file: current, underlying: error, completed: result)
        }
    }
}
