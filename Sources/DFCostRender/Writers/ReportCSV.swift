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

    func render(_ report: Report) -> String {
        var w = CSVWriter(dialect: dialect)
        SheetCSVWriter(dialect: dialect).write(ReportBuilder(language: locale).document(report), into: &w)
        if let sim = report.simulation {
            let builder = SimulationBuilder(language: locale)
            SheetCSVWriter(dialect: dialect).write(Document(language: locale, sections: builder.reportSections(sim) + builder.analysisSections(sim)), into: &w)
        }
        return w.output
    }
}
