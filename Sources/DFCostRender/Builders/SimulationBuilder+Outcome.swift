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
        let own = document(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false, payers: payers)
        guard let comparison = outcome.comparison else { return own }
        let base = outcome.model.deterministic.name, other = comparison.model.deterministic.name
        let parts: [(String, Document)] = [
            (base, own),
            (other, document(comparison.result, model: comparison.model, ks2: comparison.ks2, tornado: comparison.tornado, paired: false)),
            ("\(other) − \(base)", document(comparison.difference, model: comparison.model, ks2: nil, tornado: comparison.differenceTornado, paired: true)),
        ]
        return Document(language: language, sections: parts.flatMap { name, part in [Section(title: name, level: .part, blocks: [])] + part.sections })
    }

    /// The data of a whole ``SimulationOutcome`` (CSV): the statistics table at full precision,
    /// or, with a comparison, the base's, the other's and the paired difference's, each captioned
    /// with its scenario.
    public func dataDocument(_ outcome: SimulationOutcome) -> Document {
        guard let comparison = outcome.comparison else { return dataDocument(outcome.result, model: outcome.model) }
        let base = outcome.model.deterministic.name, other = comparison.model.deterministic.name
        let tables = [
            dataTable(outcome.result, model: outcome.model, caption: base),
            dataTable(comparison.result, model: comparison.model, caption: other),
            dataTable(comparison.difference, model: comparison.model, caption: "\(other) − \(base)"),
        ]
        return Document(language: language, sections: [Section(title: nil, level: .section, blocks: tables.map(Block.table))])
    }

    /// One result's statistics table at full precision (CSV).
    public func dataDocument(_ result: SimulationResult, model: SimulationModel) -> Document {
        Document(language: language, sections: [Section(title: nil, level: .section, blocks: [.table(dataTable(result, model: model))])])
    }

    /// Per summed year, cumulative level and total: mean and sd to 6 decimals, each percentile as
    /// its Float32 value with its standard error in a column of its own.
    func dataTable(_ result: SimulationResult, model: SimulationModel, caption: String? = nil) -> Table {
        let renderer = SimulationRenderer(locale: language)
        let ps = result.columns.first?.percentiles.map(\.probability) ?? []
        let columns = [Table.Column(words.column, .label), Table.Column(words.mean, .statistic(decimals: 6)), Table.Column(words.sd, .statistic(decimals: 6))]
            + ps.flatMap { p in
                let key = SimulationRenderer.percentileKey(p)
                return [Table.Column(key, .float32), Table.Column(key + words.standardError, .statistic(decimals: 6))]
            }
        let rows = renderer.rows(result, model: model).map { c in
            Table.Row(.line, [.text(renderer.label(c, years: model.years)), .number(c.mean), .number(c.standardDeviation)]
                      + c.percentiles.flatMap { [Table.Cell.number($0.value), .number($0.standardError)] })
        }
        return Table(caption: caption, columns: columns, rows: rows)
    }
}
