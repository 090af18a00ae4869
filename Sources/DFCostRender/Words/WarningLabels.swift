import DFCostModel
import DFCostScenario

/// The words of the engine's warnings (``EngineWarning``), by language. Norwegian words the
/// operation, its selector fields and its numbers as ``OperationLabels`` do ("skalert ×1,1 [merke
/// dbep]", "ingen linje har merke 'dbepx'", "satsen 3,1"); English keeps the engine's own line, in
/// file notation (`scale ×1.1 [tag:dbep]`), as `--strict` errors and the machine formats write it.
/// Ids and names stay as written.
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
    /// True: operations, selector fields and rates in the file's notation (the engine's own
    /// line); false: worded by ``OperationLabels`` with the language's numbers.
    public var fileNotation: Bool

    public static let norwegian = WarningLabels(
        warning: "advarsel",
        noLineHas: "treffer ingen linje: ingen linje har {field} '{value}'",
        didYouMean: "; mente du '{word}'?",
        noLineHasAll: "treffer ingen linje: ingen linje har alt av [{selector}]",
        noCell: "treffer ingen celle: de valgte linjene har ingen celle i {years}",
        onlyInternal: "treffer bare interne celler, som står som publisert (legg til include_internal = true for å endre dem)",
        noLine: "treffer ingen linje",
        indexRate: "{operation}: satsen {rate} for {year} ganger med 1+{rate}{percent}; satser oppgis som andel, ikke i prosent{fraction}",
        indexFraction: "; for {rate} % skriv {fraction}",
        fileNotation: false)
    public static let english = WarningLabels(
        warning: "warning",
        noLineHas: "matches no line: no line has {field} '{value}'",
        didYouMean: "; did you mean '{word}'?",
        noLineHasAll: "matches no line: no line has all of [{selector}]",
        noCell: "matches no cell: the selected lines have no cell in {years}",
        onlyInternal: "matches only internal cells, which stay as published (add include_internal = true to change them)",
        noLine: "matches no line",
        indexRate: "{operation}: the rate {rate} for {year} multiplies by 1+{rate}{percent}; rates are fractions{fraction}",
        indexFraction: "; for {rate} % write {fraction}",
        fileNotation: true)
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
        let words = operations
        /// The operation: its file notation, or worded when the warning carries it typed.
        func subject(_ label: String) -> String {
            guard !l.fileNotation, let operation = w.operation else { return label }
            return words.text(operation)
        }
        func number(_ value: ExactDecimal) -> String { l.fileNotation ? "\(value)" : words.numbers.format(value) }
        let message: String
        switch w.kind {
        case .noMatch(let operation, let why):
            message = "\(subject(operation)) \(noMatchReason(why))"
        case .indexRate(let operation, let rate, let year):
            message = Labels.fill(l.indexRate, [
                "operation": subject(operation), "rate": number(rate), "year": "\(year)",
                "percent": w.percent.map { " (\(number($0)) %)" } ?? "",
                "fraction": w.fraction.map { Labels.fill(l.indexFraction, ["rate": number(rate), "fraction": number($0)]) } ?? "",
            ])
        }
        return message
    }

    /// Why an operation or an uncertainty entry matched nothing, in this locale's words: the
    /// selector field ("merke") and the selector worded unless the warnings keep file notation.
    func noMatchReason(_ why: EngineWarning.NoMatch) -> String {
        let l = labels.warnings
        let words = operations
        switch why {
        case .noLineHas(let field, let value, let suggestion):
            return Labels.fill(l.noLineHas, ["field": l.fileNotation ? field : words.field(field), "value": value])
                + (suggestion.map { Labels.fill(l.didYouMean, ["word": $0]) } ?? "")
        case .noLineHasAll(let selector):
            return Labels.fill(l.noLineHasAll, ["selector": l.fileNotation ? "\(selector)" : words.text(selector)])
        case .noCell(let years):
            return Labels.fill(l.noCell, ["years": l.fileNotation ? years : years.replacingOccurrences(of: "-", with: "–")])
        case .onlyInternal: return l.onlyInternal
        case .noLine: return l.noLine
        }
    }
}
