/// The words of the KS2 table: the terms of the state project model (statens prosjektmodell),
/// in Norwegian, and in English with the Norwegian term beside each.
public struct KS2Labels: Sendable, Hashable {
    /// "... (KS2), sum {first}–{last}".
    public var heading: String
    /// Basiskostnad: the exact deterministic total.
    public var baseCost: String
    /// Forventet tillegg: styringsramme − basiskostnad.
    public var expectedAddition: String
    /// Styringsramme: P50.
    public var managementFrame: String
    /// Forventningsverdi: the simulated mean, beside the styringsramme.
    public var expectedValue: String
    /// Usikkerhetsavsetning: kostnadsramme − styringsramme.
    public var contingencyReserve: String
    /// Kostnadsramme: P85.
    public var costFrame: String
    /// How the table adds up, "... {decimals} ...".
    public var footing: String

    public static let norwegian = KS2Labels(
        heading: "Usikkerhetsanalyse etter statens prosjektmodell (KS2), sum {first}–{last}",
        baseCost: "Basiskostnad (deterministisk sum, eksakt)",
        expectedAddition: "Forventet tillegg (styringsramme − basiskostnad)",
        managementFrame: "Styringsramme (P50)",
        expectedValue: "Forventningsverdi (gjennomsnittet av trekningene)",
        contingencyReserve: "Usikkerhetsavsetning (kostnadsramme − styringsramme)",
        costFrame: "Kostnadsramme (P85)",
        footing: "Tabellen går opp som vist: basiskostnad + forventet tillegg = styringsramme, og styringsramme + usikkerhetsavsetning = kostnadsramme. P50, P85 og forventningsverdien er avrundet til {decimals} {decimals|desimal|desimaler} før differansene er regnet ut. Forventningsverdien står ved styringsrammen til sammenligning og inngår ikke i summene.")
    public static let english = KS2Labels(
        heading: "Uncertainty analysis in the state project model's terms (KS2), total {first}–{last}",
        baseCost: "Base cost (basiskostnad: deterministic total, exact)",
        expectedAddition: "Expected addition (forventet tillegg: management frame − base cost)",
        managementFrame: "Management frame (styringsramme, P50)",
        expectedValue: "Expected value (forventningsverdi: mean of the trials)",
        contingencyReserve: "Contingency reserve (usikkerhetsavsetning: cost frame − management frame)",
        costFrame: "Cost frame (kostnadsramme, P85)",
        footing: "The table adds up as shown: base cost + expected addition = management frame, and management frame + contingency reserve = cost frame. P50, P85 and the expected value are rounded to {decimals} {decimals|decimal|decimals} before the differences are taken. The expected value stands beside the management frame for comparison and is not part of the sums.")
}

extension Language {
    /// The words of the KS2 table in this language.
    public var ks2: KS2Labels { self == .nb ? .norwegian : .english }
}
