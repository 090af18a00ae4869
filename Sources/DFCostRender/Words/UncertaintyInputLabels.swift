import DFCostScenario
import DFCostSimulation

/// The words of uncertainty drivers, triple estimates, the tornado's kinds of input and its
/// measure, and the simulation's warnings (``SimulationWarning``), by language.
public struct UncertaintyInputLabels: Sendable, Hashable {
    /// The tornado's first column: "usikkerhet" (a factor, driver or event).
    public var input: String
    /// The column naming the kind of input.
    public var kind: String
    /// The kinds: an `[[uncertainty]]` factor, a driver, an uncertain condition (risk event).
    public var factor: String
    public var driver: String
    public var event: String
    /// The column of the measure the tornado ranks by (MNOK).
    public var meanChange: String
    /// A cell where a column does not apply (SRC and ρ of an event).
    public var notApplicable: String
    /// The note defining the measure.
    public var measureNote: String
    /// The tornado's heading.
    public var heading: String
    /// The tornado chart's description (its first inputs and values follow).
    public var chartDescription: String

    /// "warning".
    public var warning: String
    /// Entry names in warnings: "{name}" is the entry's name.
    public var factorEntry: String
    public var driverEntry: String
    public var groupEntry: String
    /// "{group} velger bare én linje ({line}), så den korrelerer ingenting; ...".
    public var groupSelectsOneLine: String
    public var nothingUncertain: String
    /// "{trials}", "{minimum}".
    public var standardErrorNeedsTrials: String
    /// "{trials}", "{se}", "{figure}" (``StandardErrorFigureLabels``, or nothing), "{needed}", "{target}".
    public var tooFewTrialsForDigits: String

    /// The words of the errors about drivers and triple estimates (for localized error messages):
    /// "{name}", "{first}", "{p10}", "{likely}", "{p90}".
    public var errorDriverName: String
    public var errorSecondDriver: String
    public var errorDriverNeedsSelect: String
    public var errorDriverNameTaken: String

    public static let norwegian = UncertaintyInputLabels(
        input: "usikkerhet", kind: "type", factor: "faktor", driver: "usikkerhetsdriver", event: "hendelse",
        meanChange: "utslag", notApplicable: "–",
        measureNote: "Utslag: hvor mye forventningsverdien av summen over perioden flytter seg (MNOK) mellom laveste og høyeste tidel av en faktor eller driver, eller mellom tilstandene til en hendelse (usikker betingelse); rangert etter det. SRC og ρ gjelder bare faktorer og drivere (– for hendelser).",
        heading: "Følsomhet for summen over perioden (største utslag først): SRC = standardisert regresjonskoeffisient, ρ = Spearmans rangkorrelasjon",
        chartDescription: "Utslag i forventningsverdi for summen over perioden (MNOK), største først; faktorer og drivere med fortegnet til ρ.",
        warning: "advarsel",
        factorEntry: "usikkerhetsfaktoren '{name}'", driverEntry: "usikkerhetsdriveren '{name}'",
        groupEntry: "korrelasjonsgruppen '{name}'",
        groupSelectsOneLine: "{group} velger bare én linje ({line}), så den korrelerer ingenting; en gruppe må velge minst 2 linjer",
        nothingUncertain: "ingenting er usikkert i «{scenario}»: ingen faktor, driver eller usikker betingelse virker på et summert beløp, så ingenting ble trukket, og P50 = P85 = basiskostnaden",
        standardErrorNeedsTrials: "{trials} {trials|trekning|trekninger}: standardfeilen til en persentil kan ikke anslås med færre enn {minimum} {minimum|trekning|trekninger} (derfor vises ±–)",
        tooFewTrialsForDigits: "{trials} {trials|trekning|trekninger} gir standardfeil opptil ±{se}{figure}; omtrent {needed} {needed|trekning|trekninger} gir ±{target} (standardfeilen faller som 1/√trekninger)",
        errorDriverName: "navnet på en usikkerhetsdriver kan ikke være tomt eller inneholde '/' (det er nøkkelen til trekningene)",
        errorSecondDriver: "en usikkerhetsdriver til med navnet '{name}' (den første står i {first}); gi den et annet navn",
        errorDriverNeedsSelect: "usikkerhetsdriveren '{name}' trenger 'select' (linjene den virker på)",
        errorDriverNameTaken: "usikkerhetsdriveren '{name}' har samme navn som en usikkerhetsfaktor (en linje-id eller en delt faktor); gi driveren et annet navn")

    public static let english = UncertaintyInputLabels(
        input: "uncertainty", kind: "kind", factor: "factor", driver: "driver", event: "event",
        meanChange: "change in mean", notApplicable: "–",
        measureNote: "Change in mean: how far the mean of the horizon total moves (MNOK) between the lowest and the highest decile of a factor or driver, or between the states of an event (uncertain condition); ranked by it. SRC and ρ apply to factors and drivers only (– for events).",
        heading: "Sensitivity of the horizon total (largest change in mean first): SRC = standardized regression coefficient, ρ = Spearman rank correlation",
        chartDescription: "Change in the mean of the horizon total (MNOK), largest first; factors and drivers signed as their ρ.",
        warning: "warning",
        factorEntry: "[[uncertainty]] '{name}'", driverEntry: "driver '{name}'",
        groupEntry: "correlation group '{name}'",
        groupSelectsOneLine: "{group} selects one line only ({line}), so it correlates nothing; a group needs two lines or more",
        nothingUncertain: "nothing is uncertain in '{scenario}': no factor, driver or uncertain condition acts on a summed amount, so nothing was drawn and P50 = P85 = the deterministic total (basiskostnad)",
        standardErrorNeedsTrials: "{trials} {trials|trial|trials}: the standard error of a percentile cannot be estimated below {minimum} {minimum|trial|trials} (so ±– is shown)",
        tooFewTrialsForDigits: "{trials} {trials|trial gives|trials give} a standard error up to ±{se}{figure}; about {needed} {needed|trial|trials} would bring it to ±{target} (it falls as 1/√trials)",
        errorDriverName: "a driver's name must be non-empty and without '/' (it keys the driver's draws)",
        errorSecondDriver: "a second driver named '{name}' (first at {first}); give it another name",
        errorDriverNeedsSelect: "driver '{name}' needs 'select' (the lines it acts on)",
        errorDriverNameTaken: "driver '{name}' has the name of an uncertainty factor (a line id or a shared factor); give the driver another name")
}

extension Language {
    /// The words of drivers, triple estimates, the tornado's inputs and the simulation's warnings.
    public var uncertaintyInputs: UncertaintyInputLabels { self == .nb ? .norwegian : .english }

    /// The word of a tornado row's kind.
    public func word(_ kind: Tornado.Kind) -> String {
        let w = uncertaintyInputs
        switch kind {
        case .factor: return w.factor
        case .driver: return w.driver
        case .event: return w.event
        }
    }

    /// A simulation warning as one line in this locale's words: "ORIGIN: advarsel: ...". An
    /// entry that selects no line is worded as the engine's operations are (``warning(_:)-EngineWarning``).
    public func warning(_ w: SimulationWarning) -> String {
        let l = uncertaintyInputs
        let message: String
        switch w.kind {
        case .selectsNoLine(let entry, let why):
            let name: String = switch entry {
            case .factor(let n): Labels.fill(l.factorEntry, ["name": n])
            case .driver(let n): Labels.fill(l.driverEntry, ["name": n])
            case .correlationGroup(let n): Labels.fill(l.groupEntry, ["name": n])
            }
            return warning(EngineWarning(origin: w.origin, kind: .noMatch(operation: name, why)))
        case .groupSelectsOneLine(let group, let line):
            message = Labels.fill(l.groupSelectsOneLine, ["group": Labels.fill(l.groupEntry, ["name": group]), "line": line])
        case .nothingUncertain(let scenario):
            message = Labels.fill(l.nothingUncertain, ["scenario": scenario])
        case .standardErrorNeedsTrials(let trials, let minimum):
            message = Labels.fill(l.standardErrorNeedsTrials, ["trials": count(trials), "minimum": count(minimum)])
        case .tooFewTrialsForDigits(let trials, let se, let target, let needed, let figure):
            message = Labels.fill(l.tooFewTrialsForDigits, [
                "trials": count(trials), "se": numbers.format(se, decimals: 2), "figure": figure.map(words) ?? "",
                "target": numbers.format(target, decimals: 2), "needed": count(needed),
            ])
        }
        return w.origin.map { "\($0): \(l.warning): \(message)" } ?? "\(l.warning): \(message)"
    }
}
