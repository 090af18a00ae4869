import DFCostModel
import DFCostScenario

/// The engine's typed reasons in the words of one label table. Ids, condition states, places
/// and operations (`scale ×1.2 [tag:x]`, the file notation) are kept as written.
extension ReasonLabels {
    /// A step of a cell's history: "condition fm-phaseout=delayed:1", "shift +1y [tag:x]".
    public func text(_ reason: CellReason) -> String {
        switch reason {
        case .operation(let operation): operation.label
        case .indexed(let operation, let factor): "\(operation.label) ×\(factor)"
        case .condition(let id, let state): "\(condition) \(id)=\(state)"
        case .merged(let year, let origin):
            Labels.fill(mergedWith, ["year": "\(year)"]) + " " + (origin.map { "\(writtenAt) \($0)" } ?? added)
        }
    }

    /// Why a cell was set aside: "condition fm-phaseout=none", "removed by remove [tag:dbep]".
    public func text(_ reason: SetAsideReason) -> String {
        switch reason {
        case .condition(let id, let state): "\(condition) \(id)=\(state)"
        case .removed(let operation): "\(removedBy) \(operation.label)"
        case .horizon(let operation): operation.label
        }
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
    static var machine: ReasonLabels { .english }
}
