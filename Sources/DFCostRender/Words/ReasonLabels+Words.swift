import DFCostModel
import DFCostScenario

/// The engine's typed reasons in the words of one label table: operations and condition states
/// worded by ``OperationLabels`` ("skalert ×1,2 [alle linjer]", "betingelse fm-phaseout: utsatt 1 år"),
/// or in the file notation (`scale ×1.2 [all]`, `fm-phaseout=delayed:1`) for machine formats.
/// Ids and places are kept as written.
extension ReasonLabels {
    /// A step of a cell's history: "betingelse fm-phaseout: utsatt 1 år", "flyttet +1 år [merke x]".
    public func text(_ reason: CellReason) -> String {
        switch reason {
        case .operation(let operation): text(operation)
        case .indexed(let operation, let factor):
            "\(text(operation)) ×\(operations.map { $0.numbers.format(factor) } ?? factor.description)"
        case .condition(let id, let state): text(condition: id, state)
        case .merged(let year, let origin):
            Labels.fill(mergedWith, ["year": "\(year)"]) + " " + (origin.map { "\(writtenAt) \($0)" } ?? added)
        }
    }

    /// Why a cell was set aside: "condition fm-phaseout=none", "removed by remove [tag:dbep]".
    public func text(_ reason: SetAsideReason) -> String {
        switch reason {
        case .condition(let id, let state): text(condition: id, state)
        case .removed(let operation): operations == nil ? "\(removedBy) \(operation.label)" : text(operation)
        case .horizon(let operation): text(operation)
        }
    }

    /// An operation in words, or in the file notation when there are no words.
    func text(_ operation: Operation) -> String { operations?.text(operation) ?? operation.label }

    /// "betingelse fm-phaseout: utsatt 1 år", or "condition fm-phaseout=delayed:1" in the notation.
    func text(condition id: String, _ state: ConditionState) -> String {
        operations.map { "\(condition) \(id): \($0.text(state))" } ?? "\(condition) \(id)=\(state)"
    }

    /// Why a line or cell differs between two scenarios: "shift +1y [tag:x] (command line)",
    /// "base: removed by remove [line:a2]".
    public func text(_ reason: ComparisonReason) -> String {
        switch reason {
        case .step(let step, let origin): "\(text(step)) (\(origin?.description ?? commandLine))"
        case .movedAway(let step): text(step)
        case .setAside(let aside): text(aside)
        case .base(let inner): "\(base): \(text(inner))"
        }
    }
}

extension Language {
    /// A step of a cell's history in this locale's words.
    public func reason(_ reason: CellReason) -> String { labels.reasons.text(reason) }
    /// Why a cell was set aside, in this locale's words.
    public func reason(_ reason: SetAsideReason) -> String { labels.reasons.text(reason) }
    /// Why a line or cell differs, in this locale's words.
    public func reason(_ reason: ComparisonReason) -> String { labels.reasons.text(reason) }
}

extension ReasonLabels {
    /// The words of JSON and of CI reports, which carry the engine's reasons in English whatever
    /// the locale, so that their readers can match them.
    static var machine: ReasonLabels {
        var words = ReasonLabels.english
        words.operations = nil
        return words
    }
}
