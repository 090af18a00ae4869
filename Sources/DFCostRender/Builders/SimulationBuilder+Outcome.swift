import DFCostApp
import DFCostModel
import DFCostNumerics
import DFCostSimulation

extension SimulationBuilder {
    /// The document of a whole ``SimulationOutcome`` for people (text, markdown): the scenario
    /// alone, or, with a comparison, a part per scenario with its own figures (percentiles and
    /// budgets of its totals) and a part for the paired difference OTHER − BASE on common random
    /// numbers.
    public func document(_ outcome: SimulationOutcome, payers: PayerSimulation? = nil) -> Document {
        guard let comparison = outcome.comparison else {
            return document(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false, payers: payers,
                            analysis: outcome.analysis)
        }
        let own = document(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false, payers: payers,
                           analysis: outcome.analysis, analysisLevel: .section)
        let base = outcome.model.deterministic.name, other = comparison.model.deterministic.name
        let parts: [(String, Document)] = [
            (base, own),
            (other, document(comparison.result, model: comparison.model, ks2: comparison.ks2, tornado: comparison.tornado, paired: false,
                             analysis: comparison.analysis, analysisLevel: .section)),
            ("\(other) − \(base)", document(comparison.difference, model: comparison.model, ks2: nil, tornado: comparison.differenceTornado, paired: true)),
        ]
        return Document(language: language, sections: parts.flatMap { name, part in [Section(title: name, level: .part, blocks: [])] + part.sections })
    }

    /// The data of a whole ``SimulationOutcome`` (CSV): the statistics table at full precision,
    /// or, with a comparison, the base's, the other's and the paired difference's, each captioned
    /// with its scenario; then the KS2 table and the analysis model of each scenario.
    public func dataDocument(_ outcome: SimulationOutcome) -> Document {
        guard let comparison = outcome.comparison else {
            return dataDocument(outcome.result, model: outcome.model, ks2: outcome.ks2, analysis: outcome.analysis)
        }
        let base = outcome.model.deterministic.name, other = comparison.model.deterministic.name
        let tables = [
            dataTable(outcome.result, model: outcome.model, caption: base),
            dataTable(comparison.result, model: comparison.model, caption: other),
            dataTable(comparison.difference, model: comparison.model, caption: "\(other) − \(base)"),
        ]
        var sections = [Section(title: nil, level: .section, blocks: tables.map(Block.table))]
        for (name, model, ks2, analysis) in [(base, outcome.model, outcome.ks2, outcome.analysis),
                                             (other, comparison.model, comparison.ks2, comparison.analysis)] {
            sections.append(Section(title: name, level: .part, blocks: []))
            sections += tail(model: model, ks2: ks2, analysis: analysis, analysisLevel: .section)
        }
        return Document(language: language, sections: sections)
    }

    /// One result's statistics table at full precision (CSV), then its KS2 table and analysis model when given.
    public func dataDocument(_ result: SimulationResult, model: SimulationModel, ks2: KS2Breakdown? = nil,
                             analysis: AnalysisModel? = nil) -> Document {
        Document(language: language, sections: [Section(title: nil, level: .section, blocks: [.table(dataTable(result, model: model))])]
                 + tail(model: model, ks2: ks2, analysis: analysis, analysisLevel: .part))
    }

    /// The KS2 table and the analysis model after a data table.
    func tail(model: SimulationModel, ks2: KS2Breakdown?, analysis: AnalysisModel?, analysisLevel: Section.Level) -> [Section] {
        (ks2.map { [KS2Builder(language: language).section($0, unit: model.deterministic.table.metadata.unit)] } ?? [])
            + (analysis.map { AnalysisModelBuilder(language: language).sections($0, level: analysisLevel) } ?? [])
    }

    /// Per summed year, cumulative level and total: mean and sd to 6 decimals, each percentile as
    /// its Float32 value with its standard error in a column of its own.
    func dataTable(_ result: SimulationResult, model: SimulationModel, caption: String? = nil) -> Table {
        let renderer = SimulationRenderer(locale: language)
        let ps = result.columns.first?.percentiles.map(\.probability) ?? []
        let columns = [Table.Column(words.column, .label), Table.Column(words.mean, .statistic(decimals: 6)), Table.Column(words.sd, .statistic(decimals: 6))]
            + ps.flatMap { p in
                let key = SimulationRenderer.percentileLabel(p, in: language)
                return [Table.Column(key, .float32), Table.Column(key + words.standardError, .statistic(decimals: 6))]
            }
        let rows = renderer.rows(result, model: model).map { c in
            Table.Row(.line, [.text(renderer.label(c, years: model.years)), .number(c.mean), SimulationBuilder.shownStandardDeviation(c.standardDeviation, trials: result.trials)]
                      + c.percentiles.flatMap { [Table.Cell.number($0.value), .number($0.standardError)] })
        }
        return Table(caption: caption, columns: columns, rows: rows)
    }
}
