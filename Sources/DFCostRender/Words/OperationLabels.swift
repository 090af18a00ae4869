import DFCostModel
import DFCostScenario

/// The words of operations, selectors and condition states inside sentences ("skalert ×1,2
/// [løsning e-resept]", "utsatt 2 år"), in Norwegian (the default) or English, with the
/// language's numbers.
///
/// One wording function per typed value: ``text(_:)-(Operation)`` for an operation,
/// ``text(_:)-(ConditionState)`` for a condition's state, ``text(_:)-(LineSelector)`` for the lines
/// an operation acts on. Each switches over every case, so a new operation or state is a
/// compile error here until it is worded in both languages. Machine formats (JSON, CI reports,
/// the machine CSV) keep the file notation (`scale ×1.2 [solution:e-resept]`, `delayed:2`).
public struct OperationLabels: Sendable, Hashable {
    /// "skalert ×{factor}".
    public var scaled: String
    /// "flyttet {years} {unit}" ({years} signed: +1, −2; {unit} ``year`` or ``years``).
    public var shifted: String
    /// "satt {year} = {amount}".
    public var set: String
    /// "lagt til linje {id}".
    public var added: String
    public var removed: String
    /// "indeksert fra {year}".
    public var indexed: String
    /// "tidshorisont {years}, summert {summed}".
    public var horizon: String
    // Selector fields.
    public var solution: String
    public var initiative: String
    public var part: String
    public var line: String
    public var tag: String
    public var includeInternal: String
    public var allLines: String
    // Condition states.
    /// `full`: the cells count where they stand.
    public var met: String
    /// `none`: the condition is not met; its cells do not count.
    public var notMet: String
    /// `delayed:N`, N > 0: "utsatt {years} {unit}".
    public var delayed: String
    /// `delayed:N`, N < 0: "fremskyndet {years} år".
    public var advanced: String
    /// `share:S`: "andel {share}".
    public var share: String
    /// The unit after one year, and after any other number of years ("1 year", "2 years").
    public var year: String
    public var years: String
    /// The numbers inside these words.
    public var numbers: NumberStyle

    public static let norwegian = OperationLabels(
        scaled: "skalert ×{factor}", shifted: "flyttet {years} {unit}", set: "satt {year} = {amount}", added: "lagt til linje {id}",
        removed: "fjernet", indexed: "indeksert fra {year}", horizon: "tidshorisont {years}, summert {summed}",
        solution: "løsning", initiative: "tiltak", part: "del", line: "linje", tag: "merke", includeInternal: "også interne celler",
        allLines: "alle linjer", met: "oppfylt", notMet: "ikke oppfylt", delayed: "utsatt {years} {unit}", advanced: "fremskyndet {years} {unit}",
        share: "andel {share}", year: "år", years: "år", numbers: .norwegian)
    public static let english = OperationLabels(
        scaled: "scaled ×{factor}", shifted: "shifted {years} {unit}", set: "set {year} = {amount}", added: "added line {id}",
        removed: "removed", indexed: "indexed from {year}", horizon: "horizon {years}, summed {summed}",
        solution: "solution", initiative: "initiative", part: "part", line: "line", tag: "tag", includeInternal: "internal cells too",
        allLines: "all lines", met: "met", notMet: "not met", delayed: "delayed {years} {unit}", advanced: "brought forward {years} {unit}",
        share: "share {share}", year: "year", years: "years", numbers: .english)

    /// An operation and the lines it acts on: "skalert ×1,2 [løsning e-resept]", "fjernet [merke dbep]".
    public func text(_ operation: Operation) -> String {
        let what = text(operation.kind)
        switch operation.kind {
        case .add, .horizon: return what
        case .scale, .shift, .set, .remove, .index: return "\(what) [\(text(operation.selector))]"
        }
    }

    /// What an operation does, without its lines: "skalert ×1,2", "flyttet +1 år".
    public func text(_ kind: Operation.Kind) -> String {
        switch kind {
        case .scale(let f): Labels.fill(scaled, ["factor": numbers.format(f)])
        case .shift(let n): Labels.fill(shifted, ["years": signed(n), "unit": unit(n)])
        case .set(let c): Labels.fill(set, ["year": "\(c.year)", "amount": numbers.format(c.amount)])
        case .add(let l): Labels.fill(added, ["id": l.id])
        case .remove: removed
        case .index(let base, _): Labels.fill(indexed, ["year": "\(base)"])
        case .horizon(let y, let s): Labels.fill(horizon, ["years": span(y), "summed": span(s)])
        }
    }

    /// A condition's state: "oppfylt", "ikke oppfylt", "utsatt 2 år", "andel 0,5".
    public func text(_ state: ConditionState) -> String {
        switch state {
        case .full: met
        case .none: notMet
        case .delayed(let n) where n < 0: Labels.fill(advanced, ["years": "\(n.magnitude)", "unit": unit(n)])
        case .delayed(let n): Labels.fill(delayed, ["years": "\(n)", "unit": unit(n)])
        case .share(let s): Labels.fill(share, ["share": numbers.format(s)])
        }
    }

    /// The lines an operation acts on: "løsning e-resept, merke pds, 2025–2026", "alle linjer".
    public func text(_ selector: LineSelector) -> String {
        var parts: [String] = []
        for (name, values) in [(solution, selector.solutions), (initiative, selector.initiatives), (part, selector.parts),
                               (line, selector.lineIDs), (tag, selector.tags)] {
            parts += values.map { "\(name) \($0)" }
        }
        if parts.isEmpty { parts.append(allLines) }
        if selector.includeInternal { parts.append(includeInternal) }
        if let years = selector.years {
            parts.append(years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)")
        }
        return parts.joined(separator: ", ")
    }

    /// A selector field as the file names it (`tag`, `solution`, `initiative`, `part`, `line`) in
    /// these words ("merke"); an unknown name as written.
    public func field(_ name: String) -> String {
        switch name {
        case "solution": solution
        case "initiative": initiative
        case "part": part
        case "line": line
        case "tag": tag
        default: name
        }
    }

    /// "year" after one, "years" after any other number.
    func unit(_ n: Int) -> String { n.magnitude == 1 ? year : years }

    /// "+1", "−2" (the language's minus), "0".
    func signed(_ n: Int) -> String {
        n > 0 ? "+\(n)" : n < 0 ? numbers.minus + "\(n.magnitude)" : "0"
    }

    func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}

extension Language {
    /// The words of operations and condition states in this language.
    public var operations: OperationLabels { self == .nb ? .norwegian : .english }
}
