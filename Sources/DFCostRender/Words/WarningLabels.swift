import DFCostScenario

/// The words of the engine's warnings (``EngineWarning``), by language. Ids, selectors, operation
/// labels and rates stay as written.
public struct WarningLabels: Sendable, Hashable {
    /// "warning".
    public var warning: String
    /// "matches no line: no line has {field} '{value}'".
    public var noLineHas: String
    /// "; did you mean '{word}'?".
    public var didYouMean: String
    /// "matches no line: no line has all of [{selector}]".
    public var noLineHasAll: String
    /// "matches no cell: the selected lines have no cell in {years}".
    public var noCell: String
    /// Only internal cells matched.
    public var onlyInternal: String
    /// "matches no line".
    public var noLine: String
    /// "{operation}: the rate {rate} for {year} multiplies by 1+{rate}{percent}; rates are fractions{fraction}".
    public var indexRate: String
    /// "; for {rate} % write {fraction}".
    public var indexFraction: String

    public static let norwegian = WarningLabels(
        warning: "advarsel",
        noLineHas: "treffer ingen linje: ingen linje har {field} '{value}'",
        didYouMean: "; mente du '{word}'?",
        noLineHasAll: "treffer ingen linje: ingen linje har alt av [{selector}]",
        noCell: "treffer ingen celle: de valgte linjene har ingen celle i {years}",
        onlyInternal: "treffer bare interne celler, som står som publisert (legg til include_internal = true for å endre dem)",
        noLine: "treffer ingen linje",
        indexRate: "{operation}: satsen {rate} for {year} ganger med 1+{rate}{percent}; satser oppgis som andel, ikke i prosent{fraction}",
        indexFraction: "; for {rate} % skriv {fraction}")
    public static let english = WarningLabels(
        warning: "warning",
        noLineHas: "matches no line: no line has {field} '{value}'",
        didYouMean: "; did you mean '{word}'?",
        noLineHasAll: "matches no line: no line has all of [{selector}]",
        noCell: "matches no cell: the selected lines have no cell in {years}",
        onlyInternal: "matches only internal cells, which stay as published (add include_internal = true to change them)",
        noLine: "matches no line",
        indexRate: "{operation}: the rate {rate} for {year} multiplies by 1+{rate}{percent}; rates are fractions{fraction}",
        indexFraction: "; for {rate} % write {fraction}")
}

extension Language {
    /// An engine warning as one line in this locale's words: "ORIGIN: advarsel: ...".
    public func warning(_ w: EngineWarning) -> String {
        let l = labels.warnings
        return w.origin.map { "\($0): \(l.warning): \(warningMessage(w))" } ?? "\(l.warning): \(warningMessage(w))"
    }

    /// An engine warning's message in this locale's words, without origin or "advarsel:" (also
    /// the message of a `--strict` error).
    public func warningMessage(_ w: EngineWarning) -> String {
        let l = labels.warnings
        let message: String
        switch w.kind {
        case .noMatch(let operation, let why):
            let reason: String = switch why {
            case .noLineHas(let field, let value, let suggestion):
                Labels.fill(l.noLineHas, ["field": field, "value": value])
                    + (suggestion.map { Labels.fill(l.didYouMean, ["word": $0]) } ?? "")
            case .noLineHasAll(let selector): Labels.fill(l.noLineHasAll, ["selector": selector])
            case .noCell(let years): Labels.fill(l.noCell, ["years": years])
            case .onlyInternal: l.onlyInternal
            case .noLine: l.noLine
            }
            message = "\(operation) \(reason)"
        case .indexRate(let operation, let rate, let year):
            message = Labels.fill(l.indexRate, [
                "operation": operation, "rate": "\(rate)", "year": "\(year)",
                "percent": w.percent.map { " (\($0) %)" } ?? "",
                "fraction": w.fraction.map { Labels.fill(l.indexFraction, ["rate": "\(rate)", "fraction": "\($0)"]) } ?? "",
            ])
        }
        return message
    }
}
