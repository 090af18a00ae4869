import DFCostModel
import DFCostScenario

extension CheckSuite {
    /// The checks of `compare --fail-on-change` for one OTHER scenario, one case each: the total
    /// of every summed year ("total YEAR"), the horizon total, and each other kind of change
    /// `ScenarioComparison` knows (subtotals per solution, table years, condition states, lines,
    /// cells, set-aside cells). A case fails when that part differs; the failure gives BASE's
    /// value as the expected one and OTHER's as the computed one.
    ///
    /// - Parameters:
    ///   - base: the BASE file as the user named it.
    ///   - other: the OTHER file; the suite is named after it and annotations point at it.
    public static func comparison(base: String, other: String, _ c: ScenarioComparison,
                                  properties: [Property] = []) -> CheckSuite {
        let classname = classname("compare", file: other)
        let at = CheckLocation(file: other)
        func check(_ name: String, kind: String, _ differences: [String], summary: String) -> CheckCase {
            guard !differences.isEmpty else {
                return CheckCase(name: name, classname: classname, location: at, outcome: .passed)
            }
            let message = "\(summary) in \(other) compared with \(base)"
            let details = "base: \(base)\nother: \(other)\n" + differences.map { $0 + "\n" }.joined()
            return CheckCase(name: name, classname: classname, location: at,
                             outcome: .failed(CheckCase.Problem(kind: kind, message: message, details: details)))
        }
        func total(_ name: String, _ d: ScenarioComparison.YearDelta) -> CheckCase {
            guard !d.delta.isZero else { return CheckCase(name: name, classname: classname, location: at, outcome: .passed) }
            let message = "\(name): \(d.other) in \(other), \(d.base) in \(base) (\(signed(d.delta)))"
            let details = "base: \(base)\nother: \(other)\nexpected (base): \(d.base)\ncomputed (other): \(d.other)\ndelta: \(signed(d.delta))\n"
            return CheckCase(name: name, classname: classname, location: at,
                             outcome: .failed(CheckCase.Problem(kind: "total", message: message, details: details)))
        }

        var cases = [CheckCase(name: "load", classname: classname, location: at, outcome: .passed)]
        cases += c.years.map { total("total \($0.year)", $0) }
        cases.append(total("horizon total", c.horizon))
        let solutions = c.bySolution.filter { !$0.delta.isZero }
        cases.append(check("subtotals per solution", kind: "subtotal", solutions.map {
            "\($0.solution) \($0.year): expected \($0.base), computed \($0.other) (\(signed($0.delta)))"
        }, summary: count(solutions.count, "solution subtotal", "differs")))
        cases.append(check("table years", kind: "years", c.tableYears.map { y in
            ["years: expected \(VerificationRenderer.years(y.baseYears)), computed \(VerificationRenderer.years(y.otherYears))",
             "summed years: expected \(VerificationRenderer.years(y.baseSummedYears)), computed \(VerificationRenderer.years(y.otherSummedYears))"]
        } ?? [], summary: "the table's years differ"))
        cases.append(check("condition states", kind: "condition", c.conditions.map {
            "\($0.condition): expected \($0.base?.description ?? "undeclared"), computed \($0.other?.description ?? "undeclared")"
        }, summary: count(c.conditions.count, "condition state", "differs")))
        // A renamed line, or one moved to another solution, is one entry, not an addition and a removal.
        cases.append(check("lines", kind: "line", c.lines.map { line in
            "\(line.lineID) (\(line.solution)): \(lineChange(line))" + because(line.reasons)
        }, summary: count(c.lines.count, "line", "is " + lineVerbs(c.lines))))
        cases.append(check("cells", kind: "cell", c.cells.map { cell in
            "\(cell.lineID) \(cell.year): expected \(amount(cell.base, cell.baseIsInternal)), computed \(amount(cell.other, cell.otherIsInternal))"
                + " (\(cell.kinds.map(\.rawValue).joined(separator: ", ")))" + because(cell.reasons)
        }, summary: count(c.cells.count, "cell", "differs")))
        cases.append(check("set-aside cells", kind: "set-aside", c.setAside.map { aside in
            "\(aside.lineID) \(aside.year) \(aside.kind.rawValue): expected \(entry(aside.base)), computed \(entry(aside.other))"
        }, summary: count(c.setAside.count, "set-aside cell", "differs")))

        return CheckSuite(name: other, file: other, properties: [Property("base", base)] + properties, cases: cases)
    }

    /// "added", "renamed from old-id, 'Old initiative / part'", "solution changed from kjernejournal".
    static func lineChange(_ line: ScenarioComparison.LineChange) -> String {
        let was = [line.previousID, line.previousLabel.map { "'\($0)'" }].compactMap { $0 }.joined(separator: ", ")
        switch line.kind {
        case .added, .removed: return line.kind.rawValue
        case .renamed: return "renamed from \(was)"
        case .solutionChanged:
            return "solution changed from \(line.previousSolution ?? "?")" + (was.isEmpty ? "" : ", renamed from \(was)")
        }
    }

    /// What happened to the lines, in the order of the kinds: "added or removed", "renamed",
    /// "added, removed or renamed".
    static func lineVerbs(_ lines: [ScenarioComparison.LineChange]) -> String {
        let kinds = Set(lines.map(\.kind))
        var verbs: [String] = []
        if kinds.contains(.added) || kinds.contains(.removed) { verbs += ["added", "removed"] }
        if kinds.contains(.renamed) { verbs.append("renamed") }
        if kinds.contains(.solutionChanged) { verbs.append("moved to another solution") }
        guard verbs.count > 1 else { return verbs.first ?? "added or removed" }
        return verbs.dropLast().joined(separator: ", ") + " or " + verbs.last!
    }

    /// "+12", "-12", "0".
    static func signed(_ d: ExactDecimal) -> String {
        d.isNegative || d.isZero ? d.description : "+\(d)"
    }

    /// "1 cell differs", "2 cells differ"; "1 line is added or removed", "2 lines are added or removed".
    static func count(_ n: Int, _ noun: String, _ verb: String) -> String {
        guard n != 1 else { return "1 \(noun) \(verb)" }
        let plural = verb.hasPrefix("is ") ? "are " + verb.dropFirst(3) : verb.hasSuffix("s") ? String(verb.dropLast()) : verb
        return "\(n) \(noun)s \(plural)"
    }

    /// An amount, internal ones in parentheses; "none" when there is no cell.
    static func amount(_ a: ExactDecimal?, _ isInternal: Bool) -> String {
        guard let a else { return "none" }
        return isInternal ? "(\(a))" : a.description
    }

    static func entry(_ e: ScenarioComparison.SetAsideDelta.Entry?) -> String {
        guard let e else { return "not set aside" }
        return "\(amount(e.amount, e.isInternal)) (\(ReasonLabels.machine.text(e.reason)))"
    }

    static func because(_ reasons: [ComparisonReason]) -> String {
        reasons.isEmpty ? "" : "; why: " + reasons.map(ReasonLabels.machine.text).joined(separator: "; ")
    }
}
