import DFCostModel
import DFCostScenario

extension HTMLReport {
    /// Who pays (the ``PayersBuilder`` section): each payer's exact, rounded and cumulative part
    /// per summed year, the rounding rule and the assumptions under the table.
    func payerSection(_ a: PayerAllocation) -> String {
        HTMLWriter().section(PayersBuilder(language: locale).section(a), cells: .people(locale))
    }

    /// `--by initiative` (the ``InitiativesBuilder`` section): each initiative's subtotal per
    /// summed year (its parts summed across solutions) and the sum they add up to.
    func initiativeSection(_ s: InitiativeSubtotals, totals: Totals) -> String {
        HTMLWriter().section(InitiativesBuilder(language: locale).section(s, totals: totals), cells: .people(locale))
    }
}
