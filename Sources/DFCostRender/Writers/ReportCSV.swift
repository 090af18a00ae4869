import DFCostModel
import DFCostNumerics
import DFCostScenario

/// `dfcost report --format csv`: the report as one sheet a person opens in a spreadsheet, laid
/// out as the text report reads. Sections follow each other with a heading row and an empty row
/// between them: the TBU table as published (solution headings, lines, subtotals, sums, notes),
/// the data of every chart, who pays, each comparison's tables, and with a simulation its
/// statistics, fan chart, S-curve, KS2 breakdown and tornado with its notes. Every figure of the
/// HTML page is here.
///
/// Numbers a spreadsheet should compute with are written in the dialect's number style (no
/// grouping, hyphen minus, decimal comma in the Excel dialect); cells that are text in the
/// published table, such as "(14)*" or "-12*", stay text.
struct ReportCSV {
    let locale: Language
    let dialect: CSVDialect

    var labels: Labels { locale.labels }

    func render(_ report: Report) -> String {
        var w = CSVWriter(dialect: dialect)
        SheetCSVWriter(dialect: dialect).write(ReportBuilder(language: locale).document(report), into: &w)
        if let rounds = report.rounds {
            section(labels.report.comparison, into: &w)
            w.row([])
            RoundComparisonRenderer(locale: locale, csvDialect: dialect).csv(rounds, into: &w)
        } else if !report.comparisons.isEmpty {
            comparisons(report, into: &w)
        }
        if let sim = report.simulation { simulation(sim, into: &w) }
        return w.output
    }

    /// An exact number in the dialect's style.
    func n(_ value: ExactDecimal) -> String { CSVWriter(dialect: dialect).number(value) }

    /// A statistic with fixed decimals in the dialect's style.
    func n(_ value: Double, decimals: Int) -> String { CSVWriter(dialect: dialect).number(value, decimals: decimals) }

    /// An empty row, then the heading.
    func section(_ heading: String, into w: inout CSVWriter) {
        w.row([])
        w.row([heading])
    }

    func comparisons(_ report: Report, into w: inout CSVWriter) {
        let renderer = ComparisonRenderer(locale: locale, csvDialect: dialect, sources: report.comparisonSources)
        let numbers = ComparisonRenderer.Numbers(amount: { n($0) }, delta: { n($0) }, percent: { $0.map { n($0) } ?? "" })
        section(labels.report.comparison, into: &w)
        for (i, c) in report.comparisons.enumerated() {
            w.row([])
            w.row([renderer.title(c, at: i)])
            for (k, t) in renderer.tables(c, at: i, numbers: numbers).enumerated() {
                if k > 0 { w.row([]) }
                for row in t.rows { w.row(row) }
            }
            if !c.hasChanges { w.row([renderer.words.nothingDiffers]) }
        }
    }

    func simulation(_ sim: ReportSimulation, into w: inout CSVWriter) {
        let renderer = SimulationRenderer(locale: locale, csvDialect: dialect)
        let words = labels.simulation, report = labels.report
        let summary = sim.summary, result = sim.result, model = sim.model
        section(report.simulation, into: &w)
        w.row([renderer.heading(summary, paired: false)])

        // Statistics per year, cumulative level and total: value and standard error in columns.
        w.row([])
        let ps = summary.columns.first?.percentiles.map(\.probability) ?? []
        w.row([""] + [words.mean, words.sd] + ps.flatMap { [SimulationRenderer.percentileKey($0), "±"] })
        for c in renderer.rows(summary, model: model) {
            w.row([renderer.label(c, years: model.years), n(c.mean, decimals: 2), n(c.standardDeviation, decimals: 2)]
                  + c.percentiles.flatMap { [n($0.value, decimals: 2), n($0.standardError, decimals: 2)] })
        }
        for line in renderer.exceedanceLines(summary, model: model) { w.row([line]) }

        // The fan chart's data.
        section(report.fanTitle, into: &w)
        w.row([labels.year, "P10", "P50", "P90", report.deterministic])
        for c in result.columns {
            guard case .output(let i) = c.kind, let p10 = c.percentile(0.10), let p50 = c.percentile(0.50), let p90 = c.percentile(0.90) else { continue }
            let year = model.years[i]
            w.row(["\(year)", n(p10.value, decimals: 1), n(p50.value, decimals: 1), n(p90.value, decimals: 1),
                   n(model.totals.totals[year] ?? .zero)])
        }

        // The S-curve's data: the percentiles the page's table shows.
        let curve = result.total.percentiles.sorted { $0.probability < $1.probability }
        if !curve.isEmpty {
            section(report.curveTitle, into: &w)
            w.row([report.probability, report.value])
            for e in curve where HTMLReport.curveTablePercentiles.contains(e.probability) || curve.count <= 12 {
                w.row([SimulationRenderer.percentileKey(e.probability), n(e.value, decimals: 1)])
            }
        }

        // KS2 breakdown.
        if let ks2 = sim.ks2 {
            section(renderer.ks2Heading(ks2).capitalizedFirst, into: &w)
            w.row(["", model.deterministic.table.metadata.unit])
            w.row([words.base.capitalizedFirst, n(ks2.deterministicBase)])
            w.row([words.p50, n(ks2.p50, decimals: 2)])
            w.row([words.p85, n(ks2.p85, decimals: 2)])
            w.row([words.reserve.capitalizedFirst, n(ks2.reserve, decimals: 2)])
        }

        // The tornado's data and its notes.
        let tornado = sim.tornado
        section(report.tornadoTitle, into: &w)
        if result.sensitivity.isEmpty && result.sensitivityOmitted == nil { w.row([report.noFactors]) }
        if !tornado.entries.isEmpty {
            w.row([report.factor, "SRC", "ρ"])
            for e in tornado.entries {
                w.row([e.factorID, n(e.standardizedCoefficient, decimals: 3), n(e.spearman, decimals: 3)])
            }
        }
        for note in renderer.sensitivityNotes(result, tornado: tornado) { w.row([note]) }
    }
}
