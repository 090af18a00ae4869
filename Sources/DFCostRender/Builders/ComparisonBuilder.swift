import DFCostModel
import DFCostScenario

/// Builds the documents of comparisons, the one builder of the one comparison model: ``Comparison``
/// in columns (ComparisonBuilder+Columns.swift), and the detailed view of two scenarios of one
/// table, ``ScenarioComparison`` (here): totals side by side, deltas, per-solution deltas, and
/// every other difference: table years, condition states, added and removed lines, changed cells,
/// cells set aside differently.
///
/// `compare` writes ``document(_:payerDeltas:)`` in text and markdown and ``records(_:)`` as CSV;
/// the report puts ``sections(_:payerDeltas:)`` under its comparison heading, for every format.
public struct ComparisonBuilder: Sendable {
    public var language: Language
    /// Per comparison, in order, where its two scenarios came from. Used to tell two equal names
    /// apart in headers: the what-ifs applied to each side, then the file paths.
    public var sources: [ComparisonSources]
    /// The charts' names of solutions by id (the report's table); the id where there is none.
    public var solutionNames: [String: String]
    /// The names of lines by id, shown in tables instead of the ids (the CSV's key column keeps the id).
    public var lineNames: LineNames
    /// The unit of the amounts, named in the charts' descriptions.
    public var unit: String

    public init(language: Language, sources: [ComparisonSources] = [], solutionNames: [String: String] = [:],
                lineNames: LineNames = LineNames(), unit: String = "MNOK") {
        self.language = language
        self.sources = sources
        self.solutionNames = solutionNames
        self.lineNames = lineNames
        self.unit = unit
    }

    var words: ComparisonLabels { language.labels.comparison }

    /// The column headers of the comparison at `index`.
    func headers(_ c: ScenarioComparison, at index: Int) -> ComparisonHeaders {
        ComparisonHeaders(c, sources: sources.indices.contains(index) ? sources[index] : nil, labels: words)
    }

    /// The comparisons of two scenarios, one topic each.
    /// - Parameter payerDeltas: per comparison, each payer's part in both scenarios (`--by payer`).
    public func document(_ comparisons: [ScenarioComparison], payerDeltas: [[PayerDelta]]? = nil) -> Document {
        Document(language: language, sections: sections(comparisons, payerDeltas: payerDeltas))
    }

    /// Per comparison a topic "BASE → OTHER": its tables (``tables(_:at:)``), the chart of the
    /// change per solution and year when a total changed, "nothing differs" when nothing does,
    /// and each payer's part (`--by payer`).
    public func sections(_ comparisons: [ScenarioComparison], payerDeltas: [[PayerDelta]]? = nil) -> [Section] {
        comparisons.enumerated().map { i, c in
            var blocks = tables(c, at: i).map(Block.table)
            if c.hasTotalChanges { blocks.append(.chart(deltaChart(c, at: i))) }
            if !c.hasChanges { blocks.append(.paragraph(words.nothingDiffers)) }
            if let deltas = payerDeltas, deltas.indices.contains(i) { blocks.append(.table(payerTable(deltas[i]))) }
            return Section(title: title(c, at: i), level: .topic, blocks: blocks)
        }
    }

    /// "BASE → OTHER".
    func title(_ c: ScenarioComparison, at index: Int) -> String {
        let h = headers(c, at: index)
        return "\(h.base) → \(h.other)"
    }

    /// The tables of one comparison, in order: totals, per solution, years, conditions, lines,
    /// cells, cells set aside (each only when there is something in it).
    func tables(_ c: ScenarioComparison, at index: Int) -> [Table] {
        let h = headers(c, at: index), year = language.labels.year
        func amount(_ a: ExactDecimal?, isInternal: Bool) -> Table.Cell {
            a.map { .tableAmount($0, isInternal: isInternal, marks: "") } ?? .missing
        }
        func percent(_ p: ExactDecimal?) -> Table.Cell { p.map(Table.Cell.amount) ?? .missing }
        var out: [Table] = []
        out.append(Table(
            columns: [.init(year, .label), .init(h.base, .money), .init(h.other, .money), .init(words.delta, .change), .init("%", .percent(decimals: 1))],
            rows: (c.years + [c.horizon]).map { y in
                Table.Row(.line, [.text(y.year == 0 ? words.total : "\(y.year)"), .amount(y.base), .amount(y.other), .amount(y.delta), percent(y.percent)])
            }))
        let changedSolutions = c.bySolution.filter { !$0.delta.isZero }
        if !changedSolutions.isEmpty {
            out.append(Table(
                columns: [.init(words.solution, .label), .init(year, .count), .init(h.base, .money), .init(h.other, .money), .init(words.delta, .change)],
                rows: changedSolutions.map { d in Table.Row(.line, [.text(solutionName(d.solution)), .text("\(d.year)"), .amount(d.base), .amount(d.other), .amount(d.delta)]) }))
        }
        if let y = c.tableYears {
            out.append(Table(
                columns: [.init(words.tableYears, .label), .init(h.base, .text), .init(h.other, .text)],
                rows: [Table.Row(.line, [.text(words.shown), .text(language.years(y.baseYears, none: "–")), .text(language.years(y.otherYears, none: "–"))]),
                       Table.Row(.line, [.text(words.summed), .text(language.years(y.baseSummedYears, none: "–")), .text(language.years(y.otherSummedYears, none: "–"))])]))
        }
        if !c.conditions.isEmpty {
            out.append(Table(
                columns: [.init(words.condition, .label), .init(h.base, .text), .init(h.other, .text)],
                rows: c.conditions.map { d in Table.Row(.line, [.text(d.condition), .text(state(d.base)), .text(state(d.other))]) }))
        }
        if !c.lines.isEmpty {
            out.append(Table(
                columns: [.init(words.line, .label), .init(words.solution, .text), .init(words.change, .text), .init(words.why, .text)],
                rows: c.lines.map { d in Table.Row(.line, [.text(lineNames.label(d.lineID)), .text(solutionName(d.solution)), .text(lineChange(d)), .text(why(d.reasons))]) }))
        }
        if !c.cells.isEmpty {
            out.append(Table(
                columns: [.init(words.line, .label), .init(year, .count), .init(h.base, .money), .init(h.other, .money),
                          .init(words.change, .text), .init(words.why, .text)],
                rows: c.cells.map { d in
                    Table.Row(.line, [.text(lineNames.full(d.lineID)), .text("\(d.year)"), amount(d.base, isInternal: d.baseIsInternal),
                                      amount(d.other, isInternal: d.otherIsInternal), .text(change(d)), .text(why(d.reasons))])
                }))
        }
        if !c.setAside.isEmpty {
            out.append(Table(
                columns: [.init(words.setAside, .label), .init(words.line, .text), .init(year, .count), .init(h.base, .money),
                          .init(h.other, .money), .init(words.why, .text)],
                rows: c.setAside.map { d in
                    Table.Row(.line, [.text(label(d.kind)), .text(lineNames.full(d.lineID)), .text("\(d.year)"),
                                      amount(d.base?.amount, isInternal: d.base?.isInternal ?? false),
                                      amount(d.other?.amount, isInternal: d.other?.isInternal ?? false), .text(why(d))])
                }))
        }
        return out
    }

    /// A solution's name where the table gives one, else its id.
    func solutionName(_ id: String) -> String { solutionNames[id] ?? lineNames.solution(id) }

    /// A condition's state in this language's words ("utsatt 1 år"); "–" when the scenario has no such condition.
    func state(_ state: ConditionState?) -> String { state.map(language.operations.text) ?? "–" }

    /// Each payer's part in both scenarios and its change, where there is one (`--by payer`).
    func payerTable(_ deltas: [PayerDelta]) -> Table {
        Table(columns: [.init(words.payer, .label), .init(language.labels.year, .count), .init(words.base, .money),
                        .init(words.other, .money), .init(words.delta, .change)],
              rows: deltas.filter { !$0.delta.isZero || !$0.base.isZero }.map { d in
                  Table.Row(.line, [.text(d.payer.name), .text("\(d.year)"), .amount(d.base), .amount(d.other), .amount(d.delta)])
              })
    }

    /// Stacked bars of the change per solution and year (solutions that changed), with the
    /// change of each year's sum.
    func deltaChart(_ c: ScenarioComparison, at index: Int) -> Chart {
        let h = headers(c, at: index), report = language.report
        let years = c.years.map(\.year)
        var series: [Chart.Series] = []
        for s in uniqued(c.bySolution.map(\.solution)) {
            let deltas = years.map { y in c.bySolution.first { $0.solution == s && $0.year == y }?.delta ?? .zero }
            guard deltas.contains(where: { !$0.isZero }) else { continue }
            series.append(Chart.Series(name: solutionNames[s] ?? s, values: deltas.map(Table.Cell.amount)))
        }
        return Chart(kind: .bars, id: "delta-\(index + 1)", title: "\(report.deltaTitle): \(h.other)",
                     description: report.deltaDescription, unit: unit, categoryHeader: report.solution,
                     categories: years.map(String.init), valueKind: .change, series: series,
                     total: Chart.Series(name: report.delta, values: c.years.map { .amount($0.delta) }))
    }

    /// The comparisons as records, the CSV of `compare`: a row per total, solution subtotal, and
    /// other difference, each naming both scenarios.
    public func records(_ comparisons: [ScenarioComparison]) -> Document {
        let columns: [Table.Column] = [
            .init(words.base, .label), .init(words.other, .text), .init(words.kind, .text), .init(words.key, .text),
            .init(language.labels.year.lowercased(), .text), .init(words.baseAmount, .money), .init(words.otherAmount, .money),
            .init(words.delta, .change), .init(words.percent, .percent(decimals: 1)), .init(words.change, .text), .init(words.why, .text),
        ]
        func amount(_ a: ExactDecimal?) -> Table.Cell { a.map(Table.Cell.amount) ?? .empty }
        var rows: [Table.Row] = []
        for (i, c) in comparisons.enumerated() {
            let h = headers(c, at: i)
            func row(_ kind: String, _ key: String, _ year: String, _ base: Table.Cell = .empty, _ other: Table.Cell = .empty,
                     _ delta: Table.Cell = .empty, _ percent: Table.Cell = .empty, change: String = "", why: String = "") {
                rows.append(Table.Row(.line, [.text(h.base), .text(h.other), .text(kind), .text(key), .text(year), base, other, delta, percent,
                                              .text(change), .text(why)]))
            }
            for y in c.years + [c.horizon] {
                row(words.total, "", y.year == 0 ? words.total : "\(y.year)", .amount(y.base), .amount(y.other), .amount(y.delta), amount(y.percent))
            }
            for d in c.bySolution { row(words.solution, d.solution, "\(d.year)", .amount(d.base), .amount(d.other), .amount(d.delta)) }
            if let y = c.tableYears {
                for (key, b, o) in [(words.shown, y.baseYears, y.otherYears), (words.summed, y.baseSummedYears, y.otherSummedYears)] where b != o {
                    row(words.tableYears, key, "", change: "\(language.years(b, none: "–")) → \(language.years(o, none: "–"))")
                }
            }
            for d in c.conditions {
                row(words.condition, d.condition, "", change: "\(state(d.base)) → \(state(d.other))")
            }
            for d in c.lines { row(words.line, d.lineID, "", change: lineChange(d), why: why(d.reasons)) }
            for d in c.cells { row(words.cell, d.lineID, "\(d.year)", amount(d.base), amount(d.other), change: change(d), why: why(d.reasons)) }
            for d in c.setAside {
                row(label(d.kind), d.lineID, "\(d.year)", amount(d.base?.amount), amount(d.other?.amount),
                    change: d.base?.isInternal == true || d.other?.isInternal == true ? words.internalFlag : "", why: why(d))
            }
        }
        return Document(language: language, sections: [Section(title: nil, level: .section, blocks: [.table(Table(columns: columns, rows: rows))])])
    }

    // MARK: Words

    /// The reasons of a difference in this language's words, one after another.
    func why(_ reasons: [ComparisonReason]) -> String {
        reasons.map(language.reason).joined(separator: "; ")
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
            let moved = Labels.fill(words.solutionChanged, ["solution": d.previousSolution.map(solutionName) ?? "?"])
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
        let reasons = language.labels.reasons
        return ([d.base.map { "\(reasons.base): \(language.reason($0.reason))" }, d.other.map { language.reason($0.reason) }] as [String?])
            .compactMap { $0 }.joined(separator: "; ")
    }
}

/// The distinct values, in first-seen order.
func uniqued(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
