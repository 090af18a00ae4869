/// The words of the report's fan chart of the cumulative level: each summed year's cumulative
/// level (the increase summed from the first summed year), its P10–P90 band and P50, on an axis
/// from zero, beside the deterministic cumulative level.
public struct LevelFanLabels: Sendable, Hashable {
    public var title: String
    public var description: String
    /// The deterministic scenario's cumulative level, the reference line.
    public var deterministic: String

    public static let norwegian = LevelFanLabels(
        title: "Kumulativt nivå med usikkerhet",
        description: "Økningen summert fra første år, år for år. Båndet går fra P10 til P90, linjen er P50 og prikkene er det deterministiske scenarioet; aksen starter på null.",
        deterministic: "Deterministisk")
    public static let english = LevelFanLabels(
        title: "Cumulative level with uncertainty",
        description: "The increase summed from the first year, year by year. The band runs from P10 to P90, the line is P50 and the dots are the deterministic scenario; the axis starts at zero.",
        deterministic: "Deterministic")
}

extension Language {
    /// The fan chart's words in this language.
    public var levelFan: LevelFanLabels { self == .nb ? .norwegian : .english }
}
