import DFCostModel
import DFCostNotation
import DFCostScenario

/// Runs one case on both sides and lists every disagreement (empty when they agree exactly).
struct DifferentialCheck {
    let runner: EngineRunner

    /// How a case went, for the counts the suite prints.
    enum Verdict: String, Sendable {
        case agreedApplied, agreedError, outOfScope, disagreed
    }

    func check(_ spec: OracleCase) throws -> (Verdict, [String]) {
        let oracle = OracleEvaluator(spec: spec).evaluate(spec.commandLine())
        if case .outOfScope = oracle { return (.outOfScope, []) }
        let engine = try runner.run(spec)
        switch (oracle, engine) {
        case (.outOfScope, _):
            return (.outOfScope, [])
        case (.error, .error):
            return (.agreedError, [])
        case (.error(let why), .applied):
            return (.disagreed, ["the oracle expects an error (\(why)); the engine applied the case"])
        case (.applied, .error(let message)):
            return (.disagreed, ["the engine refused the case: \(message)"])
        case (.applied(let expected), .applied(let actual, let scenario, let options)):
            var problems = expected.differences(from: actual, mine: "oracle", theirs: "engine")
            if problems.isEmpty, !spec.sweep.isEmpty { problems += checkSweep(spec, scenario: scenario, options: options) }
            return (problems.isEmpty ? .agreedApplied : .disagreed, problems)
        }
    }

    /// Every row of a `Sweep` against the oracle applied directly to that combination.
    func checkSweep(_ spec: OracleCase, scenario: Scenario, options: ApplyOptions) -> [String] {
        var expected: [[Int]: OracleOutcome] = [:]
        var anyError = false
        var combination = [Int](repeating: 0, count: spec.sweep.count)
        while true {
            let outcome = OracleEvaluator(spec: spec).evaluate(spec.commandLine(forCombination: combination))
            switch outcome {
            case .outOfScope: return []
            case .error: anyError = true
            case .applied: break
            }
            expected[combination] = outcome
            var j = spec.sweep.count - 1
            while j >= 0 {
                combination[j] += 1
                if combination[j] < spec.sweep[j].count { break }
                combination[j] = 0
                j -= 1
            }
            if j < 0 { break }
        }
        let parameters: [SweepParameter]
        do {
            parameters = try spec.sweep.map { p throws(ScenarioError) in try SweepParameter.parse(TOMLRenderer.vary(p)) }
        } catch {
            return ["sweep: the engine refused a --vary: \(error)"]
        }
        var rows: [([Int], [Int64])] = []
        let sweep: Sweep
        do {
            sweep = try Sweep(scenario: scenario, parameters: parameters, options: options)
            try sweep.forEachCombination { digits, totals in
                rows.append((Array(digits), Array(totals)))
                return true
            }
        } catch {
            return anyError ? [] : ["sweep: the engine refused the sweep: \(error)"]
        }
        if anyError { return ["sweep: the oracle expects an error in some combination; the engine swept every one"] }
        var problems: [String] = []
        for (digits, totals) in rows {
            guard case .applied(let result)? = expected[digits] else {
                problems.append("sweep: row \(digits) has no oracle combination")
                continue
            }
            var want = sweep.years.map { result.totals[$0] ?? .zero }
            want.append(result.summedYears.reduce(OracleDecimal.zero) { $0 + (result.totals[$1] ?? .zero) })
            let got = totals.map { OracleDecimal(Int128($0), scale: sweep.scale) }
            if sweep.years != result.summedYears.sorted() { problems.append("sweep: years \(sweep.years) vs oracle \(result.summedYears)") }
            if want != got { problems.append("sweep: combination \(digits) (\(zip(spec.sweep, digits).map { TOMLRenderer.vary($0.0) + " #\($0.1)" })): oracle \(want) vs engine \(got)") }
        }
        if rows.count != expected.count { problems.append("sweep: \(rows.count) rows for \(expected.count) combinations") }
        return problems
    }
}
