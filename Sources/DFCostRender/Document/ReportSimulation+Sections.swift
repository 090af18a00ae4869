import DFCostModel
import DFCostNumerics

/// The simulation part of a report as titled tables of cells, for renderers outside this module
/// (the Excel workbook): the statistics per year with standard errors, the KS2 breakdown and the
/// sensitivities, with the words of ``Labels``. It selects and labels and computes nothing:
/// the KS2 breakdown and the tornado are read from the result, as in the report's other formats.
public struct SimulationSection: Sendable {
    /// One cell: a text, a statistic (a double, shown with `decimals`), or an exact amount.
    public enum Cell: Sendable {
        case text(String)
        case statistic(Double, decimals: Int)
        case amount(ExactDecimal)
    }

    public var title: String
    public var rows: [[Cell]]
    /// Notes under the table.
    public var notes: [String]
}

extension ReportSimulation {
    /// The statistics, KS2 breakdown and sensitivities, in the order the report gives them.
    public func sections(locale: Language) -> [SimulationSection] {
        let renderer = SimulationRenderer(locale: locale)
        let labels = locale.labels, words = labels.simulation, report = labels.report
        let summary = self.summary
        var out: [SimulationSection] = []

        let ps = summary.columns.first?.percentiles.map(\.probability) ?? []
        var stats: [[SimulationSection.Cell]] = [[.text("")] + [.text(words.mean), .text(words.sd)]
            + ps.flatMap { [SimulationSection.Cell.text(SimulationRenderer.percentileKey($0)), .text("±")] }]
        for c in renderer.rows(summary, model: model) {
            stats.append([.text(renderer.label(c, years: model.years)), .statistic(c.mean, decimals: 2), .statistic(c.standardDeviation, decimals: 2)]
                         + c.percentiles.flatMap { [SimulationSection.Cell.statistic($0.value, decimals: 2), .statistic($0.standardError, decimals: 2)] })
        }
        out.append(SimulationSection(title: renderer.heading(summary, paired: false), rows: stats,
                                     notes: renderer.exceedanceLines(summary, model: model)))

        if let ks2 {
            out.append(SimulationSection(title: renderer.ks2Heading(ks2).capitalizedFirst, rows: [
                [.text(""), .text(model.deterministic.table.metadata.unit)],
                [.text(words.base.capitalizedFirst), .amount(ks2.deterministicBase)],
                [.text(words.p50), .statistic(ks2.p50, decimals: 2)],
                [.text(words.p85), .statistic(ks2.p85, decimals: 2)],
                [.text(words.reserve.capitalizedFirst), .statistic(ks2.reserve, decimals: 2)],
            ], notes: []))
        }

        let tornado = self.tornado
        var sensitivity: [[SimulationSection.Cell]] = []
        if !tornado.entries.isEmpty {
            sensitivity.append([.text(report.factor), .text("SRC"), .text("ρ")])
            for e in tornado.entries {
                sensitivity.append([.text(e.factorID), .statistic(e.standardizedCoefficient, decimals: 3), .statistic(e.spearman, decimals: 3)])
            }
        }
        var notes = renderer.sensitivityNotes(result, tornado: tornado)
        if result.sensitivity.isEmpty && result.sensitivityOmitted == nil { notes.insert(report.noFactors, at: 0) }
        out.append(SimulationSection(title: report.tornadoTitle, rows: sensitivity, notes: notes))
        return out
    }
}
