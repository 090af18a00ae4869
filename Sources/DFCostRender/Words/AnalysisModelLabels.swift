import DFCostNumerics
import DFCostScenario

/// The words of the analysis model (analysemodell): the uncertainty factors, correlations, the
/// event register (hendelsesregister) and the run. Templates hold their values as `{name}`
/// placeholders (``Labels/fill(_:_:)``).
public struct AnalysisModelLabels: Sendable, Hashable {
    public var heading: String
    /// What the section is, under its heading.
    public var intro: String
    // Uncertainty factors.
    public var factorsHeading: String
    public var factor: String
    /// "oppføring {entry}": an entry written without a name.
    public var unnamedEntry: String
    public var distribution: String
    public var parameters: String
    public var scope: String
    public var lineScope: String
    public var sharedScope: String
    /// The scope of an uncertainty driver (usikkerhetsdriver): one draw per trial multiplying its lines.
    public var driverScope: String
    /// An uncertainty driver's name in the factor column: "usikkerhetsdriver {name}".
    public var driverEntry: String
    public var lineCount: String
    public var actsOn: String
    public var origin: String
    public var selectsNothing: String
    public var noFactors: String
    /// "{count} faktorer trekkes per trekning".
    public var drawnFactors: String
    public var triangular: String
    public var pert: String
    public var uniform: String
    public var lognormal: String
    /// The triple estimate's own distribution name (shown only where it is not fitted first).
    public var trigen: String
    public var low: String
    public var mode: String
    public var high: String
    /// "trippelestimat: P10 {p10}, mest sannsynlig {mostLikely}, P90 {p90}".
    public var tripleEstimate: String
    // Correlations.
    public var correlationsHeading: String
    public var groupsHeading: String
    public var group: String
    /// A correlation group the file gives no name: "gruppe {entry}".
    public var unnamedGroup: String
    public var coefficient: String
    public var pairsHeading: String
    public var firstFactor: String
    public var secondFactor: String
    public var repairsHeading: String
    /// The note of one repaired coefficient on standard error:
    /// "{scenario}: korrelasjonen {pair} er reparert: {old} → {new}".
    public var repairedNote: String
    public var before: String
    public var after: String
    public var noCorrelation: String
    // The event register.
    public var eventsHeading: String
    public var event: String
    public var states: String
    public var noEvents: String
    // The run.
    public var runHeading: String
    public var trials: String
    public var seed: String
    public var sampling: String
    public var plainSampling: String
    public var latinHypercube: String
    public var version: String
    public var commit: String
    public var unknownCommit: String
    /// After a commit when the work tree differed from it: " (med lokale endringer)".
    public var modified: String
    public var notSaid: String
    /// The what-ifs given with the run, and the words when there are none.
    public var whatIfs: String
    public var noWhatIfs: String

    public static let norwegian = AnalysisModelLabels(
        heading: "Analysemodell",
        intro: "Forutsetningene P50 og P85 bygger på: usikkerhetsfaktorene, korrelasjonene, hendelsene og kjøringen.",
        factorsHeading: "Usikkerhetsfaktorer", factor: "Faktor", unnamedEntry: "oppføring {entry}", distribution: "Fordeling",
        parameters: "Parametre", scope: "Omfang", lineScope: "én faktor per linje", sharedScope: "én felles faktor for linjene",
        driverScope: "én trekning per forsøk, ganger faktorene til linjene den velger", driverEntry: "usikkerhetsdriver {name}",
        lineCount: "Linjer", actsOn: "Virker på", origin: "Skrevet i", selectsNothing: "velger ingen linje",
        noFactors: "Ingen usikkerhetsfaktorer.", drawnFactors: "{count} {count|faktor|faktorer} trekkes i hver trekning.",
        triangular: "trekantfordeling", pert: "PERT-fordeling", uniform: "uniform fordeling", lognormal: "lognormalfordeling", trigen: "trekantfordeling tilpasset et trippelestimat",
        low: "lav", mode: "mest sannsynlig", high: "høy",
        tripleEstimate: "trippelestimat: P10 {p10}, mest sannsynlig {mostLikely}, P90 {p90}",
        correlationsHeading: "Korrelasjoner",
        groupsHeading: "Korrelasjonsgrupper (hvert par av linjenes faktorer har koeffisienten)", group: "Gruppe", unnamedGroup: "gruppe {entry}",
        coefficient: "Koeffisient", pairsHeading: "Korrelasjonspar", firstFactor: "Faktor", secondFactor: "Faktor",
        repairsHeading: "Korrelasjonsmatrisen er erstattet av den nærmeste gyldige (Higham); endrede koeffisienter",
        repairedNote: "{scenario}: korrelasjonen {pair} er reparert: {old} → {new}",
        before: "Før", after: "Etter", noCorrelation: "Ingen korrelasjoner: faktorene trekkes uavhengig av hverandre.",
        eventsHeading: "Hendelsesregister (usikre betingelser)", event: "Hendelse", states: "Tilstander",
        noEvents: "Ingen usikre betingelser.",
        runHeading: "Kjøringen", trials: "Trekninger", seed: "Startverdi for tilfeldige tall", sampling: "Trekningsmetode",
        plainSampling: "enkel tilfeldig trekning", latinHypercube: "latinsk hyperkube", version: "dfcost-versjon",
        commit: "Git-revisjon", unknownCommit: "ukjent (ikke bygget med make)", modified: " (med lokale endringer)", notSaid: "ikke oppgitt",
        whatIfs: "Hva om-endringer fra kommandolinjen", noWhatIfs: "ingen (filens tabell som den er)")
    public static let english = AnalysisModelLabels(
        heading: "Analysis model (analysemodell)",
        intro: "The assumptions P50 and P85 rest on: the uncertainty factors, the correlations, the events and the run.",
        factorsHeading: "Uncertainty factors", factor: "Factor", unnamedEntry: "entry {entry}", distribution: "Distribution",
        parameters: "Parameters", scope: "Scope", lineScope: "one factor per line", sharedScope: "one factor shared by the lines",
        driverScope: "one draw per trial, multiplying the factors of the lines it selects", driverEntry: "uncertainty driver {name}",
        lineCount: "Lines", actsOn: "Acts on", origin: "Written at", selectsNothing: "selects no line",
        noFactors: "No uncertainty factors.", drawnFactors: "{count} {count|factor is|factors are} drawn in each trial.",
        triangular: "triangular", pert: "PERT", uniform: "uniform", lognormal: "lognormal", trigen: "triangular fitted to a triple estimate",
        low: "low", mode: "most likely", high: "high",
        tripleEstimate: "triple estimate: P10 {p10}, most likely {mostLikely}, P90 {p90}",
        correlationsHeading: "Correlations",
        groupsHeading: "Correlation groups (every pair of the lines' factors has the coefficient)", group: "Group", unnamedGroup: "group {entry}",
        coefficient: "Coefficient", pairsHeading: "Correlation pairs", firstFactor: "Factor", secondFactor: "Factor",
        repairsHeading: "The correlation matrix was replaced by the nearest valid one (Higham); changed coefficients",
        repairedNote: "{scenario}: repaired correlation {pair}: {old} → {new}",
        before: "Before", after: "After", noCorrelation: "No correlations: the factors are drawn independently.",
        eventsHeading: "Event register (hendelsesregister: uncertain conditions)", event: "Event", states: "States",
        noEvents: "No uncertain conditions.",
        runHeading: "The run", trials: "Trials", seed: "Random seed", sampling: "Sampling method",
        plainSampling: "simple random sampling", latinHypercube: "Latin hypercube", version: "dfcost version",
        commit: "Git commit", unknownCommit: "unknown (not built by make)", modified: " (with uncommitted changes)", notSaid: "not given",
        whatIfs: "What-ifs from the command line", noWhatIfs: "nothing given (the file's table as it is)")

    /// A distribution's name.
    public func name(_ kind: DistributionKind) -> String {
        switch kind {
        case .triangular: triangular
        case .pert: pert
        case .uniform: uniform
        case .lognormal: lognormal
        case .trigen: trigen
        }
    }

    /// A parameter's name ("low", "p10" as written in files).
    public func parameter(_ key: String) -> String {
        switch key {
        case "low": low
        case "mode": mode
        case "high": high
        default: key.uppercased()
        }
    }

    /// A sampling method.
    public func name(_ method: SamplingMethod) -> String {
        switch method {
        case .plain: plainSampling
        case .latinHypercube: latinHypercube
        }
    }

}

extension Language {
    /// The words of the analysis model in this language.
    public var analysisModel: AnalysisModelLabels { self == .nb ? .norwegian : .english }

    /// One coefficient the nearest-correlation repair changed, as a note on standard error:
    /// "npd: korrelasjonen a~b er reparert: 0,900000 → 0,500000" (six decimals, as the analysis
    /// model's table of changed coefficients prints them).
    public func repairNote(scenario: String, first: String, second: String, old: Double, new: Double) -> String {
        Labels.fill(analysisModel.repairedNote, [
            "scenario": scenario, "pair": "\(first)~\(second)",
            "old": numbers.format(old, decimals: 6), "new": numbers.format(new, decimals: 6),
        ])
    }
}
