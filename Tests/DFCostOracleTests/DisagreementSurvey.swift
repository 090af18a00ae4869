import Foundation
import Testing

/// A triage aid, off by default: runs `DFCOST_ORACLE_SURVEY` cases from fixed seeds, groups the
/// disagreements by what differs (the first words of each problem), shrinks the first case of
/// each group with ``ScenarioShrinker`` and prints it. `propertyCheck` stops at the first
/// failure; this lists every kind of disagreement in one run.
///
/// `DFCOST_ORACLE_SURVEY=5000 swift test --filter DisagreementSurvey` (seeds 0..<5000;
/// `DFCOST_ORACLE_SURVEY_FROM` moves the first seed).
struct DisagreementSurvey {
    let check: DifferentialCheck

    /// The group of a disagreement: the problem's text up to its first colon.
    static func group(_ problems: [String]) -> String {
        problems.map { String($0.prefix { $0 != ":" }) }.sorted().joined(separator: " + ")
    }

    /// Greedy shrinking: the first smaller candidate that still disagrees in the same group, until none does.
    func shrink(_ spec: OracleCase, group: String) throws -> OracleCase {
        var current = spec
        var progress = true
        while progress {
            progress = false
            for candidate in ScenarioShrinker.candidates(current) {
                let (verdict, problems) = try check.check(candidate)
                if verdict == .disagreed, Self.group(problems) == group {
                    current = candidate
                    progress = true
                    break
                }
            }
        }
        return current
    }

    /// What a case exercises, for the coverage line of the survey.
    static func features(_ c: OracleCase) -> Set<String> {
        var f: Set<String> = []
        let ops = c.files.flatMap(\.operations)
        for op in ops {
            switch op.kind {
            case .scale: f.insert("scale")
            case .shift: f.insert("shift")
            case .set(let cell):
                f.insert("set")
                if !cell.conditions.isEmpty { f.insert("set marked") }
                if cell.isInternal { f.insert("set internal") }
            case .add(let line):
                f.insert("add")
                if line.cells.contains(where: { !$0.conditions.isEmpty }) { f.insert("add marked") }
            case .remove: f.insert(op.selector.years == nil ? "remove lines" : "remove years")
            case .index: f.insert("index")
            case .horizon: f.insert("horizon")
            }
            if op.selector.includeInternal { f.insert("include_internal") }
        }
        if c.files.count > 1 { f.insert("extends") }
        if c.files.contains(where: { $0.precision != nil }) { f.insert("precision") }
        for s in c.files.flatMap(\.states) + c.whatIfs.conditions {
            switch s.state {
            case .full: f.insert("state full")
            case .none: f.insert("state none")
            case .delayed: f.insert("state delayed")
            case .share: f.insert("state share")
            }
        }
        if !c.whatIfs.conditions.isEmpty { f.insert("--condition") }
        if !c.whatIfs.scales.isEmpty { f.insert("--scale") }
        if !c.whatIfs.shifts.isEmpty { f.insert("--shift") }
        if !c.whatIfs.adds.isEmpty { f.insert("--add") }
        if !c.whatIfs.sets.isEmpty { f.insert("--set") }
        if !c.whatIfs.removes.isEmpty { f.insert("--remove") }
        if !c.whatIfs.indexes.isEmpty { f.insert("--index") }
        if !c.sweep.isEmpty { f.insert("sweep") }
        if c.baseLines.flatMap(\.cells).contains(where: { $0.conditions.count > 1 }) { f.insert("two marks") }
        if case .applied(let r) = OracleEvaluator(spec: c).evaluate(c.commandLine()) {
            if r.beyondHorizon.contains(where: { $0.reason == "condition" }) { f.insert("delayed beyond horizon") }
            if r.excluded.contains(where: { $0.reason == "condition" }) { f.insert("excluded by condition") }
            let pieces = c.baseLines.flatMap(\.cells).count + c.files.flatMap { $0.lines.flatMap(\.cells) }.count
            if r.lines.values.flatMap(\.cells).count < pieces - r.excluded.count - r.beyondHorizon.count { f.insert("pieces merged or removed") }
        }
        return f
    }

    static var count: Int? { ProcessInfo.processInfo.environment["DFCOST_ORACLE_SURVEY"].flatMap { Int($0) } }

    @Test("survey of disagreements (DFCOST_ORACLE_SURVEY=N)", .enabled(if: DisagreementSurvey.count != nil))
    static func survey() throws {
        let runner = try EngineRunner(name: "survey")
        defer { runner.remove() }
        let survey = DisagreementSurvey(check: DifferentialCheck(runner: runner))
        var firstCase: [String: (seed: UInt64, spec: OracleCase, problems: [String])] = [:]
        var counts: [String: Int] = [:]
        var covered: [String: Int] = [:]
        var errors: [String: Int] = [:]
        var verdicts: [DifferentialCheck.Verdict: Int] = [:]
        let start = ContinuousClock.now
        let from = UInt64(ProcessInfo.processInfo.environment["DFCOST_ORACLE_SURVEY_FROM"].flatMap { Int($0) } ?? 0)
        for seed in from..<(from + UInt64(count ?? 0)) {
            var generator = ScenarioGenerator(rng: SplitMix(seed: seed))
            let spec = generator.makeCase()
            let (verdict, problems) = try survey.check.check(spec)
            verdicts[verdict, default: 0] += 1
            if verdict == .agreedApplied { for f in features(spec) { covered[f, default: 0] += 1 } }
            if verdict == .agreedError, case .error(let why) = OracleEvaluator(spec: spec).evaluate(spec.commandLine()) {
                errors[String(why.prefix { $0 != "'" && !$0.isNumber }), default: 0] += 1
            }
            guard verdict == .disagreed else { continue }
            let g = group(problems)
            counts[g, default: 0] += 1
            if firstCase[g] == nil { firstCase[g] = (seed, spec, problems) }
        }
        print("survey: \(count ?? 0) cases in \(ContinuousClock.now - start): \(verdicts.map { "\($0.key.rawValue) \($0.value)" }.sorted().joined(separator: ", "))")
        print("agreed applied cases with: " + covered.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("agreed errors: " + errors.sorted { $0.value > $1.value }.map { "\($0.key)\($0.value)" }.joined(separator: ", "))
        for (g, n) in counts.sorted(by: { $0.value > $1.value }) {
            let first = firstCase[g]!
            let small = try survey.shrink(first.spec, group: g)
            let (_, problems) = try survey.check.check(small)
            print("\n=== \(n) cases: \(g) (first at seed \(first.seed))\n\(problems.joined(separator: "\n"))\n\(TOMLRenderer.describe(small))")
        }
        #expect(counts.isEmpty, "\(counts.values.reduce(0, +)) disagreements in \(counts.count) groups")
    }
}
