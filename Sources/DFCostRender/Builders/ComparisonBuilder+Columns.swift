import DFCostModel
import DFCostScenario

/// The columns layout: a column per scenario in the order given, each followed by its change
/// against the reference column, for the yearly totals, per solution, per initiative (when asked)
/// and per line, with how each line moved.
extension ComparisonBuilder {
    var rounds: RoundLabels { language.labels.rounds }

    /// The comparison in columns.
    public func document(_ c: Comparison) -> Document {
        Document(language: language, sections: sections(c))
    }

    /// A topic naming the comparison, then a section each for the totals per year (with the chart
    /// of each solution's horizon total across the columns), per solution, per initiative (when
    /// asked) and the lines.
    public func sections(_ c: Comparison) -> [Section] {
        let title = Labels.fill(rounds.heading, ["count": "\(c.columns.count)"])
            + "; " + (c.against == .first ? rounds.againstFirst : rounds.againstPrevious)
        var sections = [Section(title: title, level: .topic, blocks: [])]
        func section(_ heading: String, _ table: Table, chart: Chart? = nil) {
            sections.append(Section(title: heading, level: .section, blocks: [.table(table)] + (chart.map { [.chart($0)] } ?? [])))
        }
        let year = language.labels.year
        var totals = Table(
            columns: [.init(year, .label)] + figureColumns(c, percent: true),
            rows: c.totals.map { Table.Row(.line, [.text(self.year($0.year))] + figures($0.series, percent: true)) })
        totals.machineID = "compare"
        section(rounds.totalsHeading, totals, chart: horizonChart(c))
        section(rounds.solutionsHeading, Table(
            columns: [.init(words.solution, .label), .init(year, .text)] + figureColumns(c, percent: false),
            rows: c.bySolution.map { Table.Row(.line, [.text(solutionName($0.key)), .text(self.year($0.year))] + figures($0.series, percent: false)) }))
        if let initiatives = c.byInitiative {
            section(rounds.initiativesHeading, Table(
                columns: [.init(rounds.initiative, .label), .init(year, .text)] + figureColumns(c, percent: false),
                rows: initiatives.map { Table.Row(.line, [.text($0.key), .text(self.year($0.year))] + figures($0.series, percent: false)) }))
        }
        let names = names(c)
        section(rounds.linesHeading, Table(
            columns: [.init(words.line, .label), .init(words.solution, .text)] + figureColumns(c, percent: false) + [.init(rounds.movement, .text)],
            rows: c.lines.map { row in
                Table.Row(.line, [.text(lineNames.label(row.id)), .text(solutionName(row.solution))] + figures(row.total, percent: false) + [.text(movements(row, names: names))])
            }))
        return sections
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

    /// The figures' columns: each name, then (after the first) its change (and %).
    func figureColumns(_ c: Comparison, percent: Bool) -> [Table.Column] {
        names(c).enumerated().flatMap { k, name -> [Table.Column] in
            k == 0 ? [.init(name, .money)]
                : [.init(name, .money), .init(words.delta, .change)] + (percent ? [.init("%", .percent(decimals: 1))] : [])
        }
    }

    func figures(_ s: Comparison.Series, percent withPercent: Bool) -> [Table.Cell] {
        func cell(_ a: ExactDecimal?) -> Table.Cell { a.map(Table.Cell.amount) ?? .missing }
        return s.amounts.indices.flatMap { k -> [Table.Cell] in
            k == 0 ? [cell(s.amounts[k])]
                : [cell(s.amounts[k]), cell(s.deltas[k])] + (withPercent ? [cell(s.percents[k])] : [])
        }
    }

    func year(_ y: Int?) -> String { y.map(String.init) ?? words.total }

    /// A line per solution through its horizon total in each column, in the order of the columns.
    func horizonChart(_ c: Comparison) -> Chart {
        let report = language.report
        let horizons = c.bySolution.filter { $0.year == nil }
        let total = c.totals.first { $0.year == nil }?.series.amounts ?? []
        return Chart(kind: .line, id: "rounds", title: report.roundsTitle,
                     description: report.roundsDescription, unit: unit,
                     categoryHeader: report.scenario, categories: names(c), valueKind: .money,
                     series: horizons.map { row in
                         Chart.Series(name: solutionNames[row.key] ?? row.key, values: row.series.amounts.map { $0.map(Table.Cell.amount) ?? .missing })
                     },
                     total: Chart.Series(name: language.labels.sum, values: total.map { $0.map(Table.Cell.amount) ?? .missing }))
    }

    /// The comparison as records, the CSV of `compare` (and of nothing else): a row per total,
    /// subtotal and line year, each line's total with how it moved.
    public func records(_ c: Comparison) -> Document {
        let names = names(c)
        let columns: [Table.Column] = [.init(words.kind, .label), .init(words.key, .text), .init(language.labels.year.lowercased(), .text)]
            + names.enumerated().flatMap { k, n -> [Table.Column] in
                k == 0 ? [.init(n, .money)] : [.init(n, .money), .init(Labels.fill(rounds.deltaOf, ["name": n]), .change)]
            }
            + [.init(rounds.movement, .text)]
        var rows: [Table.Row] = []
        func row(_ kind: String, _ key: String, _ year: Int?, _ s: Comparison.Series, _ movement: String = "") {
            func cell(_ a: ExactDecimal?) -> Table.Cell { a.map(Table.Cell.amount) ?? .empty }
            let figures = s.amounts.indices.flatMap { k in k == 0 ? [cell(s.amounts[k])] : [cell(s.amounts[k]), cell(s.deltas[k])] }
            rows.append(Table.Row(.line, [.text(kind), .text(key), .text(self.year(year))] + figures + [.text(movement)]))
        }
        for r in c.totals { row(words.total, "", r.year, r.series) }
        for r in c.bySolution { row(words.solution, r.key, r.year, r.series) }
        for r in c.byInitiative ?? [] { row(rounds.initiative, r.key, r.year, r.series) }
        for line in c.lines {
            for y in c.years { if let s = line.years[y] { row(words.line, line.id, y, s) } }
            row(words.line, line.id, nil, line.total, movements(line, names: names))
        }
        return Document(language: language, sections: [Section(title: nil, level: .section, blocks: [.table(Table(columns: columns, rows: rows))])])
    }

    // MARK: Words

    func signed(_ d: ExactDecimal) -> String {
        d.isNegative || d.isZero ? language.numbers.format(d) : "+" + language.numbers.format(d)
    }

    /// How a line moved, in words, lines and solutions by name: "fortsetter Program
    /// Pasientens legemiddelliste / FM; flyttet +1 år"; a changed amount names
    /// the years whose amounts changed when `row` and `column` are given ("beløp endret 2024 −2, 2025 +2").
    public func movement(_ m: Comparison.Movement, of row: Comparison.LineRow? = nil, column: Int = 0) -> String {
        var parts: [String] = []
        if let previous = m.previousID {
            parts.append(Labels.fill(m.match == .key ? rounds.sameKey : rounds.continues, ["line": lineNames.label(previous)]))
        }
        for kind in m.kinds {
            switch kind {
            case .unchanged: parts.append(rounds.unchanged)
            case .solutionChanged: parts.append(Labels.fill(rounds.solutionChanged, ["solution": m.previousSolution.map(solutionName) ?? "?"]))
            case .amountChanged:
                let years = (row?.years ?? [:]).sorted { $0.key < $1.key }.compactMap { y, series -> String? in
                    guard column < series.deltas.count, let d = series.deltas[column], !d.isZero else { return nil }
                    return "\(y) \(signed(d))"
                }
                parts.append(years.isEmpty ? rounds.amountChanged : "\(rounds.amountChanged) \(years.joined(separator: ", "))")
            case .moved: parts.append(Labels.fill(rounds.moved, ["years": m.years.map { language.operations.signed($0) } ?? "?"]))
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
}
