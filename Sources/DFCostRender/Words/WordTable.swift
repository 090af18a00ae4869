/// A table of output words (``Labels``, ``ExplanationLabels``, ``OperationLabels``, ...) that can
/// list every string it holds, found by reflection so that a word added to a table is listed
/// without anyone keeping a list.
///
/// The test of Norwegian output builds its list of English words from these: every word of the
/// English tables that the Norwegian tables do not also use.
public protocol WordTable: Sendable {
    /// Every string of the table and of the tables it holds, templates as written ("{trials} trials").
    var allStrings: [String] { get }
}

extension WordTable {
    public var allStrings: [String] { WordTables.strings(in: self) }
}

enum WordTables {
    static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        // The placeholders in this language only: their English keys are names, not words shown.
        if let names = value as? ValueNames { return names.names.values.sorted() }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }
}

extension Labels: WordTable {}
extension ExplanationLabels: WordTable {}
extension InitiativeLabels: WordTable {}
extension OperationLabels: WordTable {}
extension KS2Labels: WordTable {}
extension AnalysisModelLabels: WordTable {}
extension UncertaintyInputLabels: WordTable {}
extension BaselineLabels: WordTable {}
extension LevelFanLabels: WordTable {}

extension Language {
    /// Every word table of this language. A new table of words is added here, so that the test of
    /// Norwegian output knows its English words.
    public var wordTables: [any WordTable] {
        [labels, self == .nb ? ExplanationLabels.norwegian : .english, initiatives, operations, ks2, analysisModel, uncertaintyInputs,
         baseline, levelFan, comparedModels, standardErrorFigures, help]
    }

    /// Every string of every word table of this language.
    public var allWords: [String] { wordTables.flatMap(\.allStrings) }
}
