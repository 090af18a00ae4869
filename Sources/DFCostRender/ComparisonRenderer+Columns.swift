import DFCostModel
import DFCostScenario

/// The columns layout of the comparison renderer: a column per scenario in the order given, each
/// followed by its change against the reference column, for the yearly totals, per solution, per
/// initiative (when asked) and per line, with how each line moved.
extension ComparisonRenderer {
    var rounds: RoundLabels { locale.labels.rounds }

    /// Renders `c` in columns.
    public func render(_ c: Comparison, format: OutputFormat) -> String {
        switch format {
        case .text, .markdown: text(c, markdown: format == .markdown)
        case .csv: csv(c)
        case .json: JSONValueEncoder.render(ComparisonDocument(c))
        case .html, .xlsx: ""
        }
    }

    /// The column headers: the scenarios' names; equal names get their file, then their position.
    func names(_ c: Comparison) -> [String] {
        var names = c.columns.map(\.name)
        func repeated(_ n: [String]) -> Set<Int> {
            Set(n.indices.filter { i in n.indices.contains { $0 != i && n[$0] == n[i] } })
        }
        for i in repeated(names) { names[i] = "\(c.columns[i].name) (\(c.columns[i].file))" }
        for i in repeated(names) { names[i] = "\(names[i]) (\(i + 1))" }
        return names
    }

    // MARK: Text and markdown

    func signed(_ d: ExactDecimal?) -> String {
        guard let d else { return "–" }
        return d.isNegative || d.isZero ? locale.numbers.format(d) : "+" + locale.numbers.format(d)
    }

    func amount(_ a: ExactDecimal?) -> String { a.map { locale.numbers.format($0) } ?? "–" }

    /// Header cells for the figures: each name, then (after the first) its change (and %).
    func figureHeaders(_ c: Comparison, percent: Bool) -> [String] {
        names(c).enumerated().flatMap { k, name in
            k == 0 ? [name] : [name, words.delta] + (percent ? ["%"] : [])
        }
    }

    func figures(_ s: Comparison.Series, percent withPercent: Bool) -> [String] {
        s.amounts.indices.flatMap { k in
            k == 0 ? [amount(s.amounts[k])]
                : [amount(s.amounts[k]), signed(s.deltas[k])] + (withPercent ? [percent(s.percents[k])] : [])
        }
    }

    func year(_ y: Int?) -> String { y.map(String.init) ?? words.total }

    /// How a line moved, in words: "fortsetter pll-fm; flyttet +1 år"; a changed amount names
    /// the years whose amounts changed when `row` and `column` are given ("beløp endret 2024 −2, 2025 +2").
    public func movement(_ m: Comparison.Movement, of row: Comparison.LineRow? = nil, column: Int = 0) -> String {
        var parts: [String] = []
        if let previous = m.previousID {
            parts.append(Labels.fill(m.match == .key ? rounds.sameKey : rounds.continues, ["id": previous]))
        }
        for kind in m.kinds {
            switch kind {
            case .unchanged: parts.append(rounds.unchanged)
            case .solutionChanged: parts.append(Labels.fill(rounds.solutionChanged, ["solution": m.previousSolution ?? "?"]))
            case .amountChanged:
                let years = (row?.years ?? [:]).sorted { $0.key < $1.key }.compactMap { y, series -> String? in
                    guard column < series.deltas.count, let d = series.deltas[column], !d.isZero else { return nil }
                    return "\(y) \(signed(d))"
                }
                parts.append(years.isEmpty ? rounds.amountChanged : "\(rounds.amountChanged) \(years.joined(separator: ", "))")
            case .moved: parts.append(Labels.fill(rounds.moved, ["years": m.years.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "?"]))
            case .new: parts.append(rounds.new)
            case .dropped: parts.append(rounds.dropped)
            case .conditionAdded: parts.append(Labels.fill(rounds.conditionAdded, ["ids": m.conditionsAdded.joined(separator: ", ")]))
            case .conditionRemoved: parts.append(Labels.fill(rounds.conditionRemoved, ["ids": m.conditionsRemoved.joined(separator: ", ")]))
            case .becameInternal: parts.append(rounds.becameInternal)
            case .becameCounted: parts.append(rounds.becameCounted)
            case .unsummedAmountChanged: parts.append(rounds.unsummedAmountChanged)
            }
        }
        return parts.joined(separator: "; ")
    }

    /// The movements of a line across the columns; with more than two columns each is prefixed
    /// by its column's name, and columns where the line is unchanged are left out ("unchanged"
    /// when it is unchanged in all).
    func movements(_ row: Comparison.LineRow, names: [String]) -> String {
        let all = row.movements.enumerated().compactMap { k, m in m.map { (k, $0) } }
        guard names.count > 2 else { return all.map { movement($0.1, of: row, column: $0.0) }.joined(separator: "; ") }
        let moved = all.filter { $0.1.kinds != [.unchanged] || $0.1.previousID != nil }
        if moved.isEmpty && !all.isEmpty { return rounds.unchanged }
        return moved.map { "\(names[$0.0]): \(movement($0.1, of: row, column: $0.0))" }.joined(separator: "; ")
    }

    func text(_ c: Comparison, markdown: Bool) -> String {
        let names = names(c)
        let title = Labels.fill(rounds.heading, ["count": "\(c.columns.count)"])
            + "; " + (c.against == .first ? rounds.againstFirst : rounds.againstPrevious)
        var out = markdown ? "## \(Markdown.escape(title))\n" : "\(title)\n"
        func section(_ heading: String, _ rows: [[String]], leftAligned: Set<Int> = []) {
            if markdown {
                out += "\n### \(Markdown.escape(heading))\n\n" + Markdown.table(rows, leftAligned: leftAligned)
            } else {
                var g = TextGrid()
                g.rows = rows
                g.rulesAfter = [0]
                g.leftAligned = leftAligned
                out += "\n\(heading)\n" + g.render()
            }
        }
        var totals = [[locale.labels.year] + figureHeaders(c, percent: true)]
        for row in c.totals { totals.append([year(row.year)] + figures(row.series, percent: true)) }
        section(rounds.totalsHeading, totals)
        var solutions = [[words.solution, locale.labels.year] + figureHeaders(c, percent: false)]
        for row in c.bySolution { solutions.append([row.key, year(row.year)] + figures(row.series, percent: false)) }
        section(rounds.solutionsHeading, solutions, leftAligned: [1])
        if let initiatives = c.byInitiative {
            var rows = [[rounds.initiative, locale.labels.year] + figureHeaders(c, percent: false)]
            for row in initiatives { rows.append([row.key, year(row.year)] + figures(row.series, percent: false)) }
            section(rounds.initiativesHeading, rows, leftAligned: [1])
        }
        let header = [words.line, words.solution] + figureHeaders(c, percent: false) + [rounds.movement]
        var lines = [header]
        for row in c.lines { lines.append([row.id, row.solution] + figures(row.total, percent: false) + [movements(row, names: names)]) }
        section(rounds.linesHeading, lines, leftAligned: [1, header.count - 1])
        return out
    }

    // MARK: CSV

    func csv(_ c: Comparison) -> String {
        var w = CSVWriter(dialect: csvDialect)
        csv(c, into: &w)
        return w.output
    }

    /// The comparison's rows, appended to `w` (the report's sheet holds them as a section).
    func csv(_ c: Comparison, into w: inout CSVWriter) {
        let names = names(c)
        w.row([words.kind, words.key, locale.labels.year.lowercased()]
              + names.enumerated().flatMap { k, n in k == 0 ? [n] : [n, Labels.fill(rounds.deltaOf, ["name": n])] }
              + [rounds.movement])
        func row(_ kind: String, _ key: String, _ year: Int?, _ s: Comparison.Series, _ movement: String = "") {
            let figures = s.amounts.indices.flatMap { k in
                k == 0 ? [s.amounts[k].map(w.number) ?? ""] : [s.amounts[k].map(w.number) ?? "", s.deltas[k].map(w.number) ?? ""]
            }
            w.row([kind, key, self.year(year)] + figures + [movement])
        }
        for r in c.totals { row(words.total, "", r.year, r.series) }
        for r in c.bySolution { row(words.solution, r.key, r.year, r.series) }
        for r in c.byInitiative ?? [] { row(rounds.initiative, r.key, r.year, r.series) }
        for line in c.lines {
            for y in c.years { if let s = line.years[y] { row(words.line, line.id, y, s) } }
            row(words.line, line.id, nil, line.total, movements(line, names: names))
        }
    }
}
