import DFCostModel
import DFCostNumerics
import DFCostSimulation

extension SimulationBuilder {
    /// The percentiles of the S-curve's data table (all of them when 12 or fewer were computed).
    static let curveTablePercentiles: Set<Double> = [0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.85, 0.90, 0.95, 0.99]

    /// The report's simulation in text and markdown: under the part's title, the document of
    /// `simulate` on the summary percentiles.
    public func reportSummary(_ sim: ReportSimulation) -> [Section] {
        [Section(title: language.labels.report.simulation, level: .part, blocks: comparedModelNotes(sim))]
            + document(sim.summary, model: sim.model, ks2: sim.ks2, tornado: sim.tornado, paired: false, analysis: sim.analysis).sections
    }

    /// The report's analysis model (``AnalysisModelBuilder``): after the simulation in the page
    /// and the CSV, on a sheet of its own in the workbook.
    public func analysisSections(_ sim: ReportSimulation) -> [Section] {
        AnalysisModelBuilder(language: language).sections(sim.analysis)
    }

    /// The report's page of the simulation (HTML): the trials and seed, the statistics per year
    /// with their standard errors and the exceedances (as the other formats show them), the fan chart, the
    /// S-curve with P50 and P85, the KS2 table, the tornado, and the notes on the
    /// sensitivities (or why there are none).
    public func reportPage(_ sim: ReportSimulation) -> Section {
        let report = language.labels.report
        let result = sim.result
        var blocks = statistics(sim)
        if let fan = fanChart(sim), !fan.categories.isEmpty { blocks.append(.chart(fan)) }
        if let curve = curveChart(sim) { blocks.append(.chart(curve)) }
        if let ks2 = sim.ks2 { blocks += KS2Builder(language: language).blocks(ks2, unit: sim.model.deterministic.table.metadata.unit, titled: true) }
        if result.sensitivity.isEmpty && result.sensitivityOmitted == nil { blocks.append(.paragraph(report.noFactors)) }
        if let tornado = tornadoChart(sim) { blocks.append(.chart(tornado)) }
        let notes = SimulationRenderer(locale: language).sensitivityNotes(result, tornado: sim.tornado, names: FactorNames(sim.model.deterministic.table))
        if !notes.isEmpty { blocks.append(.notes(Notes(notes: notes))) }
        return Section(title: report.simulation, level: .part, anchor: "simulation", blocks: blocks)
    }

    /// One paragraph per compared scenario whose analysis model differs from the simulated one's:
    /// the P50 and P85 shown are not that scenario's.
    func comparedModelNotes(_ sim: ReportSimulation) -> [Block] {
        let words = language.comparedModels
        return sim.comparedModels.map { compared in
            .paragraph(Labels.fill(compared.nothingUncertain ? words.nothingUncertain : words.differs,
                                   ["scenario": sim.model.deterministic.name, "other": compared.scenario]))
        }
    }

    /// The fan chart over the summed years: P10, P50 and P90 of each year's cumulative level (the
    /// increase summed from the first summed year; the band and its median) and the deterministic
    /// cumulative level. A level, not a yearly increase, so a falling line never reads as falling
    /// costs; the writer draws it on an axis from zero.
    func fanChart(_ sim: ReportSimulation) -> Chart? {
        let labels = language.labels, report = labels.report, words = language.levelFan
        var years: [String] = []
        var fan: [[Table.Cell]] = [[], [], [], []]
        for c in sim.result.columns {
            guard case .cumulative(let i) = c.kind, let p10 = c.percentile(0.10), let p50 = c.percentile(0.50), let p90 = c.percentile(0.90) else { continue }
            let year = sim.model.years[i]
            years.append("\(year)")
            for (k, cell) in [Table.Cell.number(p10.value), .number(p50.value), .number(p90.value), .amount(sim.model.totals.cumulative[year] ?? .zero)].enumerated() {
                fan[k].append(cell)
            }
        }
        return Chart(kind: .fan(median: report.median, band: report.band), id: "fan", title: words.title, description: words.description,
                     unit: sim.model.deterministic.table.metadata.unit, categoryHeader: labels.year, categories: years, valueKind: .statistic(decimals: 1),
                     series: zip(["P10", "P50", "P90", words.deterministic], fan).map { Chart.Series(name: $0, values: $1) })
    }

    /// The S-curve of the horizon total from every percentile computed; its table lists those of
    /// ``curveTablePercentiles`` (all when 12 or fewer were computed).
    func curveChart(_ sim: ReportSimulation) -> Chart? {
        let report = language.labels.report
        let curve = sim.result.total.percentiles.sorted { $0.probability < $1.probability }
        guard !curve.isEmpty else { return nil }
        let listed = curve.indices.filter { Self.curveTablePercentiles.contains(curve[$0].probability) || curve.count <= 12 }
        return Chart(kind: .curve(probabilities: curve.map(\.probability)), id: "scurve", title: report.curveTitle, description: report.curveDescription,
                     unit: sim.model.deterministic.table.metadata.unit, categoryHeader: report.probability,
                     categories: curve.map { SimulationRenderer.percentileLabel($0.probability, in: language) }, valueKind: .statistic(decimals: 1),
                     series: [Chart.Series(name: report.value, values: curve.map { .number($0.value) })], listed: listed)
    }

    /// The tornado: each input's change in mean (MNOK; a factor's or driver's signed as its Spearman
    /// ρ, an event's positive), with SRC and Spearman's ρ in its table; without mean effects, the SRC
    /// bars. The change in mean is marginal, as ρ is: signed as the partial SRC, a factor correlated
    /// with others could point against its own effect on the total.
    func tornadoChart(_ sim: ReportSimulation) -> Chart? {
        let report = language.labels.report, w = language.uncertaintyInputs
        let rows = sim.tornado.rows
        guard !rows.isEmpty else { return nil }
        let names = FactorNames(sim.model.deterministic.table)
        let none = Table.Cell.text(w.notApplicable)
        let src = Chart.Series(name: "SRC", values: rows.map { $0.standardizedCoefficient.map(Table.Cell.number) ?? none })
        let rho = Chart.Series(name: "ρ", values: rows.map { $0.spearman.map(Table.Cell.number) ?? none })
        let byMean = rows.allSatisfy { $0.meanChange != nil }
        let series = byMean
            ? [Chart.Series(name: w.meanChange.capitalizedFirst, values: rows.map {
                .number(($0.spearman ?? $0.standardizedCoefficient ?? 0) < 0 ? -$0.meanChange! : $0.meanChange!)
              }, valueKind: .statistic(decimals: 2)), src, rho]
            : [src, rho]
        return Chart(kind: .tornado, id: "tornado", title: report.tornadoTitle, description: byMean ? w.chartDescription : report.tornadoDescription,
                     categoryHeader: w.input.capitalizedFirst, categories: rows.map { names($0.id, kind: $0.kind) }, valueKind: .statistic(decimals: 3),
                     series: series)
    }
}
