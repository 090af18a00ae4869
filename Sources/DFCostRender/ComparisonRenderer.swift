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

    /// - Parameter payerDeltas: per comparison, each payer's part in both scenarios (`--by payer`).
    public func render(_ comparisons: [ScenarioComparison], format: OutputFormat, payerDeltas: [[PayerDelta]]? = nil) -> String {
        switch format {
        case .text, .markdown:
            return comparisons.enumerated().map { i, c in
                text(c, markdown: format == .markdown) + (payerDeltas.map { payerText($0[i], markdown: format == .markdown) } ?? "")
            }.joined(separator: "\n")
        case .csv:
            return csv(comparisons)
        case .json:
            return JSONValue.array(comparisons.enumerated().map { i, c in
                guard let deltas = payerDeltas?[i], case .object(var members) = json(c) else { return json(c) }
                var byPayer: [(String, JSONValue)] = []
                for d in deltas {
                    if let k = byPayer.firstIndex(where: { $0.0 == d.payer.id }), case .object(var years) = byPayer[k].1 {
                        years.append(("\(d.year)", .string(d.delta.description)))
                        byPayer[k].1 = .object(years)
                    } else {
                        byPayer.append((d.payer.id, .object([("\(d.year)", .string(d.delta.description))])))
                    }
                }
                members.append(("by_payer_delta", .object(byPayer)))
                return .object(members)
            }).render()
        }
    }

    func payerText(_ deltas: [PayerDelta], markdown: Bool) -> String {
        let n = locale.numbers
        var rows: [[String]] = [[locale == .nb ? "betaler" : "payer", locale.labels.year, "base", "other", "delta"]]
        for d in deltas where !d.delta.isZero || !d.base.isZero {
            rows.append([d.payer.id, "\(d.year)", n.format(d.base), n.format(d.other), signed(d.delta)])
        }
        return "\n" + table(rows, markdown: markdown)
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
        for r in rows.dropFirst() { out += "| " + r.map(Markdown.escape).joined(separator: " | ") + " |\n" }
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
        for s in uniqued(c.bySolution.map(\.solution)) {
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

/// The distinct values, in first-seen order.
func uniqued(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
