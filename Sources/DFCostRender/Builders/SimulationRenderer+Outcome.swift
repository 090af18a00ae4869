import DFCostApp

extension SimulationRenderer {
    /// Renders a whole ``SimulationOutcome``: the scenario alone, or, with a comparison, each
    /// scenario's own figures (percentiles and budgets of its totals) followed by the paired
    /// difference OTHER − BASE on common random numbers. JSON from the results; CSV from the
    /// ``SimulationBuilder`` data document; text and markdown from its document for people.
    public func render(_ outcome: SimulationOutcome, format: OutputFormat, payers: PayerSimulation? = nil) -> String {
        guard let comparison = outcome.comparison else {
            return render(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false, format: format, payers: payers,
                          analysis: outcome.analysis)
        }
        if format == .json {
            return JSONValueEncoder.render(SimulationComparisonDocument(
                base: SimulationDocument(outcome.result, model: outcome.model, ks2: outcome.ks2, tornado: outcome.tornado, paired: false,
                                         analysis: outcome.analysis),
                other: SimulationDocument(comparison.result, model: comparison.model, ks2: comparison.ks2, tornado: comparison.tornado, paired: false,
                                          analysis: comparison.analysis),
                difference: SimulationDocument(comparison.difference, model: comparison.model, ks2: nil, tornado: comparison.differenceTornado, paired: true)))
        }
        let builder = SimulationBuilder(language: locale)
        let document = format == .csv ? builder.dataDocument(outcome) : builder.document(outcome, payers: payers)
        return DocumentWriter(csvDialect: csvDialect).write(document, format: format) ?? ""
    }
}
