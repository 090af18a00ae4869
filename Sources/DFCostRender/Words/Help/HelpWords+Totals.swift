/// `dfcost totals --help`.
public struct TotalsHelpWords: Sendable, Hashable {
    public var abstract: String
    public var file: String
    public var by: String

    public static let norwegian = TotalsHelpWords(
        abstract: "Skriv ut D&F-tabellen med summer per løsning, summen eksakt og avrundet, og det kumulative nivået.",
        file: "En scenariofil (TOML).",
        by: "Del opp summene: 'payer' gir hver betalers del etter scenarioets betalernøkler; 'initiative' summen for hvert tiltak, med delene lagt sammen.")
    public static let english = TotalsHelpWords(
        abstract: "Print the D&F table with per-solution subtotals, the sum exact and rounded, and the cumulative level.",
        file: "A scenario file (TOML).",
        by: "Break the totals down: 'payer' gives each payer's part by the scenario's payer keys; 'initiative' the subtotal of each initiative (tiltak), its parts summed.")
}
