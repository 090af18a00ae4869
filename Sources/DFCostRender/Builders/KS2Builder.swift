import DFCostModel
import DFCostSimulation

/// Builds the KS2 table in the state project model's terms (``KS2Breakdown``): basiskostnad,
/// forventet tillegg, styringsramme (P50) with the forventningsverdi beside it,
/// usikkerhetsavsetning and kostnadsramme (P85), and the note on how it adds up.
///
/// Every figure is an exact amount as printed (``Table/ColumnKind/decimalAmount(decimals:)``), so
/// each format shows a table that adds up; the two differences are marked as such
/// (``KeyValueList/differences``) so that a workbook writes them as formulas.
public struct KS2Builder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// "Usikkerhetsanalyse etter statens prosjektmodell (KS2), sum 2024–2026".
    public func heading(_ ks2: KS2Breakdown) -> String {
        Labels.fill(language.ks2.heading, ["first": "\(ks2.firstYear)", "last": "\(ks2.lastYear)"])
    }

    /// The table, titled with ``heading(_:)`` when `titled` (else the section's title says it).
    public func list(_ ks2: KS2Breakdown, unit: String, titled: Bool) -> KeyValueList {
        let words = language.ks2
        var list = KeyValueList(title: titled ? heading(ks2) : nil, unit: unit, kind: .decimalAmount(decimals: ks2.decimals), items: [
            (words.baseCost, .amount(ks2.baseCost)),
            (words.expectedAddition, .amount(ks2.expectedAddition)),
            (words.managementFrame, .amount(ks2.managementFrame)),
            (words.expectedValue, .amount(ks2.expectedValue)),
            (words.contingencyReserve, .amount(ks2.contingencyReserve)),
            (words.costFrame, .amount(ks2.costFrame)),
        ], differences: [
            KeyValueList.Difference(item: 1, minuend: 2, subtrahend: 0),
            KeyValueList.Difference(item: 4, minuend: 5, subtrahend: 2),
        ])
        list.machineID = "ks2"
        list.machineKeys = ["basiskostnad", "forventet-tillegg", "styringsramme", "forventningsverdi", "usikkerhetsavsetning", "kostnadsramme"]
        return list
    }

    /// The table and the note on how it adds up.
    public func blocks(_ ks2: KS2Breakdown, unit: String, titled: Bool) -> [Block] {
        [.keyValues(list(ks2, unit: unit, titled: titled)),
         .notes(Notes(notes: [Labels.fill(language.ks2.footing, ["decimals": "\(ks2.decimals)"])]))]
    }

    /// The table as a section of its own under ``heading(_:)``.
    public func section(_ ks2: KS2Breakdown, unit: String) -> Section {
        Section(title: heading(ks2), level: .section, anchor: "ks2", blocks: blocks(ks2, unit: unit, titled: false))
    }
}
