import DFCostModel
import DFCostNumerics
import DFCostSimulation

/// Builds the document of a simulation: the heading (trials, seed, what the numbers are), the
/// statistics per summed year, cumulative level and total (mean, sd, percentiles ± their Monte
/// Carlo standard errors), the exceedance probabilities, the KS2 breakdown, the sensitivity
/// tornado with its notes, and with payers each payer's P50 and P85.
public struct SimulationBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    var words: SimulationLabels { language.labels.simulation }

    /// - Parameters:
    ///   - ks2: the KS2 breakdown computed on the result; nil shows none (a paired difference).
    ///   - tornado: the sensitivity tornado computed on the result.
    ///   - paired: whether the result is a paired difference OTHER − BASE.
    ///   - analysis: the analysis model, shown last; nil shows none (a paired difference).
    ///   - analysisLevel: the level of the analysis model's heading (a section inside a scenario's part).
    public func document(_ result: SimulationResult, model: SimulationModel, ks2: KS2Breakdown?, tornado: Tornado, paired: Bool,
                         payers: PayerSimulation? = nil, analysis: AnalysisModel? = nil, analysisLevel: Section.Level = .part) -> Document {
        let renderer = SimulationRenderer(locale: language)
        let ps = result.columns.first?.percentiles.map(\.probability) ?? []
        let columns = [Table.Column("", .label), Table.Column(words.mean, .statistic(decimals: 2)), Table.Column(words.sd, .statistic(decimals: 2))]
            + ps.map { Table.Column(SimulationRenderer.percentileLabel($0, in: language), .statistic(decimals: 2)) }
        let rows = renderer.rows(result, model: model).map { c in
            Table.Row(.line, [.text(renderer.label(c, years: model.years)), .number(c.mean), Self.shownStandardDeviation(c.standardDeviation, trials: result.trials)]
                      + c.percentiles.map { .estimate($0.value, standardError: Self.shownStandardError($0, trials: result.trials, of: ps)) })
        }
        var blocks: [Block] = [.paragraph(renderer.heading(result, paired: paired)), .table(Table(columns: columns, rows: rows))]
        let exceed = renderer.exceedanceLines(result, model: model)
        if !exceed.isEmpty { blocks.append(.notes(Notes(notes: exceed))) }
        if !paired, let ks2 {
            blocks += KS2Builder(language: language).blocks(ks2, unit: model.deterministic.table.metadata.unit, titled: true)
        }
        var sections = [Section(title: nil, level: .title, blocks: blocks)]

        var sensitivity: [Block] = []
        let names = FactorNames(model.deterministic.table)
        if !tornado.rows.isEmpty { sensitivity.append(.table(tornadoTable(tornado, bar: true, names: names))) }
        sensitivity += renderer.sensitivityNotes(result, tornado: tornado, names: names).map(Block.paragraph)
        if !sensitivity.isEmpty {
            sections.append(Section(title: tornado.rows.isEmpty ? nil : tornadoHeading(tornado), level: .section, anchor: "sensitivity",
                                    blocks: sensitivity))
        }
        if let payers { sections.append(section(payers)) }
        if !paired, let analysis { sections += AnalysisModelBuilder(language: language).sections(analysis, level: analysisLevel) }
        return Document(language: language, sections: sections)
    }

    /// Each payer's P50 and P85 per summed year, and a Sum row: the percentiles of the payers'
    /// sum, drawn in the same trials (percentiles do not add; a note under the table says so).
    func section(_ p: PayerSimulation) -> Section {
        let columns = [Table.Column(language.labels.payers.payer, .label)]
            + p.years.flatMap { [Table.Column("\($0) P50", .statistic(decimals: 2)), Table.Column("\($0) P85", .statistic(decimals: 2))] }
        func cells(_ output: (Int) -> String) -> [Table.Cell] {
            p.years.flatMap { y -> [Table.Cell] in
                let c = p.result.column(output(y))
                return [c?.percentile(0.5).map { .number($0.value) } ?? .empty, c?.percentile(0.85).map { .number($0.value) } ?? .empty]
            }
        }
        var rows = p.payers.map { payer in Table.Row(.line, [.text(payer.name)] + cells { "\(payer.id)/\($0)" }) }
        var blocks: [Block] = []
        if p.years.contains(where: { p.result.column(SimulationModel.payerSumOutput(year: $0)) != nil }) {
            rows.append(Table.Row(.sum, [.text(language.labels.sum)] + cells(SimulationModel.payerSumOutput)))
            blocks.append(.table(Table(columns: columns, rows: rows)))
            blocks.append(.paragraph(language.labels.payers.simulationSumNote))
        } else {
            blocks.append(.table(Table(columns: columns, rows: rows)))
        }
        return Section(title: language.labels.payers.simulationHeading, level: .section, anchor: "payer-simulation", blocks: blocks)
    }
}

extension SimulationBuilder {
    /// The report's simulation as its sheets show it (the report's CSV and workbook): under the
    /// part's title the heading, the statistics per year with their standard errors and the
    /// exceedances, the data of the fan chart and of the S-curve; then the KS2 table, and
    /// the sensitivities with their notes (or why there are none), each a titled section. The
    /// KS2 table and the tornado are read from the result, as in the report's other formats.
    /// The analysis model is not among them: the CSV writes it after them, the workbook on a
    /// sheet of its own (``analysisSections(_:)``).
    public func reportSections(_ sim: ReportSimulation) -> [Section] {
        let renderer = SimulationRenderer(locale: language)
        let labels = language.labels, report = labels.report
        let model = sim.model, result = sim.result
        var blocks = statistics(sim)

        if let fan = fanChart(sim) { blocks.append(.chart(fan)) }
        if let curve = curveChart(sim) { blocks.append(.chart(curve)) }
        var sections = [Section(title: report.simulation, level: .part, anchor: "simulation", blocks: blocks)]

        if let ks2 = sim.ks2 { sections.append(KS2Builder(language: language).section(ks2, unit: model.deterministic.table.metadata.unit)) }
        var sensitivity: [Block] = []
        let names = FactorNames(model.deterministic.table)
        if sim.tornado.rows.isEmpty && result.sensitivity.isEmpty && result.sensitivityOmitted == nil { sensitivity.append(.paragraph(report.noFactors)) }
        if !sim.tornado.rows.isEmpty { sensitivity.append(.table(tornadoTable(sim.tornado, bar: false, names: names))) }
        sensitivity += renderer.sensitivityNotes(result, tornado: sim.tornado, names: names).map(Block.paragraph)
        sections.append(Section(title: report.tornadoTitle, level: .section, anchor: "tornado", blocks: sensitivity))
        return sections
    }
}

extension SimulationBuilder {
    /// The report's statistics on the summary percentiles: what the figures are (trials, seed,
    /// ± the Monte Carlo standard error) and the compared scenarios it is not for, then mean, standard deviation and each percentile ± its
    /// standard error per summed year, cumulative level and total, then the exceedances; one
    /// table for every format of the report.
    func statistics(_ sim: ReportSimulation) -> [Block] {
        let renderer = SimulationRenderer(locale: language)
        let summary = sim.summary, model = sim.model
        let ps = summary.columns.first?.percentiles.map(\.probability) ?? []
        let columns = [Table.Column("", .label), Table.Column(words.mean, .statistic(decimals: 2)), Table.Column(words.sd, .statistic(decimals: 2))]
            + ps.map { Table.Column(SimulationRenderer.percentileLabel($0, in: language), .statistic(decimals: 2)) }
        let rows = renderer.rows(summary, model: model).map { c in
            Table.Row(.line, [.text(renderer.label(c, years: model.years)), .number(c.mean), Self.shownStandardDeviation(c.standardDeviation, trials: summary.trials)]
                      + c.percentiles.map { .estimate($0.value, standardError: Self.shownStandardError($0, trials: summary.trials, of: ps)) })
        }
        return [.paragraph(renderer.heading(summary, paired: false))] + comparedModelNotes(sim) + [.table(Table(columns: columns, rows: rows))]
            + renderer.exceedanceLines(summary, model: model).map(Block.paragraph)
    }

    /// The tornado as a table: each input with its kind, the change in mean it is ranked by, SRC
    /// and ρ (– for an event), and with `bar` a bar scaled to the largest change in mean (to the
    /// largest |SRC| when the run has no mean effects).
    func tornadoTable(_ tornado: Tornado, bar: Bool, names: FactorNames) -> Table {
        let w = language.uncertaintyInputs
        let byMean = tornado.rows.allSatisfy { $0.meanChange != nil }
        let largest = tornado.rows.map { byMean ? $0.meanChange! : abs($0.standardizedCoefficient ?? 0) }.max() ?? 0
        var columns = [Table.Column(w.input.capitalizedFirst, .label), Table.Column(w.kind.capitalizedFirst, .label)]
        if byMean { columns.append(Table.Column(w.meanChange.capitalizedFirst, .statistic(decimals: 2))) }
        columns += [Table.Column("SRC", .statistic(decimals: 3)), Table.Column("ρ", .statistic(decimals: 3))]
        if bar { columns.append(Table.Column("", .bar)) }
        let rows = tornado.rows.map { r -> Table.Row in
            var cells: [Table.Cell] = [.text(names(r.id, kind: r.kind)), .text(language.word(r.kind))]
            if byMean { cells.append(.number(r.meanChange!)) }
            cells += [r.standardizedCoefficient.map(Table.Cell.number) ?? .text(w.notApplicable),
                      r.spearman.map(Table.Cell.number) ?? .text(w.notApplicable)]
            if bar {
                let size = byMean ? r.meanChange! : abs(r.standardizedCoefficient ?? 0)
                cells.append(.number(largest > 0 ? size / largest : 0))
            }
            return Table.Row(.line, cells)
        }
        return Table(columns: columns, rows: rows)
    }

    /// The tornado's heading: ranked by the change in mean, or by |SRC| without mean effects.
    func tornadoHeading(_ tornado: Tornado) -> String {
        tornado.rows.allSatisfy { $0.meanChange != nil } ? language.uncertaintyInputs.heading : words.sensitivityHeading
    }

    /// A percentile's standard error as shown: not a number (written "–") below the trials a
    /// standard error needs (``SimulationWarning/minimumTrialsForStandardError(_:)``), where the
    /// engine's figure is 0 and "±0,00" would claim a precision the run does not have.
    static func shownStandardError(_ p: PercentileEstimate, trials: Int, of percentiles: [Double]) -> Double {
        trials < SimulationWarning.minimumTrialsForStandardError(percentiles) ? .nan : p.standardError
    }

    /// The standard deviation as shown: missing (written "–", empty in CSV like the ± beside
    /// the percentiles) for a single trial, where it is undefined and "0,00" would be wrong.
    static func shownStandardDeviation(_ sd: Double, trials: Int) -> Table.Cell {
        trials < 2 ? .missing : .number(sd)
    }
}
