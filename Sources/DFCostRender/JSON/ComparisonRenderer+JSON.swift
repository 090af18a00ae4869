import DFCostModel
import DFCostScenario

/// The comparisons as JSON, from the comparison models themselves: `dfcost.compare/1` for
/// ``Comparison`` in columns, and an object per ``ScenarioComparison`` (docs/json-contract.md).
extension ComparisonRenderer {
    /// One comparison of two scenarios: totals and deltas, and every other difference.
    public func json(_ c: ScenarioComparison) -> JSONValue {
        func year(_ y: ScenarioComparison.YearDelta) -> JSONValue {
            .object([("base", .string(y.base.description)), ("other", .string(y.other.description)),
                     ("delta", .string(y.delta.description)), ("percent", y.percent.map { .string($0.description) } ?? .null)])
        }
        func decimal(_ d: ExactDecimal?) -> JSONValue { d.map { .string($0.description) } ?? .null }
        func strings(_ s: [String]) -> JSONValue { .array(s.map { .string($0) }) }
        func reasons(_ r: [ComparisonReason]) -> JSONValue { strings(r.map(ReasonLabels.machine.text)) }
        func years(_ y: [Int]) -> JSONValue { .array(y.map { .number("\($0)") }) }
        func entry(_ e: ScenarioComparison.SetAsideDelta.Entry?) -> JSONValue {
            e.map { .object([("amount", .string($0.amount.description)), ("internal", .bool($0.isInternal)), ("reason", .string(ReasonLabels.machine.text($0.reason)))]) } ?? .null
        }
        var solutions: [(String, JSONValue)] = []
        for s in uniqued(c.bySolution.map(\.solution)) {
            solutions.append((s, .object(c.bySolution.filter { $0.solution == s }.map { ("\($0.year)", .string($0.delta.description)) })))
        }
        return .object([
            ("base", .string(c.baseName)), ("other", .string(c.otherName)), ("changed", .bool(c.hasChanges)),
            ("totals", .object(c.years.map { ("\($0.year)", year($0)) })),
            ("horizon_total", year(c.horizon)),
            ("by_solution_delta", .object(solutions)),
            ("table_years", c.tableYears.map { y in
                .object([("base", .object([("years", years(y.baseYears)), ("summed_years", years(y.baseSummedYears))])),
                         ("other", .object([("years", years(y.otherYears)), ("summed_years", years(y.otherSummedYears))]))])
            } ?? .null),
            ("conditions", .array(c.conditions.map { d in
                .object([("condition", .string(d.condition)), ("base", d.base.map { .string($0.description) } ?? .null),
                         ("other", d.other.map { .string($0.description) } ?? .null)])
            })),
            ("lines", .array(c.lines.map { d in
                var members: [(String, JSONValue)] = [("line", .string(d.lineID)), ("solution", .string(d.solution)),
                                                      ("change", .string(d.kind.rawValue)), ("why", reasons(d.reasons))]
                if d.kind == .renamed || d.kind == .solutionChanged {
                    // The line BASE had: how it was found, and what differs.
                    func text(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
                    members += [("match", text(d.match?.rawValue)), ("previous_line", text(d.previousID)),
                                ("previous_solution", text(d.previousSolution)), ("previous_label", text(d.previousLabel)),
                                ("label", text(d.label))]
                }
                return .object(members)
            })),
            ("cells", .array(c.cells.map { d in
                .object([("line", .string(d.lineID)), ("year", .number("\(d.year)")),
                         ("changes", strings(d.kinds.map(\.rawValue))),
                         ("base", decimal(d.base)), ("other", decimal(d.other)),
                         ("base_internal", .bool(d.baseIsInternal)), ("other_internal", .bool(d.otherIsInternal)),
                         ("base_conditions", strings(d.baseConditions)), ("other_conditions", strings(d.otherConditions)),
                         ("why", reasons(d.reasons))])
            })),
            ("set_aside", .array(c.setAside.map { d in
                .object([("list", .string(d.kind.rawValue)), ("line", .string(d.lineID)), ("year", .number("\(d.year)")),
                         ("base", entry(d.base)), ("other", entry(d.other))])
            })),
        ])
    }

    /// `dfcost.compare/1`: the scenarios in order with their figures, then the deltas of each
    /// against its reference (docs/json-contract.md).
    public func json(_ c: Comparison) -> JSONValue {
        func decimal(_ d: ExactDecimal?) -> JSONValue { d.map { .string($0.description) } ?? .null }
        func byYear(_ rows: [Comparison.GroupRow], key: String, _ pick: (Comparison.Series) -> ExactDecimal?) -> JSONValue {
            .object(rows.filter { $0.key == key && $0.year != nil }.compactMap { r in pick(r.series).map { ("\(r.year!)", .string($0.description)) } })
        }
        func grouped(_ rows: [Comparison.GroupRow], _ pick: (Comparison.Series) -> ExactDecimal?) -> JSONValue {
            .object(uniqued(rows.map(\.key)).map { ($0, byYear(rows, key: $0, pick)) })
        }
        let totalsByYear = c.totals.filter { $0.year != nil }
        let horizon = c.totals.first { $0.year == nil }!.series
        var scenarios: [JSONValue] = []
        for (k, column) in c.columns.enumerated() {
            var members: [(String, JSONValue)] = [
                ("name", .string(column.name)), ("file", .string(column.file)),
                ("totals", .object(totalsByYear.compactMap { r in r.series.amounts[k].map { ("\(r.year!)", .string($0.description)) } })),
                ("horizon_total", decimal(horizon.amounts[k])),
                ("by_solution", grouped(c.bySolution) { $0.amounts[k] }),
            ]
            if let initiatives = c.byInitiative { members.append(("by_initiative", grouped(initiatives) { $0.amounts[k] })) }
            members.append(("lines", .array(c.lines.compactMap { line in
                guard let id = line.ids[k] else { return nil }
                return .object([
                    ("id", .string(id)), ("solution", .string(line.solutions[k] ?? line.solution)), ("initiative", .string(line.initiative)),
                    ("part", .string(line.part)), ("total", decimal(line.total.amounts[k])),
                    ("years", .object(c.years.compactMap { y in line.years[y]?.amounts[k].map { ("\(y)", .string($0.description)) } })),
                ])
            })))
            scenarios.append(.object(members))
        }
        var deltas: [JSONValue] = []
        for k in c.columns.indices {
            guard let r = c.reference(of: k) else { continue }
            var members: [(String, JSONValue)] = [
                ("scenario", .number("\(k)")), ("against", .number("\(r)")),
                ("totals", .object(totalsByYear.compactMap { row in row.series.deltas[k].map { ("\(row.year!)", .string($0.description)) } })),
                ("percent", .object(totalsByYear.map { row in ("\(row.year!)", decimal(row.series.percents[k])) })),
                ("horizon_total", decimal(horizon.deltas[k])),
                ("by_solution", grouped(c.bySolution) { $0.deltas[k] }),
            ]
            if let initiatives = c.byInitiative { members.append(("by_initiative", grouped(initiatives) { $0.deltas[k] })) }
            members.append(("lines", .array(c.lines.compactMap { line -> JSONValue? in
                guard let m = line.movements[k] else { return nil }
                let previousID: JSONValue = line.ids[r].map { .string($0) } ?? .null
                let previousSolution: JSONValue = line.solutions[r].map { .string($0) } ?? .null
                return .object([
                    ("id", .string(line.ids[k] ?? line.ids[r] ?? line.id)),
                    ("previous_id", previousID),
                    ("previous_solution", previousSolution),
                    ("match", m.match.map { .string($0.rawValue) } ?? .null),
                    ("movement", .array(m.kinds.map { .string($0.rawValue) })),
                    ("moved_years", m.years.map { .number("\($0)") } ?? .null),
                    ("conditions_added", .array(m.conditionsAdded.map { .string($0) })),
                    ("conditions_removed", .array(m.conditionsRemoved.map { .string($0) })),
                    ("total", decimal(line.total.deltas[k])),
                    ("years", .object(c.years.compactMap { y in line.years[y]?.deltas[k].map { ("\(y)", .string($0.description)) } })),
                ])
            })))
            deltas.append(.object(members))
        }
        return .object([
            ("schema", .string("dfcost.compare/1")), ("against", .string(c.against.rawValue)),
            ("years", .array(c.years.map { .number("\($0)") })), ("changed", .bool(c.hasChanges)),
            ("scenarios", .array(scenarios)), ("deltas", .array(deltas)),
        ])
    }
}
