import DFCostModel
import DFCostRender
import DFCostScenario
import Testing

/// The engine's typed reasons are worded by the label tables alone: every case in both locales,
/// English as the engine's reasons always read (JSON and CI reports carry these), Norwegian for nb.
@Suite struct ReasonWordsTests {
    static let place = SourceReference(file: "a.toml", line: 9, column: 1)
    static let shift = Operation(kind: .shift(1), selector: LineSelector(tags: ["x"]))
    static let index = Operation(kind: .index(baseYear: 2024, rates: [2025: ExactDecimal("0.1")!]), selector: LineSelector())
    static let removal = Operation(kind: .remove, selector: LineSelector(tags: ["dbep"]))
    static let horizon = Operation(kind: .horizon(years: [2024, 2025, 2026, 2027], summedYears: [2024, 2025, 2026]))

    /// Every case of ``CellReason``: (reason, English, Norwegian).
    static let cellReasons: [(CellReason, String, String)] = [
        (.operation(shift), "shift +1y [tag:x]", "shift +1y [tag:x]"),
        (.indexed(index, factor: ExactDecimal("1.1")!), "index from 2024 [all] ×1.1", "index from 2024 [all] ×1.1"),
        (.condition(id: "fm-phaseout", state: .delayed(1)), "condition fm-phaseout=delayed:1", "betingelse fm-phaseout=delayed:1"),
        (.merged(year: 2025, writtenAt: SourceReference(file: "a.toml", line: 3, column: 1)),
         "merged with the 2025 piece written at a.toml:3:1", "slått sammen med delen fra 2025 skrevet i a.toml:3:1"),
        (.merged(year: 2025, writtenAt: nil), "merged with the 2025 piece added", "slått sammen med delen fra 2025 lagt til"),
    ]

    /// Every case of ``SetAsideReason``.
    static let setAsideReasons: [(SetAsideReason, String, String)] = [
        (.condition(id: "fm-phaseout", state: .none), "condition fm-phaseout=none", "betingelse fm-phaseout=none"),
        (.removed(by: removal), "removed by remove [tag:dbep]", "fjernet av remove [tag:dbep]"),
        (.horizon(horizon), "horizon 2024-2027 summed 2024-2026", "horizon 2024-2027 summed 2024-2026"),
    ]

    /// Every case of ``ComparisonReason``.
    static let comparisonReasons: [(ComparisonReason, String, String)] = [
        (.step(.condition(id: "fm-phaseout", state: .delayed(1)), origin: place),
         "condition fm-phaseout=delayed:1 (a.toml:9:1)", "betingelse fm-phaseout=delayed:1 (a.toml:9:1)"),
        (.step(.operation(shift), origin: nil), "shift +1y [tag:x] (command line)", "shift +1y [tag:x] (kommandolinjen)"),
        (.movedAway(.condition(id: "late", state: .delayed(2))), "condition late=delayed:2", "betingelse late=delayed:2"),
        (.setAside(.removed(by: removal)), "removed by remove [tag:dbep]", "fjernet av remove [tag:dbep]"),
        (.base(.step(.operation(shift), origin: nil)), "base: shift +1y [tag:x] (command line)", "grunnlag: shift +1y [tag:x] (kommandolinjen)"),
    ]

    // Exhaustive switches: a new case fails to compile here until it has a sample above.
    static func number(_ r: CellReason) -> Int {
        switch r {
        case .operation: 0
        case .indexed: 1
        case .condition: 2
        case .merged: 3
        }
    }

    static func number(_ r: SetAsideReason) -> Int {
        switch r {
        case .condition: 0
        case .removed: 1
        case .horizon: 2
        }
    }

    static func number(_ r: ComparisonReason) -> Int {
        switch r {
        case .step: 0
        case .movedAway: 1
        case .setAside: 2
        case .base: 3
        }
    }

    @Test func theSamplesCoverEveryCase() {
        #expect(Set(Self.cellReasons.map { Self.number($0.0) }) == Set(0...3))
        #expect(Set(Self.setAsideReasons.map { Self.number($0.0) }) == Set(0...2))
        #expect(Set(Self.comparisonReasons.map { Self.number($0.0) }) == Set(0...3))
    }

    @Test func everyCellReasonIsWordedInBothLocales() {
        for (reason, english, norwegian) in Self.cellReasons {
            #expect(DFCostRender.Language.en.reason(reason) == english)
            #expect(DFCostRender.Language.nb.reason(reason) == norwegian)
        }
    }

    @Test func everySetAsideReasonIsWordedInBothLocales() {
        for (reason, english, norwegian) in Self.setAsideReasons {
            #expect(DFCostRender.Language.en.reason(reason) == english)
            #expect(DFCostRender.Language.nb.reason(reason) == norwegian)
        }
    }

    @Test func everyComparisonReasonIsWordedInBothLocales() {
        for (reason, english, norwegian) in Self.comparisonReasons {
            #expect(DFCostRender.Language.en.reason(reason) == english)
            #expect(DFCostRender.Language.nb.reason(reason) == norwegian)
        }
    }
}
