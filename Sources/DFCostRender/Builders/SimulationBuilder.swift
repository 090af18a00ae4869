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
    public func document(_ result: SimulationResult, model: SimulationModel, ks2: KS2Breakdown?, tornado: Tornado, paired: Bool,
                         payers: PayerSimulation? = nil) -> Document {
        let renderer = SimulationRenderer(locale: language)
        let ps = result.columns.first?.percentiles.map(\.probability) ?? []
        let columns = [Table.Column("", .label), Table.Column(words.mean, .statistic(decimals: 2)), Table.Column(words.sd, .statistic(decimals: 2))]
            + ps.map { Table.Column(SimulationRenderer.percentileKey($0), .statistic(decimals: 2)) }
        let rows = renderer.rows(result, model: model).map { c in
            Table.Row(.line, [.text(renderer.label(c, years: model.years)), .number(c.mean), .number(c.standardDeviation)]
                      + c.percentiles.map { .estimate($0.value, standardError: $0.standardError) })
        }
        var blocks: [Block] = [.paragraph(renderer.heading(result, paired: paired)), .table(Table(columns: columns, rows: rows))]
        let exceed = renderer.exceedanceLines(result, model: model)
        if !exceed.isEmpty { blocks.append(.notes(Notes(notes: exceed))) }
        if !paired, let ks2 {
            blocks.append(.keyValues(KeyValueList(title: renderer.ks2Heading(ks2), unit: model.deterministic.table.metadata.unit,
                                                  kind: .statistic(decimals: 2), items: [
                (words.base, .amount(ks2.deterministicBase)), (words.p50, .number(ks2.p50)),
                (words.p85, .number(ks2.p85)), (words.reserve, .number(ks2.reserve)),
            ])))
        }
        var sections = [Section(title: nil, level: .title, blocks: blocks)]

        var sensitivity: [Block] = []
        let names = FactorNames(model.deterministic.table)
        if !tornado.entries.isEmpty {
            let largest = tornado.entries.map { abs($0.standardizedCoefficient) }.max() ?? 1
            sensitivity.append(.table(Table(
                columns: [Table.Column(words.factor, .label), Table.Column("SRC", .statistic(decimals: 3)),
                          Table.Column("ρ", .statistic(decimals: 3)), Table.Column("", .bar)],
                rows: tornado.entries.map {
                    Table.Row(.line, [.text(names($0.factorID)), .number($0.standardizedCoefficient), .number($0.spearman),
                                      .number(largest > 0 ? abs($0.standardizedCoefficient) / largest : 0)])
                })))
        }
        sensitivity += renderer.sensitivityNotes(result, tornado: tornado, names: names).map(Block.paragraph)
        if !sensitivity.isEmpty {
            sections.append(Section(title: tornado.entries.isEmpty ? nil : words.sensitivityHeading, level: .section, anchor: "sensitivity",
                                    blocks: sensitivity))
        }
        if let payers { sections.append(section(payers)) }
        return Document(language: language, sections: sections)
    }

    /// Each payer's P50 and P85 per summed year.
    func section(_ p: PayerSimulation) -> Section {
        let columns = [Table.Column(language.labels.payers.payer, .label)]
            + p.years.flatMap { [Table.Column("\($0) P50", .statistic(decimals: 2)), Table.Column("\($0) P85", .statistic(decimals: 2))] }
        let rows = p.payers.map { payer in
            Table.Row(.line, [.text(payer.name)] + p.years.flatMap { y -> [Table.Cell] in
                let c = p.result.column("\(payer.id)/\(y)")
                return [c?.percentile(0.5).map { .number($0.value) } ?? .empty, c?.percentile(0.85).map { .number($0.value) } ?? .empty]
            })
        }
        return Section(title: language.labels.payers.simulationHeading, level: .section, anchor: "payer-simulation",
                       blocks: [.table(Table(columns: columns, rows: rows))])
    }
}

extension SimulationBuilder {
    /// The report's simulation as its sheets show it (the report's CSV and workbook): under the
    /// part's title the heading, the statistics per year with their standard errors and the
    /// exceedances, the data of the fan chart and of the S-curve; then the KS2 breakdown, and
    /// the sensitivities with their notes (or why there are none), each a titled section. The
    /// KS2 breakdown and the tornado are read from the result, as in the report's other formats.
    public func reportSections(_ sim: ReportSimulation) -> [Section] {
        let renderer = SimulationRenderer(locale: language)
        let labels = language.labels, report = labels.report
        let summary = sim.summary, model = sim.model, result = sim.result
        let ps = summary.columns.first?.percentiles.map(\.probability) ?? []
        let columns = [Table.Column("", .label), Table.Column(words.mean, .statistic(decimals: 2)), Table.Column(words.sd, .statistic(decimals: 2))]
            + ps.map { Table.Column(SimulationRenderer.percentileKey($0), .statistic(decimals: 2)) }
        let rows = renderer.rows(summary, model: model).map { c in
            Table.Row(.line, [.text(renderer.label(c, years: model.years)), .number(c.mean), .number(c.standardDeviation)]
                      + c.percentiles.map { .estimate($0.value, standardError: $0.standardError) })
        }
        var blocks: [Block] = [.paragraph(renderer.heading(summary, paired: false)), .table(Table(columns: columns, rows: rows))]
        blocks += renderer.exceedanceLines(summary, model: model).map(Block.paragraph)

        if let fan = fanChart(sim) { blocks.append(.chart(fan)) }
        if let curve = curveChart(sim) { blocks.append(.chart(curve)) }
        var sections = [Section(title: report.simulation, level: .part, anchor: "simulation", blocks: blocks)]

        if let ks2 = sim.ks2 {
            sections.append(Section(title: renderer.ks2Heading(ks2).capitalizedFirst, level: .section, blocks: [
                .keyValues(KeyValueList(unit: model.deterministic.table.metadata.unit, kind: .statistic(decimals: 2), items: [
                    (words.base.capitalizedFirst, .amount(ks2.deterministicBase)), (words.p50, .number(ks2.p50)),
                    (words.p85, .number(ks2.p85)), (words.reserve.capitalizedFirst, .number(ks2.reserve)),
                ])),
            ]))
        }
        var sensitivity: [Block] = []
        if result.sensitivity.isEmpty && result.sensitivityOmitted == nil { sensitivity.append(.paragraph(report.noFactors)) }
        if !sim.tornado.entries.isEmpty {
            sensitivity.append(.table(Table(
                columns: [Table.Column(report.factor, .label), Table.Column("SRC", .statistic(decimals: 3)), Table.Column("ρ", .statistic(decimals: 3))],
                rows: sim.tornado.entries.map { Table.Row(.line, [.text(FactorNames(model.deterministic.table)($0.factorID)), .number($0.standardizedCoefficient), .number($0.spearman)]) })))
        }
        sensitivity += renderer.sensitivityNotes(result, tornado: sim.tornado, names: FactorNames(model.deterministic.table)).map(Block.paragraph)
        sections.append(Section(title: report.tornadoTitle, level: .section, anchor: "tornado", blocks: sensitivity))
        return sections
    }
}
