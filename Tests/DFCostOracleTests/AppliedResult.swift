/// An applied table in a form both sides can be reduced to and compared exactly: the oracle
/// builds it from its own evaluation, ``EngineRunner`` from the engine's `AppliedScenario`.
struct AppliedResult: Sendable, Hashable {
    /// One cell of a line after the merge.
    struct Cell: Sendable, Hashable, Comparable, CustomStringConvertible {
        var year: Int
        var amount: OracleDecimal
        var isInternal: Bool
        /// Condition ids, sorted (the union of the merged pieces' marks).
        var conditions: [String]

        static func < (a: Cell, b: Cell) -> Bool {
            (a.year, a.amount, a.isInternal ? 1 : 0, a.conditions.joined(separator: ","))
                < (b.year, b.amount, b.isInternal ? 1 : 0, b.conditions.joined(separator: ","))
        }

        var description: String {
            let text = isInternal ? "(\(amount))" : "\(amount)"
            return "\(year)=\(text)\(conditions.isEmpty ? "" : "[" + conditions.joined(separator: ",") + "]")"
        }
    }

    /// A line's solution and cells, sorted by year.
    struct Line: Sendable, Hashable {
        var solution: String
        var cells: [Cell]
    }

    /// A piece set aside from the sums: which line, the year it was in, its amount, and why
    /// (`condition`, `removed` or `horizon`).
    struct SetAside: Sendable, Hashable, Comparable, CustomStringConvertible {
        var lineID: String
        var year: Int
        var amount: OracleDecimal
        var reason: String

        static func < (a: SetAside, b: SetAside) -> Bool {
            (a.lineID, a.year, a.amount, a.reason) < (b.lineID, b.year, b.amount, b.reason)
        }

        var description: String { "\(lineID) \(year) \(amount) (\(reason))" }
    }

    var years: [Int]
    var summedYears: [Int]
    var lines: [String: Line]
    /// Sorted.
    var excluded: [SetAside]
    /// Sorted.
    var beyondHorizon: [SetAside]
    /// Summed year -> sum of the counted cells.
    var totals: [Int: OracleDecimal]
    /// Solution -> summed year -> sum (every solution, zero when empty).
    var bySolution: [String: [Int: OracleDecimal]]
    /// Summed year -> cumulative level.
    var cumulative: [Int: OracleDecimal]
    /// Line id -> sum of its counted cells in the summed years.
    var lineTotals: [String: OracleDecimal]

    /// The sums of a table of merged lines, as step 5 of the README defines them.
    static func summing(
        years: [Int], summedYears: [Int], solutions: [String], lines: [String: Line],
        excluded: [SetAside], beyondHorizon: [SetAside]
    ) -> AppliedResult {
        let summed = summedYears.sorted()
        var totals: [Int: OracleDecimal] = [:]
        var bySolution: [String: [Int: OracleDecimal]] = [:]
        var lineTotals: [String: OracleDecimal] = [:]
        for y in summed { totals[y] = .zero }
        for s in solutions { bySolution[s] = Dictionary(uniqueKeysWithValues: summed.map { ($0, OracleDecimal.zero) }) }
        for (id, line) in lines {
            var own = OracleDecimal.zero
            for cell in line.cells where !cell.isInternal && summed.contains(cell.year) {
                totals[cell.year, default: .zero] = totals[cell.year, default: .zero] + cell.amount
                bySolution[line.solution, default: [:]][cell.year, default: .zero] =
                    bySolution[line.solution, default: [:]][cell.year, default: .zero] + cell.amount
                own = own + cell.amount
            }
            lineTotals[id] = own
        }
        var cumulative: [Int: OracleDecimal] = [:]
        var running = OracleDecimal.zero
        for y in summed {
            running = running + totals[y, default: .zero]
            cumulative[y] = running
        }
        return AppliedResult(
            years: years, summedYears: summedYears, lines: lines, excluded: excluded.sorted(),
            beyondHorizon: beyondHorizon.sorted(), totals: totals, bySolution: bySolution,
            cumulative: cumulative, lineTotals: lineTotals)
    }

    /// Every field that differs from `other`, one per line, for a failure message.
    func differences(from other: AppliedResult, mine: String, theirs: String) -> [String] {
        var out: [String] = []
        func note(_ what: String, _ a: some Any, _ b: some Any) { out.append("\(what): \(mine) \(a) vs \(theirs) \(b)") }
        if years != other.years { note("years", years, other.years) }
        if summedYears != other.summedYears { note("summed years", summedYears, other.summedYears) }
        for id in Set(lines.keys).union(other.lines.keys).sorted() where lines[id] != other.lines[id] {
            note("line \(id)", lines[id].map { "\($0.solution) \($0.cells)" } ?? "absent",
                 other.lines[id].map { "\($0.solution) \($0.cells)" } ?? "absent")
        }
        if excluded != other.excluded { note("excluded", excluded, other.excluded) }
        if beyondHorizon != other.beyondHorizon { note("beyond horizon", beyondHorizon, other.beyondHorizon) }
        if totals != other.totals { note("totals", totals.sorted { $0.key < $1.key }, other.totals.sorted { $0.key < $1.key }) }
        if bySolution != other.bySolution { note("by solution", bySolution, other.bySolution) }
        if cumulative != other.cumulative { note("cumulative", cumulative.sorted { $0.key < $1.key }, other.cumulative.sorted { $0.key < $1.key }) }
        if lineTotals != other.lineTotals { note("line totals", lineTotals, other.lineTotals) }
        return out
    }
}
