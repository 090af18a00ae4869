import DFCostModel

/// Every combination of a few varied parameters, with its yearly totals, fast enough to stream
/// millions of combinations.
///
/// Totals are sums over lines, and a line's cells depend only on the line and on the parameters
/// that touch it (a condition on one of its cells, a selector that matches it). So the lines are
/// partitioned by the set of parameters touching them; for each part, the exact scenario engine
/// runs once per combination of just those parameters, and the per-year totals are kept as
/// integers at a common decimal scale. A combination's totals are then the constant part plus one
/// table lookup per part: exact, identical to applying the scenario, and a few nanoseconds each.
public struct Sweep: Sendable {
    struct Part: Sendable {
        /// Indices of the parameters touching the part's lines.
        var parameters: [Int]
        /// Stride of each of those parameters in `table`'s first index.
        var strides: [Int]
        /// Flattened [combination of the part's parameters][year] totals at `scale`.
        var table: [Int64]
    }

    /// The varied parameters; the first varies slowest.
    public let parameters: [SweepParameter]
    /// The summed years reported.
    public let years: [Int]
    /// The engine's warnings of the scenario with the what-ifs applied (before any parameter varies).
    public let notices: [EngineWarning]
    /// Number of decimals of the integer totals.
    public let scale: Int
    /// Total number of combinations.
    public let combinations: Int
    let constant: [Int64]
    let parts: [Part]

    /// Most combinations one sweep may enumerate.
    public static let maximumCombinations = 1_000_000_000
    /// Most exact engine runs spent on preparing the tables.
    public static let maximumPreparationRuns = 200_000

    /// Prepares a sweep of `parameters` over a scenario with the given what-ifs applied first.
    public init(scenario: Scenario, parameters: [SweepParameter], options: ApplyOptions = ApplyOptions()) throws(ScenarioError) {
        let (scenario, options) = try scenario.folding(options)
        guard !parameters.isEmpty else { throw .badWhatIf(.vary, subject: nil, .noParameters) }
        var count = 1
        for p in parameters {
            let (c, o) = count.multipliedReportingOverflow(by: p.count)
            guard !o, c <= Self.maximumCombinations else {
                throw .badWhatIf(.sweep, subject: nil, .tooManyCombinations(Self.maximumCombinations))
            }
            count = c
        }
        for p in parameters {
            if case .condition(let name, _) = p.kind, scenario.base.condition(name) == nil {
                throw .badWhatIf(.vary, subject: nil, .unknownCondition(name, suggestion: Suggestion.closest(to: name, in: scenario.base.conditions.map(\.id))))
            }
        }
        self.parameters = parameters
        self.combinations = count
        let reference = try scenario.apply(options)
        years = reference.table.summedYears
        notices = reference.notices

        // Partition every line (published and added) by the parameters that touch it.
        let allLines = scenario.allLines
        var groups: [[Int]: Set<String>] = [:]
        for line in allLines {
            let conditions = scenario.conditionIDs(reaching: line, options: options)
            let touching = parameters.indices.filter { Self.touches(parameters[$0], line, conditions: conditions) }
            groups[touching, default: []].insert(line.id)
        }
        var runs = 0
        var exactParts: [(parameters: [Int], totals: [[ExactDecimal]])] = []
        var constantExact = [ExactDecimal](repeating: .zero, count: reference.table.summedYears.count)
        for (touching, ids) in groups.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let restricted = scenario.restricted(toLines: ids)
            let sizes = touching.map { parameters[$0].count }
            let n = sizes.reduce(1, *)
            runs += n
            guard runs <= Self.maximumPreparationRuns else {
                throw .badWhatIf(.sweep, subject: nil, .tooManyRuns(runs))
            }
            var totals: [[ExactDecimal]] = []
            for k in 0..<n {
                var digits: [Int] = []
                var rest = k
                for size in sizes.reversed() { digits.insert(rest % size, at: 0); rest /= size }
                var o = options
                o.strict = false
                for (j, pi) in touching.enumerated() { Self.add(parameters[pi], value: digits[j], to: &o) }
                let applied = try restricted.apply(o)
                let t: Totals
                do { t = try applied.totals() } catch { throw .operation(nil, .sweepArithmetic(error)) }
                totals.append(years.map { t.totals[$0] ?? .zero })
            }
            if touching.isEmpty {
                constantExact = totals[0]
            } else {
                exactParts.append((touching, totals))
            }
        }
        // One integer scale for everything, so a combination is a few integer additions.
        var scale = constantExact.map(\.scale).max() ?? 0
        for part in exactParts { for row in part.totals { scale = max(scale, row.map(\.scale).max() ?? 0) } }
        self.scale = scale
        func integer(_ d: ExactDecimal) throws(ScenarioError) -> Int64 {
            guard let v = d.integerUnits(atScale: scale) else { throw .operation(nil, .sweepAmountOutOfRange(d)) }
            return v
        }
        var constant: [Int64] = []
        for d in constantExact { constant.append(try integer(d)) }
        self.constant = constant
        var parts: [Part] = []
        for part in exactParts {
            var strides = [Int](repeating: 1, count: part.parameters.count)
            for j in stride(from: part.parameters.count - 2, through: 0, by: -1) {
                strides[j] = strides[j + 1] * parameters[part.parameters[j + 1]].count
            }
            var table: [Int64] = []
            for row in part.totals { for d in row { table.append(try integer(d)) } }
            parts.append(Part(parameters: part.parameters, strides: strides, table: table))
        }
        self.parts = parts
    }

    /// True when the parameter can change the line's amounts; `conditions` are the conditions
    /// reaching the line (``Scenario/conditionIDs(reaching:options:)``).
    static func touches(_ p: SweepParameter, _ line: CostLine, conditions: Set<String>) -> Bool {
        switch p.kind {
        case .condition(let name, _): conditions.contains(name)
        case .operation(let s, _): s.matches(line)
        }
    }

    static func add(_ p: SweepParameter, value i: Int, to o: inout ApplyOptions) {
        switch p.kind {
        case .condition(let name, let states): o.conditionOverrides.append((name, states[i]))
        case .operation(let s, let v): o.operations.append(Operation(kind: v[i], selector: s))
        }
    }

    /// Calls `body` for every combination in order (first parameter slowest) with the value index of
    /// each parameter and the totals per summed year followed by the horizon total, as integers at
    /// ``scale`` decimals. Return false from `body` to stop early.
    /// - Throws: ``ArithmeticError/overflow`` if a sum leaves the Int64 range.
    public func forEachCombination(
        _ body: (_ digits: UnsafeBufferPointer<Int>, _ totals: UnsafeBufferPointer<Int64>) -> Bool
    ) throws(ArithmeticError) {
        let p = parameters.count
        let y = years.count
        var digits = [Int](repeating: 0, count: p)
        var totals = [Int64](repeating: 0, count: y + 1)
        let sizes = parameters.map(\.count)
        for _ in 0..<combinations {
            var horizon: Int64 = 0
            for k in 0..<y {
                var sum = constant[k]
                for part in parts {
                    var row = 0
                    for (j, pi) in part.parameters.enumerated() { row &+= digits[pi] &* part.strides[j] }
                    let (s, o) = sum.addingReportingOverflow(part.table[row &* y &+ k])
                    guard !o else { throw .overflow }
                    sum = s
                }
                totals[k] = sum
                let (h, o) = horizon.addingReportingOverflow(sum)
                guard !o else { throw .overflow }
                horizon = h
            }
            totals[y] = horizon
            let go = digits.withUnsafeBufferPointer { d in totals.withUnsafeBufferPointer { t in body(d, t) } }
            if !go { return }
            // Odometer: the last parameter varies fastest.
            var j = p - 1
            while j >= 0 {
                digits[j] += 1
                if digits[j] < sizes[j] { break }
                digits[j] = 0
                j -= 1
            }
        }
    }
}

extension Scenario {
    /// The same scenario over only the named lines (published or added), for engines that
    /// evaluate lines independently: totals are sums over lines, so parts can be summed.
    public func restricted(toLines ids: Set<String>) -> Scenario {
        var s = self
        s.base.lines = base.lines.filter { ids.contains($0.id) }
        s.operations = operations.filter {
            if case .add(let l) = $0.kind { return ids.contains(l.id) }
            return true
        }
        return s
    }

    /// Every line the scenario can hold: the published ones and those its operations add.
    public var allLines: [CostLine] {
        var lines = base.lines
        for op in operations { if case .add(let l) = op.kind { lines.append(l) } }
        return lines
    }
}
