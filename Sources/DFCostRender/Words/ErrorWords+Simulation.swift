import DFCostApp
import DFCostNumerics
import DFCostSimulation

/// The words of the simulation's errors (``SimulationError``, ``CorrelationError``,
/// ``DistributionError``, ``LinearAlgebraError``, ``SimulationModelError``,
/// ``SimulationRequestError``), Norwegian and English. See ``Language/say(nb:en:)``.
extension Language {
    /// A simulation that could not run, as one line (without the `simulate: ` the CLI puts first).
    public func words(_ error: SimulationError) -> String {
        switch error {
        case .noOutputs: say(nb: "simuleringen har ingen resultatkolonner", en: "simulation has no output columns")
        case .duplicateID(let kind, let id): say(nb: "to av typen \(kind) har id \(id)", en: "duplicate \(kind) id \(id)")
        case .distribution(let factor, let e): say(nb: "faktor \(factor): \(words(e))", en: "factor \(factor): \(words(e))")
        case .correlationNamesMismatch:
            say(nb: "navnene i korrelasjonsmatrisen er ikke faktorenes id-er", en: "correlation matrix names do not match the factor ids")
        case .correlation(let e): words(e)
        case .badProbabilities(let event, let p):
            say(nb: "hendelse \(event): sannsynlighetene \(figures(p)) må være ikke-negative og ha sum 1",
                en: "event \(event): probabilities \(p) must be non-negative and sum to 1")
        case .badTerm(let index, let reason): say(nb: "ledd \(index): \(reason)", en: "term \(index): \(reason)")
        case .badTrialCount(let n): say(nb: "antall trekninger \(figure(n)) må være mellom 1 og 2^33", en: "trial count \(n) must be between 1 and 2^33")
        case .badProbability(let p):
            say(nb: "persentilsannsynligheten \(figure(p)) er utenfor [0, 1]", en: "percentile probability \(p) is outside [0, 1]")
        case .unknownColumn(let name): say(nb: "ingen resultatkolonne heter \(name)", en: "no result column named \(name)")
        case .outputsMismatch(let base, let other):
            say(nb: "de parede spesifikasjonene har ulike resultater: \(base) mot \(other)",
                en: "paired specs have different outputs: \(base) vs \(other)")
        case .sinkFailed(let failure): "\(failure.underlying)"
        case .sensitivity(let e): say(nb: "sensitivitetsanalyse: \(words(e))", en: "sensitivity analysis: \(words(e))")
        case .cancelled: say(nb: "simuleringen ble avbrutt", en: "simulation cancelled")
        }
    }

    /// A correlation matrix that cannot be used, as one line.
    public func words(_ error: CorrelationError) -> String {
        switch error {
        case .indexOutOfRange(let index, let count):
            say(nb: "korrelasjon: faktorindeks \(figure(index)) er utenfor 0..<\(figure(count))", en: "correlation: factor index \(index) out of range 0..<\(count)")
        case .selfCorrelation(let name):
            say(nb: "korrelasjon: faktor \(name) er korrelert med seg selv", en: "correlation: factor \(name) correlated with itself")
        case .coefficientOutOfRange(let a, let b, let v):
            say(nb: "korrelasjonskoeffisienten \(a)~\(b) \(figure(v)) er utenfor [−1, 1]",
                en: "correlation coefficient \(a)~\(b) \(v) is outside [-1, 1]")
        case .conflictingCoefficient(let a, let b, let old, let new):
            say(nb: "korrelasjonskoeffisienten \(a)~\(b) er gitt to ganger: \(figure(old)) og \(figure(new))",
                en: "correlation coefficient \(a)~\(b) given twice: \(old) and \(new)")
        case .notSymmetric(let a, let b, let u, let l):
            say(nb: "korrelasjonsmatrisen er ikke symmetrisk i \(a)~\(b): \(figure(u)) mot \(figure(l))",
                en: "correlation matrix is not symmetric at \(a)~\(b): \(u) vs \(l)")
        case .diagonalNotOne(let name, let v):
            say(nb: "korrelasjonsmatrisens diagonal for \(name) er \(figure(v)), ikke 1", en: "correlation matrix diagonal for \(name) is \(v), not 1")
        case .shapeMismatch(let r, let c, let n):
            say(nb: "korrelasjonsmatrisen er \(figure(r))×\(figure(c)) for \(figure(n)) faktorer", en: "correlation matrix is \(r)x\(c) for \(n) factors")
        case .notPositiveDefinite(let coefficients):
            say(nb: "korrelasjonsmatrisen er ikke positivt definitt; koeffisientene det gjelder: "
                    + (coefficients.isEmpty ? "(ingen)" : coefficients.map { "\($0.first)~\($0.second) \(figure($0.value))" }.joined(separator: "; ")),
                en: "correlation matrix is not positive definite; coefficients involved: "
                    + (coefficients.isEmpty ? "(none)" : coefficients.map(\.description).joined(separator: ", ")))
        case .linearAlgebra(let e): say(nb: "korrelasjon: \(words(e))", en: "correlation: \(words(e))")
        case .noConvergence(let iterations):
            say(nb: "nærmeste korrelasjonsmatrise: konvergerte ikke etter \(figure(iterations)) iterasjoner",
                en: "nearest correlation matrix: no convergence after \(iterations) iterations")
        }
    }

    /// A distribution's parameters that cannot be used, naming the distribution `kind`.
    public func words(_ error: DistributionError, kind: String? = nil) -> String {
        let k = kind ?? say(nb: "fordelingen", en: "distribution")
        func n(_ v: Double) -> String { figure(v) }
        return switch error {
        case .notFinite(let parameter): say(nb: "\(k): parameteren \(parameter) er ikke endelig", en: "\(k) parameter \(parameter) is not finite")
        case .badOrder(let low, let mode?, let high):
            say(nb: "\(k) krever low ≤ mode ≤ high og low < high (fikk \(n(low)); \(n(mode)); \(n(high)))",
                en: "\(k) needs low <= mode <= high and low < high (got \(n(low)), \(n(mode)), \(n(high)))")
        case .badOrder(let low, nil, let high):
            say(nb: "\(k) krever low < high (fikk \(n(low)); \(n(high)))", en: "\(k) needs low < high (got \(n(low)), \(n(high)))")
        case .badPercentiles(let p10, let p90):
            say(nb: "\(k) krever 0 < p10 < p90 (fikk p10 \(n(p10)), p90 \(n(p90)))", en: "\(k) needs 0 < p10 < p90 (got p10 \(n(p10)), p90 \(n(p90)))")
        case .negative(let low): say(nb: "en faktor kan ikke være negativ (low \(n(low)))", en: "a factor cannot be negative (low \(n(low)))")
        case .badTriple(let p10, let likely, let p90):
            say(nb: "\(k) krever p10 ≤ likely ≤ p90 og p10 < p90 (fikk \(n(p10)); \(n(likely)); \(n(p90)))",
                en: "\(k) needs p10 <= likely <= p90 and p10 < p90 (got \(n(p10)), \(n(likely)), \(n(p90)))")
        }
    }

    /// A failure of the linear algebra under the simulation, as one line.
    public func words(_ error: LinearAlgebraError) -> String {
        switch error {
        case .illegalArgument(let function, let position):
            say(nb: "\(function): argument \(position) har en ugyldig verdi", en: "\(function): argument \(position) has an illegal value")
        case .notPositiveDefinite(let minor):
            say(nb: "matrisen er ikke positivt definitt (ledende minor av orden \(minor))", en: "matrix is not positive definite (leading minor of order \(minor))")
        case .noConvergence(let function, let info):
            say(nb: "\(function) konvergerte ikke (info \(info))", en: "\(function) did not converge (info \(info))")
        case .rankDeficient: say(nb: "minste kvadraters metode: designmatrisen mangler full rang", en: "least squares: design matrix is rank deficient")
        case .dimensionMismatch(let operation, let lr, let lc, let rr, let rc):
            say(nb: "\(operation): formene \(lr)x\(lc) og \(rr)x\(rc) passer ikke sammen", en: "\(operation): shapes \(lr)x\(lc) and \(rr)x\(rc) do not fit")
        }
    }

    /// A scenario's uncertainty that cannot be simulated, as one line with its place first.
    public func words(_ error: SimulationModelError) -> String {
        switch error {
        case .unknownFactor(let key, let origin, let suggestion):
            (origin.map { "\($0): " } ?? "")
                + say(nb: "korrelasjonsparet nevner en ukjent faktor '\(key)'", en: "correlation pair names unknown factor '\(key)'")
                + didYouMean(suggestion)
        case .duplicateFactor(let key, let origin, let first):
            (origin.map { "\($0): " } ?? "")
                + say(nb: "en andre felles faktor med navnet '\(key)'\(first.map { " (først i \($0))" } ?? ""); gi den et annet navn, eller scope = \"line\" så den erstatter den tidligere oppføringen for linjene den velger",
                      en: "a second shared factor named '\(key)'\(first.map { " (first at \($0))" } ?? ""); give it another name, or scope = \"line\" so that it replaces the earlier entry for the lines it selects")
        case .driverNameTaken(let name, let origin):
            (origin.map { "\($0): " } ?? "") + Labels.fill(uncertaintyInputs.errorDriverNameTaken, ["name": name])
        case .twoUncertainConditions(let line, let conditions):
            say(nb: "linje '\(line)' avhenger av to usikre betingelser (\(conditions.joined(separator: ", "))); gjør høyst én av dem usikker",
                en: "line '\(line)' depends on two uncertain conditions (\(conditions.joined(separator: ", "))); make at most one of them uncertain")
        }
    }

    /// A simulation request that cannot be run as asked, as one line.
    public func words(_ error: SimulationRequestError) -> String {
        switch error {
        case .payersWithComparison:
            say(nb: "en fordeling på betalere kan ikke kombineres med en sammenligning", en: "a payer breakdown cannot be combined with a comparison")
        case .noPayerKeys(let s): noPayerKeys(s)
        case .tooManyTrialsForPayers(let m):
            say(nb: "en fordeling på betalere holder hver betalers kolonne per trekning; bruk høyst \(figure(m)) trekninger",
                en: "a payer breakdown keeps every payer's column per trial; use at most \(m) trials")
        case .unknownBudgetColumn(let c, let years):
            say(nb: "budsjett '\(c)' er verken et summert år (\(years.map(String.init).joined(separator: ", "))) eller 'total'",
                en: "budget '\(c)' is not a summed year (\(years.map(String.init).joined(separator: ", "))) or 'total'")
        }
    }

    /// A scenario without payer keys asked for a payer breakdown.
    func noPayerKeys(_ scenario: String) -> String {
        say(nb: "scenario '\(scenario)' har ingen [payers]; bygg på en fil med betalernøkler, f.eks. Scenarios/payers-2024.toml",
            en: "scenario '\(scenario)' declares no [payers]; extend a file with payer keys, e.g. Scenarios/payers-2024.toml")
    }
}
