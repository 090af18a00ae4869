import DFCostApp
import DFCostEscaping
import DFCostNumerics
import DFCostSimulation

extension SimulationRenderer {
    /// Renders a whole ``SimulationOutcome``: the scenario alone, or, with a comparison, each
    /// scenario's own figures (percentiles and budgets of its totals) followed by the paired
    /// difference OTHER − BASE on common random numbers.
    public func render(_ outcome: SimulationOutcome, format: OutputFormat, payers: PayerSimulation? = nil) -> String {
        guard let comparison = outcome.comparison else {
            return render(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false, format: format, payers: payers)
        }
        let base = outcome.model.deterministic.name, other = comparison.model.deterministic.name
        switch format {
        case .json:
            return JSONValueEncoder.render(SimulationComparisonDocument(
                base: SimulationDocument(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false),
                other: SimulationDocument(comparison.result, model: comparison.model, ks2: comparison.ks2, tornado: comparison.tornado, paired: false),
                difference: SimulationDocument(comparison.difference, model: comparison.model, ks2: nil, tornado: comparison.differenceTornado, paired: true)))
        case .csv:
            return sectioned([(base, csv(outcome.result, model: outcome.model)),
                              (other, csv(comparison.result, model: comparison.model)),
                              ("\(other) − \(base)", csv(comparison.difference, model: comparison.model))])
        case .text:
            return "Scenario: \(base)\n" + text(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false)
                + "\nScenario: \(other)\n" + text(comparison.result, model: comparison.model, ks2: comparison.ks2, tornado: comparison.tornado, paired: false)
                + "\n" + text(comparison.difference, model: comparison.model, ks2: nil, tornado: comparison.differenceTornado, paired: true)
        case .markdown:
            return "## \(Escaper.markdown.escape(base))\n\n" + markdown(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false)
                + "\n## \(Escaper.markdown.escape(other))\n\n" + markdown(comparison.result, model: comparison.model, ks2: comparison.ks2, tornado: comparison.tornado, paired: false)
                + "\n## \(Escaper.markdown.escape(other)) − \(Escaper.markdown.escape(base))\n\n"
                + markdown(comparison.difference, model: comparison.model, ks2: nil, tornado: comparison.differenceTornado, paired: true)
        case .html, .xlsx:
            return ""
        }
    }

    /// CSV tables one after another, each preceded by a row naming it and separated by an empty row.
    func sectioned(_ tables: [(String, String)]) -> String {
        var out = csvDialect == .excel ? "\u{FEFF}" : ""
        for (i, (name, table)) in tables.enumerated() {
            if i > 0 { out += "\r\n" }
            var w = CSVWriter(dialect: csvDialect, byteOrderMark: false)
            w.row([name])
            out += w.output + table.replacingOccurrences(of: "\u{FEFF}", with: "")
        }
        return out
    }
}
