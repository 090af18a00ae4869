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
            ComparisonRenderer(locale: locale, csvDialect: dialect).csv(rounds, into: &w)
        } else if !report.comparisons.isEmpty {
            comparisons(report, into: &w)
        }
        if let sim = report.simulation {
            SheetCSVWriter(dialect: dialect).write(Document(language: locale, sections: SimulationBuilder(language: locale).reportSections(sim)), into: &w)
        }
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
}
