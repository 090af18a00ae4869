import DFCostApp
import DFCostScenario

extension TotalsRenderer {
    /// Renders a whole ``TotalsResult``: the table, with each initiative's subtotal or each
    /// payer's part when the result holds them.
    public func render(_ result: TotalsResult, format: OutputFormat) -> String {
        if let initiatives = result.initiatives {
            return InitiativeRenderer(locale: locale, csvDialect: csvDialect)
                .render(result.applied, totals: result.totals, subtotals: initiatives, format: format, level: result.level)
        }
        return render(result.applied, totals: result.totals, format: format, payers: result.payers, level: result.level)
    }
}
