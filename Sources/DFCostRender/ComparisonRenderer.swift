import DFCostModel
import DFCostScenario

/// Renders `dfcost compare`: totals side by side, deltas, per-solution deltas, and every other
/// difference of ``ScenarioComparison``: table years, condition states, added and removed lines,
/// changed cells, cells set aside differently.
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
        if let y = c.tableYears {
            out += "\n"
            let s: [[String]] = [["years", c.baseName, c.otherName],
                                 ["shown", Self.span(y.baseYears), Self.span(y.otherYears)],
                                 ["summed", Self.span(y.baseSummedYears), Self.span(y.otherSummedYears)]]
            out += table(s, markdown: markdown, leftAligned: [1, 2])
        }
        if !c.conditions.isEmpty {
            out += "\n"
            var s: [[String]] = [["condition", c.baseName, c.otherName]]
            for d in c.conditions { s.append([d.condition, d.base?.description ?? "–", d.other?.description ?? "–"]) }
            out += table(s, markdown: markdown, leftAligned: [1, 2])
        }
        if !c.lines.isEmpty {
            out += "\n"
            var s: [[String]] = [["line", "solution", "change", "why"]]
            for d in c.lines { s.append([d.lineID, d.solution, d.kind.rawValue, d.reasons.joined(separator: "; ")]) }
            out += table(s, markdown: markdown, leftAligned: [1, 2, 3])
        }
        if !c.cells.isEmpty {
            out += "\n"
            var s: [[String]] = [["line", locale.labels.year, c.baseName, c.otherName, "change", "why"]]
            for d in c.cells {
                s.append([d.lineID, "\(d.year)", amount(d.base, isInternal: d.baseIsInternal), amount(d.other, isInternal: d.otherIsInternal),
                          Self.change(d), d.reasons.joined(separator: "; ")])
            }
            out += table(s, markdown: markdown, leftAligned: [4, 5])
        }
        if !c.setAside.isEmpty {
            out += "\n"
            var s: [[String]] = [["set aside", "line", locale.labels.year, c.baseName, c.otherName, "why"]]
            for d in c.setAside {
                s.append([Self.label(d.kind), d.lineID, "\(d.year)", amount(d.base?.amount, isInternal: d.base?.isInternal ?? false),
                          amount(d.other?.amount, isInternal: d.other?.isInternal ?? false), Self.why(d)])
            }
            out += table(s, markdown: markdown, leftAligned: [1, 5])
        }
        if !c.hasChanges { out += "\nnothing differs\n" }
        return out
    }

    /// An amount as the table writes it: internal ones in parentheses; "–" for none.
    func amount(_ a: ExactDecimal?, isInternal: Bool) -> String {
        guard let a else { return "–" }
        return isInternal ? "(\(locale.numbers.format(a)))" : locale.numbers.format(a)
    }

    /// "2024-2026" for consecutive years, else "2024, 2026"; "–" for none.
    static func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "–" }
        if years.count == 1 { return "\(first)" }
        return years == Array(first...last) ? "\(first)-\(last)" : years.map(String.init).joined(separator: ", ")
    }

    /// How a cell differs, e.g. "amount", "internal amount; conditions fm-phaseout → –".
    static func change(_ d: ScenarioComparison.CellDelta) -> String {
        d.kinds.map { kind in
            switch kind {
            case .amount:
                (d.base == nil || d.baseIsInternal) && (d.other == nil || d.otherIsInternal) ? "internal amount" : "amount"
            case .becameInternal: "became internal"
            case .becameCounted: "became counted"
            case .conditions:
                "conditions \(d.baseConditions.isEmpty ? "–" : d.baseConditions.joined(separator: ", ")) → "
                    + (d.otherConditions.isEmpty ? "–" : d.otherConditions.joined(separator: ", "))
            }
        }.joined(separator: "; ")
    }

    static func label(_ kind: ScenarioComparison.SetAsideDelta.Kind) -> String {
        switch kind {
        case .excluded: "excluded"
        case .beyondHorizon: "beyond horizon"
        }
    }

    /// Why a set-aside cell differs: OTHER's reason, and BASE's prefixed "base: ".
    static func why(_ d: ScenarioComparison.SetAsideDelta) -> String {
        ([d.base.map { "base: \($0.reason)" }, d.other.map(\.reason)] as [String?]).compactMap { $0 }.joined(separator: "; ")
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
        w.row(["base", "other", "kind", "key", "year", "base_amount", "other_amount", "delta", "percent", "change", "why"])
        for c in comparisons {
            let names = [c.baseName, c.otherName]
            for y in c.years + [c.horizon] {
                w.row(names + ["total", "", y.year == 0 ? "total" : "\(y.year)", w.number(y.base), w.number(y.other),
                               w.number(y.delta), y.percent.map(w.number) ?? "", "", ""])
            }
            for d in c.bySolution {
                w.row(names + ["solution", d.solution, "\(d.year)", w.number(d.base), w.number(d.other), w.number(d.delta), "", "", ""])
            }
            if let y = c.tableYears {
                for (key, b, o) in [("shown", y.baseYears, y.otherYears), ("summed", y.baseSummedYears, y.otherSummedYears)] where b != o {
                    w.row(names + ["years", key, "", "", "", "", "", "\(Self.span(b)) → \(Self.span(o))", ""])
                }
            }
            for d in c.conditions {
                w.row(names + ["condition", d.condition, "", "", "", "", "",
                               "\(d.base?.description ?? "–") → \(d.other?.description ?? "–")", ""])
            }
            for d in c.lines {
                w.row(names + ["line", d.lineID, "", "", "", "", "", d.kind.rawValue, d.reasons.joined(separator: "; ")])
            }
            for d in c.cells {
                w.row(names + ["cell", d.lineID, "\(d.year)", d.base.map(w.number) ?? "", d.other.map(w.number) ?? "",
                               "", "", Self.change(d), d.reasons.joined(separator: "; ")])
            }
            for d in c.setAside {
                w.row(names + [d.kind.rawValue, d.lineID, "\(d.year)", d.base.map { w.number($0.amount) } ?? "",
                               d.other.map { w.number($0.amount) } ?? "", "", "",
                               d.base?.isInternal == true || d.other?.isInternal == true ? "internal" : "", Self.why(d)])
            }
        }
        return w.output
    }

    func json(_ c: ScenarioComparison) -> JSONValue {
        func year(_ y: ScenarioComparison.YearDelta) -> JSONValue {
            .object([("base", .string(y.base.description)), ("other", .string(y.other.description)),
                     ("delta", .string(y.delta.description)), ("percent", y.percent.map { .string($0.description) } ?? .null)])
        }
        func decimal(_ d: ExactDecimal?) -> JSONValue { d.map { .string($0.description) } ?? .null }
        func strings(_ s: [String]) -> JSONValue { .array(s.map { .string($0) }) }
        func years(_ y: [Int]) -> JSONValue { .array(y.map { .number("\($0)") }) }
        func entry(_ e: ScenarioComparison.SetAsideDelta.Entry?) -> JSONValue {
            e.map { .object([("amount", .string($0.amount.description)), ("internal", .bool($0.isInternal)), ("reason", .string($0.reason))]) } ?? .null
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
                .object([("line", .string(d.lineID)), ("solution", .string(d.solution)), ("change", .string(d.kind.rawValue)),
                         ("why", strings(d.reasons))])
            })),
            ("cells", .array(c.cells.map { d in
                .object([("line", .string(d.lineID)), ("year", .number("\(d.year)")),
                         ("changes", strings(d.kinds.map(\.rawValue))),
                         ("base", decimal(d.base)), ("other", decimal(d.other)),
                         ("base_internal", .bool(d.baseIsInternal)), ("other_internal", .bool(d.otherIsInternal)),
                         ("base_conditions", strings(d.baseConditions)), ("other_conditions", strings(d.otherConditions)),
                         ("why", strings(d.reasons))])
            })),
            ("set_aside", .array(c.setAside.map { d in
                .object([("list", .string(d.kind.rawValue)), ("line", .string(d.lineID)), ("year", .number("\(d.year)")),
                         ("base", entry(d.base)), ("other", entry(d.other))])
            })),
        ])
    }
}

/// The distinct values, in first-seen order.
func uniqued(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
