/// A structured view of a reason the engine gives in English text (``SetAsideCell/reason``, the
/// reasons of ``ScenarioComparison``, a history step's operation), so that it can be worded in the
/// output's language.
///
/// The grammar it reads: an optional `base: ` prefix; a core of `condition ID=STATE`,
/// `removed by OPERATION`, `moved to YEAR by STEP`, `merged with the YEAR piece written at ORIGIN`
/// or `... piece added`, `internal: covered by the initiative's owner`, or an operation label
/// (file syntax, kept as written); an optional ` (ORIGIN)` or ` (command line)` suffix. Text it
/// does not recognise is kept as written.
public indirect enum EngineReason: Sendable, Hashable {
    /// A condition's state acted on the cell: `condition fm-phaseout=none`.
    case condition(String)
    /// `removed by remove [tag:dbep]`.
    case removed(by: String)
    /// `moved to 2027 by shift +1y [tag:x]`.
    case moved(toYear: Int, by: EngineReason)
    /// Two pieces of a year merged: `merged with the 2025 piece written at FILE:L:C` (origin nil: added).
    case merged(year: Int, writtenAt: String?)
    /// Covered internally by the initiative's owner.
    case internalCell
    /// An operation label or other text, as written.
    case verbatim(String)
    /// A reason with where it was written (nil: the command line).
    case located(EngineReason, origin: String?)
    /// What made the cell in the base scenario.
    case base(EngineReason)

    /// Reads the engine's text.
    public init(_ text: String) {
        let en = Labels.english.reasons
        if text.hasPrefix(en.base + ": ") {
            self = .base(EngineReason(String(text.dropFirst(en.base.count + 2))))
            return
        }
        if text.hasSuffix(")"), let open = Self.lastParenthesis(text) {
            let inside = String(text[text.index(open, offsetBy: 2)..<text.index(before: text.endIndex)])
            let core = String(text[..<open])
            if inside == en.commandLine {
                self = .located(EngineReason(core), origin: nil)
                return
            }
            self = .located(EngineReason(core), origin: inside)
            return
        }
        if text == en.internalCell {
            self = .internalCell
        } else if text.hasPrefix(en.condition + " ") {
            self = .condition(String(text.dropFirst(en.condition.count + 1)))
        } else if text.hasPrefix(en.removedBy + " ") {
            self = .removed(by: String(text.dropFirst(en.removedBy.count + 1)))
        } else if let moved = Self.moved(text) {
            self = moved
        } else if let merged = Self.merged(text) {
            self = merged
        } else {
            self = .verbatim(text)
        }
    }

    /// Where the last " (" starts.
    private static func lastParenthesis(_ text: String) -> String.Index? {
        var i = text.endIndex
        while i > text.startIndex {
            i = text.index(before: i)
            if text[i] == "(", i > text.startIndex, text[text.index(before: i)] == " " { return text.index(before: i) }
        }
        return nil
    }

    /// "moved to YEAR by STEP".
    private static func moved(_ text: String) -> EngineReason? {
        guard text.hasPrefix("moved to ") else { return nil }
        let rest = text.dropFirst("moved to ".count)
        guard let space = rest.firstIndex(of: " "), let year = Int(rest[..<space]), rest[space...].hasPrefix(" by ") else { return nil }
        return .moved(toYear: year, by: EngineReason(String(rest[space...].dropFirst(" by ".count))))
    }

    /// "merged with the YEAR piece written at ORIGIN" or "merged with the YEAR piece added".
    private static func merged(_ text: String) -> EngineReason? {
        guard text.hasPrefix("merged with the ") else { return nil }
        let rest = text.dropFirst("merged with the ".count)
        guard let space = rest.firstIndex(of: " "), let year = Int(rest[..<space]) else { return nil }
        let tail = rest[space...]
        if tail == " piece added" { return .merged(year: year, writtenAt: nil) }
        guard tail.hasPrefix(" piece written at ") else { return nil }
        return .merged(year: year, writtenAt: String(tail.dropFirst(" piece written at ".count)))
    }

    /// The reason in the words of `labels`; ids, states, origins and operation labels as written.
    public func text(_ labels: ReasonLabels) -> String {
        switch self {
        case .condition(let c): "\(labels.condition) \(c)"
        case .removed(let op): "\(labels.removedBy) \(op)"
        case .moved(let year, let step): Labels.fill(labels.movedTo, ["year": "\(year)", "step": step.text(labels)])
        case .merged(let year, let origin):
            Labels.fill(labels.mergedWith, ["year": "\(year)"]) + " " + (origin.map { "\(labels.writtenAt) \($0)" } ?? labels.added)
        case .internalCell: labels.internalCell
        case .verbatim(let t): t
        case .located(let r, let origin): "\(r.text(labels)) (\(origin ?? labels.commandLine))"
        case .base(let r): "\(labels.base): \(r.text(labels))"
        }
    }
}

extension Language {
    /// An engine reason in this locale's words.
    public func reason(_ text: String) -> String {
        EngineReason(text).text(labels.reasons)
    }
}
