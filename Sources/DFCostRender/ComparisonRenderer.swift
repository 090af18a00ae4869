import DFCostModel
import DFCostScenario

/// Renders comparisons, the one renderer family for the one comparison model: ``Comparison`` in
/// columns (ComparisonRenderer+Columns.swift), and the detailed view of two scenarios,
/// ``ScenarioComparison`` (here): totals side by side, deltas, per-solution deltas, and every other
/// difference: table years, condition states, added and removed lines, changed cells, cells set
/// aside differently.
public struct ComparisonRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect
    /// Per comparison, in order, where its two scenarios came from. Used to tell two equal names
    /// apart in headers: the what-ifs applied to each side, then the file paths.
    public var sources: [ComparisonSources]

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel, sources: [ComparisonSources] = []) {
        self.locale = locale
        self.csvDialect = csvDialect
        self.sources = sources
    }

    var words: ComparisonLabels { locale.labels.comparison }

    /// The column headers of the comparison at `index`.
    func headers(_ c: ScenarioComparison, at index: Int) -> ComparisonHeaders {
        ComparisonHeaders(c, sources: sources.indices.contains(index) ? sources[index] : nil, labels: words)
    }

    /// - Parameter payerDeltas: per comparison, each payer's part in both scenarios (`--by payer`).
    public func render(_ comparisons: [ScenarioComparison], format: OutputFormat, payerDeltas: [[PayerDelta]]? = nil) -> String {
        switch format {
        case .text, .markdown:
            return comparisons.enumerated().map { i, c in
                text(c, at: i, markdown: format == .markdown) + (payerDeltas.map { payerText($0[i], markdown: format == .markdown) } ?? "")
            }.joined(separator: "\n")
        case .csv:
            return csv(comparisons)
        case .html, .xlsx:
            return ""
        case .json:
            return JSONValueEncoder.render(comparisons.enumerated().map { i, c in ScenarioComparisonDocument(c, payerDeltas: payerDeltas?[i]) })
        }
    }

    func payerText(_ deltas: [PayerDelta], markdown: Bool) -> String {
        let n = locale.numbers
        var rows: [[String]] = [[words.payer, locale.labels.year, words.base, words.other, words.delta]]
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

    /// The reasons of a difference in this locale's words, one after another.
    func why(_ reasons: [ComparisonReason]) -> String {
        reasons.map(locale.reason).joined(separator: "; ")
    }

    /// One table of a comparison: a header row, then rows; columns in `leftAligned` hold text.
    struct Table {
        var rows: [[String]]
        var leftAligned: Set<Int> = []
    }

    /// How the tables write numbers: for people in the locale's style, or for a spreadsheet.
    struct Numbers {
        var amount: (ExactDecimal) -> String
        var delta: (ExactDecimal) -> String
        var percent: (ExactDecimal?) -> String
    }

    /// Numbers for people: "21,5", "+12", "55,8 %".
    var people: Numbers {
        Numbers(amount: { locale.numbers.format($0) }, delta: signed, percent: percent)
    }

    /// The tables of one comparison, in order: totals, per solution, years, conditions, lines,
    /// cells, cells set aside (each only when there is something in it).
    func tables(_ c: ScenarioComparison, at index: Int, numbers n: Numbers) -> [Table] {
        let h = headers(c, at: index)
        func amount(_ a: ExactDecimal?, isInternal: Bool) -> String {
            guard let a else { return "–" }
            return isInternal ? "(\(n.amount(a)))" : n.amount(a)
        }
        var out: [Table] = []
        var totals: [[String]] = [[locale.labels.year, h.base, h.other, words.delta, "%"]]
        for y in c.years { totals.append(["\(y.year)", n.amount(y.base), n.amount(y.other), n.delta(y.delta), n.percent(y.percent)]) }
        totals.append([words.total, n.amount(c.horizon.base), n.amount(c.horizon.other), n.delta(c.horizon.delta), n.percent(c.horizon.percent)])
        out.append(Table(rows: totals))
        let changedSolutions = c.bySolution.filter { !$0.delta.isZero }
        if !changedSolutions.isEmpty {
            var s: [[String]] = [[words.solution, locale.labels.year, h.base, h.other, words.delta]]
            for d in changedSolutions { s.append([d.solution, "\(d.year)", n.amount(d.base), n.amount(d.other), n.delta(d.delta)]) }
            out.append(Table(rows: s))
        }
        if let y = c.tableYears {
            out.append(Table(rows: [[words.tableYears, h.base, h.other],
                                    [words.shown, Self.span(y.baseYears), Self.span(y.otherYears)],
                                    [words.summed, Self.span(y.baseSummedYears), Self.span(y.otherSummedYears)]],
                             leftAligned: [1, 2]))
        }
        if !c.conditions.isEmpty {
            var s: [[String]] = [[words.condition, h.base, h.other]]
            for d in c.conditions { s.append([d.condition, d.base?.description ?? "–", d.other?.description ?? "–"]) }
            out.append(Table(rows: s, leftAligned: [1, 2]))
        }
        if !c.lines.isEmpty {
            var s: [[String]] = [[words.line, words.solution, words.change, words.why]]
            for d in c.lines { s.append([d.lineID, d.solution, lineChange(d), why(d.reasons)]) }
            out.append(Table(rows: s, leftAligned: [1, 2, 3]))
        }
        if !c.cells.isEmpty {
            var s: [[String]] = [[words.line, locale.labels.year, h.base, h.other, words.change, words.why]]
            for d in c.cells {
                s.append([d.lineID, "\(d.year)", amount(d.base, isInternal: d.baseIsInternal), amount(d.other, isInternal: d.otherIsInternal),
                          change(d), why(d.reasons)])
            }
            out.append(Table(rows: s, leftAligned: [4, 5]))
        }
        if !c.setAside.isEmpty {
            var s: [[String]] = [[words.setAside, words.line, locale.labels.year, h.base, h.other, words.why]]
            for d in c.setAside {
                s.append([label(d.kind), d.lineID, "\(d.year)", amount(d.base?.amount, isInternal: d.base?.isInternal ?? false),
                          amount(d.other?.amount, isInternal: d.other?.isInternal ?? false), why(d)])
            }
            out.append(Table(rows: s, leftAligned: [1, 5]))
        }
        return out
    }

    /// "A -> B" (text) or "A → B" (markdown, spreadsheets).
    func title(_ c: ScenarioComparison, at index: Int, arrow: String = "→") -> String {
        let h = headers(c, at: index)
        return "\(h.base) \(arrow) \(h.other)"
    }

    func text(_ c: ScenarioComparison, at index: Int, markdown: Bool) -> String {
        var out = markdown ? "## \(Markdown.escape(title(c, at: index)))\n\n" : "\(title(c, at: index, arrow: "->"))\n\n"
        out += tables(c, at: index, numbers: people).map { table($0.rows, markdown: markdown, leftAligned: $0.leftAligned) }
            .joined(separator: "\n")
        if !c.hasChanges { out += "\n\(words.nothingDiffers)\n" }
        return out
    }

    /// "2024-2026" for consecutive years, else "2024, 2026"; "–" for none.
    static func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "–" }
        if years.count == 1 { return "\(first)" }
        return years == Array(first...last) ? "\(first)-\(last)" : years.map(String.init).joined(separator: ", ")
    }

    /// How a cell differs, e.g. "amount", "internal amount; conditions fm-phaseout → –".
    func change(_ d: ScenarioComparison.CellDelta) -> String {
        d.kinds.map { kind in
            switch kind {
            case .amount:
                (d.base == nil || d.baseIsInternal) && (d.other == nil || d.otherIsInternal) ? words.internalAmount : words.amount
            case .becameInternal: words.becameInternal
            case .becameCounted: words.becameCounted
            case .conditions:
                "\(words.conditionsChanged) \(d.baseConditions.isEmpty ? "–" : d.baseConditions.joined(separator: ", ")) → "
                    + (d.otherConditions.isEmpty ? "–" : d.otherConditions.joined(separator: ", "))
            }
        }.joined(separator: "; ")
    }

    /// "added", "removed", "renamed from old-id, 'Old initiative / part'",
    /// "solution changed from kjernejournal; renamed from old-id".
    func lineChange(_ d: ScenarioComparison.LineChange) -> String {
        let was = [d.previousID, d.previousLabel.map { "'\($0)'" }].compactMap { $0 }.joined(separator: ", ")
        let renamed = Labels.fill(words.renamed, ["was": was])
        switch d.kind {
        case .added: return words.added
        case .removed: return words.removed
        case .renamed: return renamed
        case .solutionChanged:
            let moved = Labels.fill(words.solutionChanged, ["solution": d.previousSolution ?? "?"])
            return was.isEmpty ? moved : "\(moved); \(renamed)"
        }
    }

    func label(_ kind: ScenarioComparison.SetAsideDelta.Kind) -> String {
        switch kind {
        case .excluded: words.excluded
        case .beyondHorizon: words.beyondHorizon
        }
    }

    /// Why a set-aside cell differs: OTHER's reason, and BASE's prefixed "base: ".
    func why(_ d: ScenarioComparison.SetAsideDelta) -> String {
        let reasons = locale.labels.reasons
        return ([d.base.map { "\(reasons.base): \(locale.reason($0.reason))" }, d.other.map { locale.reason($0.reason) }] as [String?])
            .compactMap { $0 }.joined(separator: "; ")
    }

    func table(_ rows: [[String]], markdown: Bool, leftAligned: Set<Int> = []) -> String {
        guard markdown else {
            var g = TextGrid()
            g.rows = rows
            g.rulesAfter = [0]
            g.leftAligned = leftAligned
            return g.render()
        }
        return Markdown.table(rows, leftAligned: leftAligned)
    }

    func csv(_ comparisons: [ScenarioComparison]) -> String {
        var w = CSVWriter(dialect: csvDialect)
        w.row([words.base, words.other, words.kind, words.key, locale.labels.year.lowercased(), words.baseAmount, words.otherAmount,
               words.delta, words.percent, words.change, words.why])
        for (i, c) in comparisons.enumerated() {
            let h = headers(c, at: i)
            let names = [h.base, h.other]
            for y in c.years + [c.horizon] {
                w.row(names + [words.total, "", y.year == 0 ? words.total : "\(y.year)", w.number(y.base), w.number(y.other),
                               w.number(y.delta), y.percent.map(w.number) ?? "", "", ""])
            }
            for d in c.bySolution {
                w.row(names + [words.solution, d.solution, "\(d.year)", w.number(d.base), w.number(d.other), w.number(d.delta), "", "", ""])
            }
            if let y = c.tableYears {
                for (key, b, o) in [(words.shown, y.baseYears, y.otherYears), (words.summed, y.baseSummedYears, y.otherSummedYears)] where b != o {
                    w.row(names + [words.tableYears, key, "", "", "", "", "", "\(Self.span(b)) → \(Self.span(o))", ""])
                }
            }
            for d in c.conditions {
                w.row(names + [words.condition, d.condition, "", "", "", "", "",
                               "\(d.base?.description ?? "–") → \(d.other?.description ?? "–")", ""])
            }
            for d in c.lines {
                w.row(names + [words.line, d.lineID, "", "", "", "", "", lineChange(d), why(d.reasons)])
            }
            for d in c.cells {
                w.row(names + [words.cell, d.lineID, "\(d.year)", d.base.map(w.number) ?? "", d.other.map(w.number) ?? "",
                               "", "", change(d), why(d.reasons)])
            }
            for d in c.setAside {
                w.row(names + [label(d.kind), d.lineID, "\(d.year)", d.base.map { w.number($0.amount) } ?? "",
                               d.other.map { w.number($0.amount) } ?? "", "", "",
                               d.base?.isInternal == true || d.other?.isInternal == true ? words.internalFlag : "", why(d)])
            }
        }
        return w.output
    }
}

/// The distinct values, in first-seen order.
func uniqued(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}

/// The comparison renderer under the name it had when its columns layout was a renderer of its own.
public typealias RoundComparisonRenderer = ComparisonRenderer
