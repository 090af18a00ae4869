/// The words of the note a report with a simulation prints for each compared scenario whose
/// analysis model differs from the simulated one's (``ReportSimulation/comparedModels``): the
/// simulation, its P50 and P85, are the scenario's only.
public struct ComparedModelLabels: Sendable, Hashable {
    /// The compared scenario has nothing uncertain: "{other} har ingen usikkerhet ...".
    public var nothingUncertain: String
    /// The compared scenario has other factors, correlations or events.
    public var differs: String

    public static let norwegian = ComparedModelLabels(
        nothingUncertain: "Merk: Usikkerhetsanalysen gjelder {scenario}. {other} har ingen usikkerhet i sin analysemodell (P50 = P85 = basiskostnaden) og er ikke simulert; P50 og P85 her gjelder ikke for {other}.",
        differs: "Merk: Usikkerhetsanalysen gjelder {scenario}. {other} har en annen analysemodell (andre usikkerhetsfaktorer, korrelasjoner eller hendelser) og er ikke simulert; P50 og P85 her gjelder ikke for {other}.")
    public static let english = ComparedModelLabels(
        nothingUncertain: "Note: the uncertainty analysis is of {scenario}. {other} has nothing uncertain in its analysis model (P50 = P85 = the base cost) and is not simulated; the P50 and P85 here do not apply to {other}.",
        differs: "Note: the uncertainty analysis is of {scenario}. {other} has a different analysis model (other uncertainty factors, correlations or events) and is not simulated; the P50 and P85 here do not apply to {other}.")
}

extension ComparedModelLabels: WordTable {}

extension Language {
    /// The words of the compared scenarios' analysis models in this language.
    public var comparedModels: ComparedModelLabels { self == .nb ? .norwegian : .english }
}
