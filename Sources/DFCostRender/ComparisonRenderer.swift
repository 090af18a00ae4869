import DFCostModel
import DFCostScenario

/// Renders `dfcost compare`: totals side by side, deltas, per-solution deltas, changed cells.
public struct ComparisonRenderer: Sendable {
    public var locale: Locale
    public var csvDialect: CSVDialect

    public init(locale: Locale = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    public func render(_ comparisons: [ScenarioComparison], format: OutputFormat) -> String {
        switch format {
        case .text, .markdown: comparisons.map { text($0, markdown: format == .markdown) }.joined(separator: "\n")
        case .csv: csv(comparisons)
        case .json: JSONValue.array(comparisons.map(json)).render()
        }
    }

    func percent(_ p: ExactDecimal?) -> String {
        p.map { locale.numbers.format($0, decimals: 1) + " %" } ?? "–"
    }

    func signed(_ d: ExactDecimal) -> String {
        d.isNegative || d.isZero ? locale.numbers.format(d) : "+" + locale.numbers.format(d)
    }

    func text(_ c: ScenarioComparison, markdown: Bool) -> String {
        let n = locale.numbers
        var out = markdown ? "## \(c.baseName) → \(c.otherName)\n\n" : "\(c.baseName) -> \(c.otherName)\n\n"
        var grid: [[String]] = [[locale.labels.year, c.baseName, c.otherName, "delta", "%"]]
        for y in c.years { grid.append(["\(y.year)", n.format(y.base), n.format(y.other), signed(y.delta), percent(y.percent)]) }
        grid.append(["total", n.format(c.horizon.base), n.format(c.horizon.other), signed(c.horizon.delta), percent(c.horizon.percent)])
        out += table(grid, markdown: markdown)
        let changedSolutions = c.bySolution.filter { !$0.delta.isZero }
        if !changedSolutions.isEmpty {
            out += "\n"
            var s: [[String]] = [["solution", locale.labels.year, c.baseName, c.otherName, "delta"]]
            for d in changedSolutions { s.append([d.solution, "\(d.year)", n.format(d.base), n.format(d.other), signed(d.delta)]) }
            out += table(s, markdown: markdown)
        }
        if !c.cells.isEmpty {
            out += "\n"
            var s: [[String]] = [["line", locale.labels.year, c.baseName, c.otherName, "why"]]
            for d in c.cells {
                s.append([d.lineID, "\(d.year)", d.base.map(n.format) ?? "–", d.other.map(n.format) ?? "–",
                          d.reasons.joined(separator: "; ")])
            }
            out += table(s, markdown: markdown, leftAligned: [4])
        } else {
            out += "\nno cell differs\n"
        }
        return out
    }

    func table(_ rows: [[String]], markdown: Bool, leftAligned: Set<Int> = []) -> String {
        guard markdown else {
            var g = TextGrid()
            g.rows = rows
            g.rulesAfter = [0]
            g.leftAligned = leftAligned
            return g.render()
        }
        var out = "| " + rows[0].joined(separator: " | ") + " |\n|" + rows[0].map { _ in "---" }.joined(separator: "|") + "|\n"
        for r in rows.dropFirst() { out += "| " + r.map { $0.replacingOccurrencesOfPipe() }.joined(separator: " | ") + " |\n" }
        return out
    }

    func csv(_ comparisons: [ScenarioComparison]) -> String {
        var w = CSVWriter(dialect: csvDialect)
        w.row(["base", "other", "kind", "key", "year", "base_amount", "other_amount", "delta", "percent", "why"])
        for c in comparisons {
            for y in c.years + [c.horizon] {
                w.row([c.baseName, c.otherName, "total", "", y.year == 0 ? "total" : "\(y.year)", w.number(y.base), w.number(y.other),
                       w.number(y.delta), y.percent.map(w.number) ?? "", ""])
            }
            for d in c.bySolution {
                w.row([c.baseName, c.otherName, "solution", d.solution, "\(d.year)", w.number(d.base), w.number(d.other), w.number(d.delta), "", ""])
            }
            for d in c.cells {
                w.row([c.baseName, c.otherName, "cell", d.lineID, "\(d.year)", d.base.map(w.number) ?? "", d.other.map(w.number) ?? "",
                       "", "", d.reasons.joined(separator: "; ")])
            }
        }
        return w.output
    }

    func json(_ c: ScenarioComparison) -> JSONValue {
        func year(_ y: ScenarioComparison.YearDelta) -> JSONValue {
            .object([("base", .string(y.base.description)), ("other", .string(y.other.description)),
                     ("delta", .string(y.delta.description)), ("percent", y.percent.map { .string($0.description) } ?? .null)])
        }
        var solutions: [(String, JSONValue)] = []
        for s in Array(NSOrderedUnique(c.bySolution.map(\.solution))) {
            solutions.append((s, .object(c.bySolution.filter { $0.solution == s }.map { ("\($0.year)", .string($0.delta.description)) })))
        }
        return .object([
            ("base", .string(c.baseName)), ("other", .string(c.otherName)), ("changed", .bool(c.hasChanges)),
            ("totals", .object(c.years.map { ("\($0.year)", year($0)) })),
            ("horizon_total", year(c.horizon)),
            ("by_solution_delta", .object(solutions)),
            ("cells", .array(c.cells.map { d in
                .object([("line", .string(d.lineID)), ("year", .number("\(d.year)")),
                         ("base", d.base.map { .string($0.description) } ?? .null),
                         ("other", d.other.map { .string($0.description) } ?? .null),
                         ("why", .array(d.reasons.map { .string($0) }))])
            })),
        ])
    }
}

/// The distinct values of a sequence, in first-seen order.
func NSOrderedUnique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}

extension String {
    func replacingOccurrencesOfPipe() -> String {
        String(flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
    }
}
