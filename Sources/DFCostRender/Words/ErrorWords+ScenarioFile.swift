import DFCostModel
import DFCostNumerics
import DFCostScenario

/// The words of the themed reasons of a scenario file (``ScenarioFileReason/Setup``,
/// ``ScenarioFileReason/Line``, ``ScenarioFileReason/Condition``,
/// ``ScenarioFileReason/OperationEntry``, ``ScenarioFileReason/Uncertainty``,
/// ``ScenarioFileReason/Payers``) and of the cell notation and condition states they carry,
/// Norwegian and English: the part of the line after its place. English is each reason's
/// `description`; file keys, TOML examples and the user's text stay as written.
extension Language {
    /// The file's frame: version, `[table]`, years, `[published_sums]`, `extends`, solutions.
    public func words(_ reason: ScenarioFileReason.Setup) -> String {
        let en = reason.description
        return switch reason {
        case .missingVersion(let supported):
            say(nb: "mangler 'version = \(supported)' (scenariofiler begynner med formatversjonen sin)", en: en)
        case .unsupportedVersion(let v, let supported): say(nb: "versjon \(v) støttes ikke; denne dfcost leser versjon \(supported)", en: en)
        case .tableInDerivedFile:
            say(nb: "[table] hører til grunnfilen i en extends-kjede; bruk en horizon-operasjon for å endre årene", en: en)
        case .baseNeedsTable: say(nb: "grunnfilen trenger en [table]-seksjon (eller 'extends' for å bygge på en annen fil)", en: en)
        case .unsupportedUnit(let unit): say(nb: "enheten '\(unit)' støttes ikke; beløp oppgis i MNOK", en: en)
        case .noYears(let key): say(nb: "'\(key)' må ha minst ett år", en: en)
        case .tooManyYears(let key, let count, let maximum): say(nb: "'\(key)' har \(figure(count)) år; høyst \(figure(maximum))", en: en)
        case .yearOutsideLimits(let y, let key, let limits):
            say(nb: "året \(y) i '\(key)' er utenfor \(years(limits))", en: en)
        case .yearsNotIncreasing(let key): say(nb: "'\(key)' må ha årene i stigende rekkefølge uten gjentakelser", en: en)
        case .publishedKeyNotAYear(let key):
            say(nb: "ukjent nøkkel '\(key)' i [published_sums]; ventet 'precision' eller et år som 2024", en: en)
        case .publishedSumNotSummed(let year, let span): say(nb: "publisert sum for \(year), som ikke er blant de summerte årene (\(yearSpan(span)))", en: en)
        case .duplicateSolution(let id): say(nb: "løsnings-id-en '\(id)' er brukt før", en: en)
        case .extendsNotAPath: say(nb: "'extends' må være stien til en annen scenariofil", en: en)
        case .importedTableExtends: say(nb: "en importert tabell er en grunnfil; den kan ikke bygge på en annen", en: en)
        case .extendsUnreadable(let error): "extends: \(words(error, naming: \.rawValue))"
        }
    }

    /// A line, a cell or a line selector.
    public func words(_ reason: ScenarioFileReason.Line) -> String {
        let en = reason.description
        return switch reason {
        case .emptyID: say(nb: "linje-id-en kan ikke være tom", en: en)
        case .duplicateID(let id, let first): say(nb: "linje-id-en '\(id)' er brukt før (først i \(first))", en: en)
        case .tooManyLines(let maximum): say(nb: "mer enn \(figure(maximum)) linjer", en: en)
        case .emptyContinues: say(nb: "'continues' må nevne linjens tidligere id", en: en)
        case .continuesItself(let id): say(nb: "linjen '\(id)' viderefører seg selv; 'continues' nevner en tidligere, annen id", en: en)
        case .continuesPresentLine(let line, let continues, let still):
            say(nb: "linjen '\(line)' viderefører '\(continues)', men '\(continues)' er fortsatt en linje i denne tabellen (i \(still)); 'continues' nevner en id linjen hadde i en tidligere runde og ikke lenger har",
                en: en)
        case .conditionListedTwice(let id): say(nb: "betingelsen '\(id)' står to ganger; en celle avhenger av en betingelse bare én gang", en: en)
        case .cellNotAValue(let year, let found):
            say(nb: "cellen for \(year) må være et tall, en tekst som \"(14)*\" eller en tabell, fant \(words(found))", en: en)
        case .cellNotation(let failure): words(failure)
        case .yearsNotYearOrRange(let inSelector, let example):
            say(nb: "'years'\(inSelector ? " i utvalget" : "") må være et år eller et årsintervall som \"\(example)\"", en: en)
        }
    }

    /// A text that is no condition state.
    public func words(_ failure: ConditionState.ParseFailure) -> String {
        let en = failure.description
        return switch failure {
        case .delayNotWhole(let t): say(nb: "'\(t)': delayed:N trenger et helt antall år, f.eks. delayed:1", en: en)
        case .delayTooLong(let t, let maximum): say(nb: "'\(t)': en utsettelse flytter høyst \(figure(maximum)) år", en: en)
        case .shareOutside(let t): say(nb: "'\(t)': share:S trenger en andel S fra og med 0 til og med 1", en: en)
        case .empty: say(nb: "tom betingelsestilstand; skriv full, none, delayed:N eller share:S", en: en)
        case .notAState(let t, let suggestion):
            say(nb: "'\(t)' er ikke en betingelsestilstand (full, none, delayed:N, share:S)\(didYouMean(suggestion))", en: en)
        }
    }

    /// A `[conditions.x]` table.
    public func words(_ reason: ScenarioFileReason.Condition) -> String {
        let en = reason.description
        return switch reason {
        case .notATable(let id): say(nb: "[conditions.\(id)] må være en tabell med description, mark, state eller uncertain", en: en)
        case .badState(let failure): words(failure)
        case .probabilityOutside(let p, let state): say(nb: "sannsynligheten \(figure(p)) for \(state) er ikke mellom 0 og 1", en: en)
        case .probabilitiesOverflow(let error): arithmetic(error)
        case .probabilitiesNotOne(let place, let sum):
            say(nb: "sannsynlighetene i \(words(place)) summerer til \(figure(sum)), ikke 1", en: en)
        case .emptyMark(let id): say(nb: "merket til betingelsen '\(id)' er tomt", en: en)
        case .markReadsAsAmount(let mark, let id, let c):
            say(nb: "merket '\(mark)' til betingelsen '\(id)' inneholder '\(c)', som leses som en del av et beløp; bruk et tegn som * † # eller ‡",
                en: en)
        case .markTaken(let mark, let other): say(nb: "merket '\(mark)' er allerede brukt av betingelsen '\(other)'", en: en)
        case .markAmbiguous(let mark, let otherMark, let other):
            say(nb: "merket '\(mark)' kan ikke skilles fra merket '\(otherMark)' til betingelsen '\(other)'", en: en)
        }
    }

    /// An `[[operations]]` entry as written.
    public func words(_ reason: ScenarioFileReason.OperationEntry) -> String {
        let en = reason.description
        return switch reason {
        case .noOperation(let place, let keys):
            say(nb: "\(words(place)) nevner ingen operasjon; bruk en av \(keys.joined(separator: ", "))", en: en)
        case .twoOperations(let a, let b):
            say(nb: "motstridende operasjoner '\(a)' og '\(b)' i én oppføring; skriv dem som to [[operations]] (de utføres i rekkefølge)", en: en)
        case .selectNotTaken(let name):
            say(nb: "\(name.rawValue) tar ingen 'select' (den ville blitt oversett); \(name == .add ? "en tilføyd linje gis i sin helhet" : "en horisont gjelder hele tabellen")",
                en: en)
        case .notAnOperation(let key, let keys):
            say(nb: "'\(key)' er ikke en operasjon; bruk en av \(keys.joined(separator: ", "))", en: en)
        case .negativeScale(let f): say(nb: "skaleringsfaktoren \(figure(f)) er negativ; faktorer må være ≥ 0", en: en)
        case .shiftTooFar(let n): say(nb: "forskyvningen \(figure(n)) går ut over tabellens år", en: en)
        case .setShape: say(nb: "set tar én celle, f.eks. set = { 2025 = 5 }", en: en)
        case .setTwice(let year, let selector, let first):
            say(nb: "motstridende operasjoner: \(year) i [\(OperationLabels.norwegian.text(selector))] settes to ganger i denne filen\(first.map { " (først i \($0))" } ?? "")",
                en: en)
        case .addShape:
            say(nb: "add tar en linje, f.eks. add = { id = \"x\", solution = \"helsenorge\", initiative = \"...\", cells = { 2025 = 3 } }", en: en)
        case .removeNotTrue: say(nb: "skriv remove = true", en: en)
        case .horizonShape: say(nb: "horizon tar { years = [...], summed_years = [...] }", en: en)
        case .indexShape: say(nb: "index tar { base_year = 2023, rates = { 2024 = 0.035, ... } }", en: en)
        case .rateNotAboveMinusOne(let rate, let year): say(nb: "satsen \(figure(rate)) for \(year) må være over −1", en: en)
        }
    }

    /// Uncertainty factors, usikkerhetsdrivere and correlations.
    public func words(_ reason: ScenarioFileReason.Uncertainty) -> String {
        let en = reason.description
        return switch reason {
        case .badScope(let scope): say(nb: "scope '\(scope)' er verken 'line' eller 'shared'", en: en)
        case .badDriverName:
            say(nb: "navnet på en usikkerhetsdriver kan ikke være tomt eller inneholde '/' (det er nøkkelen til trekkene dens)", en: en)
        case .duplicateDriver(let name, let first):
            say(nb: "enda en usikkerhetsdriver med navnet '\(name)'\(first.map { " (først i \($0))" } ?? ""); gi den et annet navn", en: en)
        case .driverNeedsSelect(let name): say(nb: "usikkerhetsdriveren '\(name)' trenger 'select' (linjene den virker på)", en: en)
        case .unknownDistribution(let kind, let suggestion, let kinds):
            say(nb: "ukjent fordeling '\(kind)'\(didYouMean(suggestion)) (en av \(kinds.joined(separator: ", ")))", en: en)
        case .missingParameter(let key, let kind): say(nb: "\(kind) trenger '\(key)'", en: en)
        case .distribution(let error, let kind): words(error, kind: kind)
        case .samePairFactor: say(nb: "et korrelasjonspar trenger to ulike faktorer", en: en)
        case .coefficientOutside(let r): say(nb: "korrelasjonskoeffisienten \(figure(r)) ligger ikke mellom −1 og 1", en: en)
        }
    }

    /// `[payers]` (names and payer keys) and `[baseline]`.
    public func words(_ reason: ScenarioFileReason.Payers) -> String {
        let en = reason.description
        return switch reason {
        case .nameNotString(let payer): say(nb: "navnet på betaleren '\(payer)' må være tekst", en: en)
        case .noNames: say(nb: "[payers] trenger names = { id = \"Navn\", ... } med betalerne", en: en)
        case .unknownPayer(let payer, let suggestion):
            say(nb: "ukjent betaler '\(payer)'\(didYouMean(suggestion)) (deklarer den i names under [payers])", en: en)
        case .badShare(let payer):
            say(nb: "andelen til '\(payer)' må være et desimaltall eller en brøk som \"1/3\", mellom 0 og 1", en: en)
        case .sharesNotOne(let solution, let years, let listed):
            say(nb: "betalernøkkelen for '\(solution)' \(self.years(years)) summerer til \(listed.map { "\($0.payer) \(figure($0.share))" }.joined(separator: " + ")), ikke nøyaktig 1",
                en: en)
        case .baselineNeedsSource:
            say(nb: "[baseline] trenger source = \"...\": dokumentet, siden eller notatet nivåene kommer fra (dfcost finner aldri på et driftsgrunnlag)",
                en: en)
        case .baselineUnknownSolution(let key, let suggestion): say(nb: "ukjent løsning '\(key)' i [baseline]\(didYouMean(suggestion))", en: en)
        case .baselineNotATable(let key, let year, let found):
            say(nb: "driftsgrunnlaget for '\(key)' må være en tabell av år, som { \(year) = 120.5 }, fant \(words(found))", en: en)
        case .baselineYearNotSummed(let key, let solution, let span):
            say(nb: "'\(key)' i driftsgrunnlaget for '\(solution)' er ikke et summert år i tabellen (\(yearSpan(span)))", en: en)
        case .baselineNegative(let solution, let year, let level):
            say(nb: "driftsgrunnlaget for '\(solution)' i \(year) er \(figure(level)); et eksisterende nivå kan ikke være negativt", en: en)
        case .baselineMissingYears(let solution, let missing, let span):
            say(nb: "driftsgrunnlaget for '\(solution)' mangler nivå for \(missing.map(String.init).joined(separator: ", ")); gi hvert summert år (\(yearSpan(span)))",
                en: en)
        }
    }

    /// An exact sum that cannot be made (inside a scenario file's reason).
    func arithmetic(_ error: ArithmeticError) -> String {
        let en = error.description
        return switch error {
        case .overflow: say(nb: "beløpet er utenfor gyldig område (eksakte desimaltall har rundt 18 gjeldende sifre)", en: en)
        case .scaleOutOfRange: say(nb: "for mange desimaler (høyst \(ExactDecimal.maximumScale))", en: en)
        case .divisionByZero: say(nb: "divisjon med null", en: en)
        case .invalidPrecision(let p): say(nb: "presisjonen \(ExactDecimal(p).map { figure($0) } ?? p) er ikke en tierpotens som 1, 0,1 eller 0,001", en: en)
        }
    }
}
