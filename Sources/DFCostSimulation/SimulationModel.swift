import DFCostModel
import DFCostNumerics
import DFCostScenario

/// A scenario turned into a Monte Carlo specification.
///
/// The deterministic part comes from the exact engine: every line's counted amounts per summed
/// year, after conditions and operations. Uncertainty multiplies them: each `[[uncertainty]]`
/// entry gives the selected lines a factor (keyed by line id for common random numbers), and an
/// uncertain condition becomes an event whose states re-run the exact engine on the lines it
/// touches. Amounts become Doubles only here, for statistics; the money path stays exact.
public struct SimulationModel: Sendable {
    /// The specification for ``MonteCarlo``.
    public let spec: SimulationSpec
    /// The deterministic scenario (conditions at their set states), for the "base" of a KS2 breakdown.
    public let deterministic: AppliedScenario
    /// The deterministic totals.
    public let totals: Totals
    /// The summed years, in output order.
    public var years: [Int] { totals.summedYears }
    /// The solution of each term's line, in term order (for allocating to payers).
    public let termSolutions: [String]
    /// The scenario's part of the analysis model: factors, correlations and the event register
    /// (the run and any repair are added by whoever runs it).
    public let analysis: AnalysisModel
    /// The name people read of each drawn factor, by key.
    let factorNames: [String: String]
    /// The spec's factors that are uncertainty drivers (`[[drivers]]`), by id (= the driver's name).
    public let driverNames: [String]
    /// Entries that select no line, and a model in which nothing is drawn.
    public let warnings: [SimulationWarning]
    /// True when no factor, driver or event moves a summed amount: every trial gives the
    /// deterministic totals.
    public var isDeterministic: Bool {
        !spec.terms.contains { ($0.event != nil || !$0.factors.isEmpty) && $0.amountsByState.contains { $0.contains { $0 != 0 } } }
    }

    /// Builds the model of a scenario with command-line what-ifs applied.
    /// - Throws: ``SimulationModelError`` for unknown factor keys, lines depending on two uncertain
    ///   conditions, or invalid correlation; ``ScenarioError`` from the engine.
    public init(scenario: Scenario, options: ApplyOptions = ApplyOptions()) throws {
        let (scenario, options) = try scenario.folding(options)
        let applied = try scenario.apply(options)
        deterministic = applied
        totals = try applied.totals()
        let years = totals.summedYears
        let overridden = Set(options.conditionOverrides.map(\.0))
        let events = scenario.uncertainConditions.filter { !overridden.contains($0.key) }.sorted { $0.key < $1.key }

        // Which uncertain condition touches which line (its cells as written, and cells `set` on it).
        var eventOfLine: [String: Int] = [:]
        for line in scenario.allLines {
            let reaching = scenario.conditionIDs(reaching: line, options: options)
            let touching = events.indices.filter { reaching.contains(events[$0].key) }
            if touching.count > 1 {
                throw SimulationModelError.twoUncertainConditions(line: line.id, conditions: touching.map { events[$0].key })
            }
            if let e = touching.first { eventOfLine[line.id] = e }
        }

        // Amounts per line per summed year, per event state where an event touches the line.
        func amounts(_ applied: AppliedScenario) -> [String: [Double]] {
            var map: [String: [Double]] = [:]
            for line in applied.table.lines {
                map[line.id] = years.map { y in
                    line.cells.filter { $0.year == y && $0.isCounted }.reduce(0.0) { $0 + $1.amount.doubleValue }
                }
            }
            return map
        }
        let deterministicAmounts = amounts(applied)
        var stateAmounts: [Int: [[String: [Double]]]] = [:]
        for (i, event) in events.enumerated() {
            let ids = Set(eventOfLine.filter { $0.value == i }.map(\.key))
            let restricted = scenario.restricted(toLines: ids)
            var perState: [[String: [Double]]] = []
            for outcome in event.value.outcomes {
                var o = options
                o.strict = false
                o.conditionOverrides.append((event.key, outcome.state))
                perState.append(amounts(try restricted.apply(o)))
            }
            stateAmounts[i] = perState
        }

        // The names people read, for the analysis model.
        // A line's name: its solution's and its own ("Kjernejournal: Program digital samhandling /
        // Deling av journaldokumenter"), as one initiative's part may stand under several solutions.
        func name(_ line: CostLine) -> String {
            "\((applied.table.solution(line.solution) ?? scenario.base.solution(line.solution))?.name ?? line.solution): \(line.label)"
        }
        var lineNames: [String: String] = [:]
        for line in scenario.allLines where lineNames[line.id] == nil { lineNames[line.id] = name(line) }
        for line in applied.table.lines { lineNames[line.id] = name(line) }
        var lineOrder = applied.table.lines.map(\.id)
        var ordered = Set(lineOrder)
        for line in scenario.allLines where ordered.insert(line.id).inserted { lineOrder.append(line.id) }
        func reference(_ id: String) -> AnalysisModel.LineReference { .init(id: id, name: lineNames[id] ?? id) }

        // Factors.
        var factors: [SimulationSpec.Factor] = []
        var factorEntries: [AnalysisModel.Factor] = []
        var factorNames: [String: String] = [:]
        var factorLines: [[String]] = []  // lines each factor multiplies
        var factorOfLine: [String: [Int]] = [:]
        var lineFactorIndex: [String: [Int]] = [:]
        // The rule for overlapping entries (Scenarios/README.md): a later [[uncertainty]] entry
        // replaces an earlier one for the lines it selects when both give those lines the same
        // factor key (unnamed line-scoped entries are keyed by the line id). Two shared factors
        // of one name, or a shared name equal to a line key, remain an error at the later entry.
        let entries = scenario.uncertainty.factors
        var lineKeyOwner: [String: Int] = [:]  // factor key -> index of the entry that keeps it
        var sharedNames: [String: SourceReference?] = [:]
        for (i, u) in entries.enumerated() {
            switch u.scope {
            case .shared:
                if let first = sharedNames[u.name] ?? nil {
                    throw SimulationModelError.duplicateFactor(u.name, origin: u.origin, first: first)
                }
                sharedNames[u.name] = .some(u.origin)
            case .line:
                for line in applied.table.lines where u.selector.matches(line) {
                    lineKeyOwner[Self.lineFactorKey(u, line.id)] = i
                }
            }
        }
        for (name, origin) in sharedNames where lineKeyOwner[name] != nil {
            let later = entries[lineKeyOwner[name]!].origin
            throw SimulationModelError.duplicateFactor(name, origin: later, first: origin)
        }
        for (index, u) in entries.enumerated() {
            let law = u.law.distribution
            let lines = applied.table.lines.filter(u.selector.matches).map(\.id)
                .filter { u.scope == .shared || lineKeyOwner[Self.lineFactorKey(u, $0)] == index }
            var keys: [String] = []
            switch u.scope {
            case .shared:
                factors.append(.init(id: u.name, distribution: law))
                factorLines.append(lines)
                for l in lines { factorOfLine[l, default: []].append(factors.count - 1) }
                keys = [u.name]
                factorNames[u.name] = u.name
            case .line:
                for l in lines {
                    let key = Self.lineFactorKey(u, l)
                    factors.append(.init(id: key, distribution: law))
                    factorLines.append([l])
                    factorOfLine[l, default: []].append(factors.count - 1)
                    lineFactorIndex[l, default: []].append(factors.count - 1)
                    keys.append(key)
                    factorNames[key] = Self.isUnnamed(u) ? reference(l).name : "\(u.name): \(reference(l).name)"
                }
            }
            let (shown, estimate) = AnalysisModel.Factor.described(u.law)
            factorEntries.append(AnalysisModel.Factor(entry: index + 1, name: Self.isUnnamed(u) ? nil : u.name, distribution: shown,
                                                      estimate: estimate, scope: u.scope, lines: lines.map(reference), keys: keys,
                                                      origin: u.origin))
        }

        // Drivers: one factor each, keyed by its name, multiplying every line it selects on top
        // of the line's own factors (appended after them, so a file without drivers keeps its
        // factor order and draws).
        var driverNames: [String] = []
        let factorKeys = Set(factors.map(\.id))
        for d in scenario.uncertainty.drivers {
            if factorKeys.contains(d.name) {
                throw SimulationModelError.driverNameTaken(d.name, origin: d.origin)
            }
            let lines = applied.table.lines.filter(d.selector.matches).map(\.id)
            factors.append(.init(id: d.name, distribution: d.law.distribution))
            factorLines.append(lines)
            for l in lines { factorOfLine[l, default: []].append(factors.count - 1) }
            driverNames.append(d.name)
            factorNames[d.name] = d.name
            let (shown, estimate) = AnalysisModel.Factor.described(d.law)
            factorEntries.append(AnalysisModel.Factor(kind: .driver, entry: factorEntries.count + 1, name: d.name, distribution: shown,
                                                      estimate: estimate, scope: .shared, lines: lines.map(reference), keys: [d.name],
                                                      origin: d.origin))
        }
        self.driverNames = driverNames

        // Entries whose select matches no line: said, not silently dropped.
        var warnings: [SimulationWarning] = []
        let solutionIDs = applied.table.solutions.map(\.id)
        func check(_ selector: LineSelector, _ entry: SimulationWarning.Entry, _ origin: SourceReference?) {
            if let why = SimulationWarning.noMatch(selector, lines: applied.table.lines, solutions: solutionIDs) {
                warnings.append(SimulationWarning(origin: origin, kind: .selectsNoLine(entry, why)))
            }
        }
        for u in entries { check(u.selector, .factor(u.name), u.origin) }
        for d in scenario.uncertainty.drivers { check(d.selector, .driver(d.name), d.origin) }
        for g in scenario.uncertainty.groups {
            check(g.selector, .correlationGroup(g.name), g.origin)
            let selected = applied.table.lines.filter(g.selector.matches)
            if selected.count == 1, let line = selected.first {
                warnings.append(SimulationWarning(origin: g.origin, kind: .groupSelectsOneLine(group: g.name, line: reference(line.id).name)))
            }
        }

        // Terms: one per line.
        var terms: [SimulationSpec.Term] = []
        var termSolutions: [String] = []
        let solutionOf = Dictionary(scenario.allLines.map { ($0.id, $0.solution) }, uniquingKeysWith: { a, _ in a })
        var eventIndexOfSpec: [Int: Int] = [:]
        var specEvents: [SimulationSpec.Event] = []
        /// The spec's index of uncertain condition `e`, adding the event on first use.
        func specEvent(_ e: Int) -> Int {
            if let s = eventIndexOfSpec[e] { return s }
            specEvents.append(.init(id: events[e].key, probabilities: events[e].value.outcomes.map { $0.probability.doubleValue }))
            eventIndexOfSpec[e] = specEvents.count - 1
            return specEvents.count - 1
        }
        for line in applied.table.lines {
            let fs = factorOfLine[line.id] ?? []
            if let e = eventOfLine[line.id], let perState = stateAmounts[e] {
                let specIndex = specEvent(e)
                let zero = [Double](repeating: 0, count: years.count)
                terms.append(.init(factors: fs, event: specIndex, amountsByState: perState.map { $0[line.id] ?? zero }))
                termSolutions.append(line.solution)
            } else if let a = deterministicAmounts[line.id], a.contains(where: { $0 != 0 }) {
                terms.append(.init(factors: fs, amounts: a))
                termSolutions.append(line.solution)
            }
        }
        // Lines touched by an event but absent from the deterministic table (e.g. state none) still vary.
        for (e, perState) in stateAmounts {
            for id in Set(eventOfLine.filter { $0.value == e }.map(\.key)) where !applied.table.lines.contains(where: { $0.id == id }) {
                let specIndex = specEvent(e)
                let zero = [Double](repeating: 0, count: years.count)
                terms.append(.init(factors: [], event: specIndex, amountsByState: perState.map { $0[id] ?? zero }))
                termSolutions.append(solutionOf[id] ?? "")
            }
        }

        // Correlation.
        let names = factors.map(\.id)
        var groups: [CorrelationMatrix.Group] = []
        var groupEntries: [AnalysisModel.CorrelationGroup] = []
        for g in scenario.uncertainty.groups {
            let members = factors.indices.filter { i in factorLines[i].count == 1 && lineFactorIndex[factorLines[i][0]]?.contains(i) == true
                && applied.table.lines.first { $0.id == factorLines[i][0] }.map(g.selector.matches) == true }
            if members.count > 1 { groups.append(.init(members: members, coefficient: g.coefficient.doubleValue)) }
            groupEntries.append(.init(name: g.name, entry: groupEntries.count + 1, isNamed: !g.name.hasPrefix("groups["), coefficient: g.coefficient, lines: members.map { reference(factorLines[$0][0]) }, origin: g.origin))
        }
        var pairs: [CorrelationMatrix.Pair] = []
        var pairEntries: [AnalysisModel.CorrelationPair] = []
        for p in scenario.uncertainty.pairs {
            guard let i = names.firstIndex(of: p.first) else {
                throw SimulationModelError.unknownFactor(p.first, origin: p.origin, suggestion: Suggestion.closest(to: p.first, in: names))
            }
            guard let j = names.firstIndex(of: p.second) else {
                throw SimulationModelError.unknownFactor(p.second, origin: p.origin, suggestion: Suggestion.closest(to: p.second, in: names))
            }
            pairs.append(.init(i, j, coefficient: p.coefficient.doubleValue))
            pairEntries.append(.init(first: .init(key: p.first, name: factorNames[p.first] ?? p.first),
                                     second: .init(key: p.second, name: factorNames[p.second] ?? p.second),
                                     coefficient: p.coefficient, origin: p.origin))
        }
        let correlation = try CorrelationMatrix(names: names, groups: groups, pairs: pairs)
        spec = SimulationSpec(outputs: years.map(String.init), factors: factors, correlation: correlation,
                              events: specEvents, terms: terms)
        self.termSolutions = termSolutions
        self.factorNames = factorNames
        let eventEntries = events.enumerated().map { i, event in
            AnalysisModel.Event(
                id: event.key, description: (applied.table.condition(event.key) ?? scenario.base.condition(event.key)).map(\.description).flatMap { $0.isEmpty ? nil : $0 },
                outcomes: event.value.outcomes.map { .init(state: $0.state, probability: $0.probability) },
                lines: lineOrder.filter { eventOfLine[$0] == i }.map(reference), origin: event.value.origin)
        }
        if !spec.terms.contains(where: { ($0.event != nil || !$0.factors.isEmpty) && $0.amountsByState.contains { $0.contains { $0 != 0 } } }) {
            warnings.append(SimulationWarning(origin: nil, kind: .nothingUncertain(scenario: scenario.name)))
        }
        self.warnings = warnings
        analysis = AnalysisModel(factors: factorEntries, correlationGroups: groupEntries, correlationPairs: pairEntries, events: eventEntries)
    }

    /// A drawn factor by its key and the name people read (the key itself when the model has no such factor).
    public func factorReference(_ key: String) -> AnalysisModel.FactorReference {
        .init(key: key, name: factorNames[key] ?? key)
    }

    /// The same simulation with one output per payer and summed year (`"rhf/2025"`), each term's
    /// amounts multiplied by its solution's payer share in that year, then one per summed year
    /// for the payers' sum (``payerSumOutput(year:)``), whose percentiles are the Sum row's:
    /// percentiles do not add, so the sum is drawn, not added up from the payers' percentiles.
    /// Factors and events keep their ids, so the same seed draws the same values as ``spec``.
    /// - Throws: ``PayerAllocation/Failure/missingKey(solution:year:)`` for a solution without a key.
    public func byPayer(_ keys: PayerKeys) throws -> SimulationSpec {
        let years = self.years
        var outputs: [String] = []
        for p in keys.payers { for y in years { outputs.append("\(p.id)/\(y)") } }
        outputs += years.map(Self.payerSumOutput)
        var terms: [SimulationSpec.Term] = []
        for (term, solution) in zip(spec.terms, termSolutions) {
            var shares: [[Double]] = []  // payer -> year
            for p in keys.payers {
                var row: [Double] = []
                for y in years {
                    guard let key = keys.key(solution: solution, year: y) else {
                        throw PayerAllocation.Failure.missingKey(solution: solution, year: y)
                    }
                    let s = key.shares[p.id] ?? Share(numerator: 0, denominator: 1)!
                    row.append(Double(s.numerator) / Double(s.denominator))
                }
                shares.append(row)
            }
            let states = term.amountsByState.map { amounts in
                keys.payers.indices.flatMap { pi in years.indices.map { yi in amounts[yi] * shares[pi][yi] } }
                    + years.indices.map { yi in keys.payers.indices.reduce(0) { $0 + amounts[yi] * shares[$1][yi] } }
            }
            terms.append(.init(factors: term.factors, event: term.event, amountsByState: states))
        }
        return SimulationSpec(outputs: outputs, factors: spec.factors, correlation: spec.correlation, events: spec.events, terms: terms)
    }

    /// The output of ``byPayer(_:)`` that holds the payers' sum in `year` (not a payer id: ids
    /// hold no `Σ`).
    public static func payerSumOutput(year: Int) -> String { "Σ/\(year)" }

    /// The key of a line-scoped factor: the line id for an unnamed entry (common random numbers
    /// across scenarios), else `name/line`.
    static func lineFactorKey(_ u: UncertainFactor, _ line: String) -> String {
        isUnnamed(u) ? line : "\(u.name)/\(line)"
    }

    /// Whether the entry was written without a `name` (its name is then the reader's `uncertainty[N]`).
    static func isUnnamed(_ u: UncertainFactor) -> Bool {
        u.name.hasPrefix("uncertainty[")
    }

}

/// Why a scenario's uncertainty cannot be simulated.
public enum SimulationModelError: Error, Sendable, CustomStringConvertible {
    case unknownFactor(String, origin: SourceReference?, suggestion: String?)
    case twoUncertainConditions(line: String, conditions: [String])
    /// Two entries give one factor key that the override rule does not resolve (shared factors).
    case duplicateFactor(String, origin: SourceReference?, first: SourceReference?)
    /// A driver named like a factor key (a line id, `name/line`, or a shared factor's name).
    case driverNameTaken(String, origin: SourceReference?)

    public var description: String {
        switch self {
        case .unknownFactor(let key, let origin, let suggestion):
            "\(origin.map { "\($0): " } ?? "")correlation pair names unknown factor '\(key)'\(suggestion.map { "; did you mean '\($0)'?" } ?? "")"
        case .duplicateFactor(let key, let origin, let first):
            "\(origin.map { "\($0): " } ?? "")a second shared factor named '\(key)'\(first.map { " (first at \($0))" } ?? ""); give it another name, or scope = \"line\" so that it replaces the earlier entry for the lines it selects"
        case .driverNameTaken(let name, let origin):
            "\(origin.map { "\($0): " } ?? "")driver '\(name)' has the name of an uncertainty factor (a line id or a shared factor); give the driver another name"
        case .twoUncertainConditions(let line, let conditions):
            "line '\(line)' depends on two uncertain conditions (\(conditions.joined(separator: ", "))); make at most one of them uncertain"
        }
    }
}
