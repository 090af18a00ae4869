import DFCostModel
import DFCostScenario

/// Builds the report's document from the section builders: the table (``TotalsBuilder``) with the
/// data of its charts, who pays (``PayersBuilder``), each initiative's subtotal
/// (``InitiativesBuilder``), the comparisons (``ComparisonBuilder``). The simulation's sections come
/// from ``SimulationBuilder`` (``SimulationBuilder/reportSummary(_:)`` for text and markdown,
/// ``SimulationBuilder/reportSections(_:)`` for the sheets, ``SimulationBuilder/reportPage(_:)``
/// for the page).
public struct ReportBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func document(_ report: Report) -> Document {
        var table = TotalsBuilder(language: language).section(report.applied, totals: report.totals)
        table.blocks += charts(report).map(Block.chart)
        var sections = [table]
        if let payers = report.payers { sections.append(PayersBuilder(language: language).section(payers)) }
        if let level = report.level {
            sections += TotalLevelBuilder(language: language).sections(level, table: report.applied.table, precisionScale: report.applied.precisionScale)
        }
        if let initiatives = report.initiatives {
            sections.append(InitiativesBuilder(language: language).section(initiatives, totals: report.totals))
        }
        sections += comparisonSections(report)
        return Document(language: language, sections: sections)
    }

    /// The comparisons under their heading (``ComparisonBuilder``): every scenario in columns with
    /// two or more `--compare` files, else each comparison in the detailed view; none without.
    public func comparisonSections(_ report: Report) -> [Section] {
        let table = report.applied.table
        let builder = ComparisonBuilder(language: language, sources: report.comparisonSources,
                                        solutionNames: Dictionary(table.solutions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                                        lineNames: report.names, unit: table.metadata.unit)
        let compared: [Section]
        if let rounds = report.rounds {
            compared = builder.sections(rounds)
        } else if !report.comparisons.isEmpty {
            compared = builder.sections(report.comparisons)
        } else {
            return []
        }
        return [Section(title: language.report.comparison, level: .part, anchor: "comparison", blocks: [])] + compared
    }

    /// The charts of the table: the increase per solution (bars, with the sum) and the cumulative level.
    public func charts(_ report: Report) -> [Chart] {
        let labels = language.labels, words = labels.report
        let years = report.totals.summedYears
        let table = report.applied.table
        var ids = table.solutions.map(\.id)
        for line in table.lines where !ids.contains(line.solution) { ids.append(line.solution) }
        let series = ids.compactMap { id -> Chart.Series? in
            guard let amounts = report.totals.bySolution[id] else { return nil }
            return Chart.Series(name: table.solution(id)?.name ?? id, values: years.map { .amount(amounts[$0] ?? .zero) })
        }
        let sum = Chart.Series(name: labels.sum, values: years.map { .amount(report.totals.totals[$0] ?? .zero) })
        let level = Chart.Series(name: words.level, values: years.map { .amount(report.totals.cumulative[$0] ?? .zero) })
        let unit = table.metadata.unit
        return [
            Chart(kind: .bars, id: "increase", title: words.increaseTitle, description: words.increaseDescription, unit: unit,
                  categoryHeader: words.solution, categories: years.map(String.init), valueKind: .money, series: series, total: sum),
            Chart(kind: .line, id: "cumulative", title: words.cumulativeTitle, description: words.cumulativeDescription, unit: unit,
                  categoryHeader: labels.year, categories: years.map(String.init), valueKind: .money, series: [level]),
        ]
    }
}
