import DFCostEscaping
import DFCostModel
import DFCostScenario

/// Renders the TBU table of an applied scenario in the format asked for.
public struct TotalsRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    /// The rendered document: JSON from the results, every other format from the
    /// ``TotalsBuilder`` document (empty for xlsx, which DFCostWorkbook writes).
    /// - Parameter payers: each payer's part (`--by payer`), rendered after the table.
    /// - Parameter level: the total D&F level (a `[baseline]`), rendered after the payers.
    public func render(_ applied: AppliedScenario, totals: Totals, format: OutputFormat, payers: PayerAllocation? = nil,
                       level: TotalLevel? = nil) -> String {
        if format == .json {
            return JSONValueEncoder.render(TotalsDocument(applied, totals: totals, payers: payers, level: level))
        }
        let document = TotalsBuilder(language: locale).document(applied, totals: totals, payers: payers, level: level)
        return DocumentWriter(csvDialect: csvDialect).write(document, format: format) ?? ""
    }
}
