import DFCostModel
import DFCostRender
import DFCostScenario
import Testing

/// The engine's typed reasons are worded by the label tables alone: every case in both locales,
/// operations, selectors and condition states included, with each language's numbers (JSON and
/// CI reports keep the file notation, checked by their goldens).
@Suite struct ReasonWordsTests {
    static let place = SourceReference(file: "a.toml", line: 9, column: 1)
    static let shift = Operation(kind: .shift(1), selector: LineSelector(tags: ["x"]))
    static let index = Operation(kind: .index(baseYear: 2024, rates: [2025: ExactDecimal("0.1")!]), selector: LineSelector())
    static let removal = Operation(kind: .remove, selector: LineSelector(tags: ["dbep"]))
    static let horizon = Operation(kind: .horizon(years: [2024, 2025, 2026, 2027], summedYears: [2024, 2025, 2026]))

    /// Every case of ``CellReason``: (reason, English, Norwegian).
    static let cellReasons: [(CellReason, String, String)] = [
        (.operation(shift), "shifted +1 year [tag x]", "flyttet +1 år [merke x]"),
        (.indexed(index, factor: ExactDecimal("1.1")!), "indexed from 2024 [all lines] ×1.1", "indeksert fra 2024 [alle linjer] ×1,1"),
        (.condition(id: "fm-phaseout", state: .delayed(1)), "condition fm-phaseout: delayed 1 year", "betingelse fm-phaseout: utsatt 1 år"),
        (.merged(year: 2025, writtenAt: SourceReference(file: "a.toml", line: 3, column: 1)),
         "merged with the 2025 piece written at a.toml:3:1", "slått sammen med delen fra 2025 skrevet i a.toml:3:1"),
        (.merged(year: 2025, writtenAt: nil), "merged with the 2025 piece added", "slått sammen med delen fra 2025 lagt til"),
    ]

    /// Every case of ``SetAsideReason``.
    static let setAsideReasons: [(SetAsideReason, String, String)] = [
        (.condition(id: "fm-phaseout", state: .none), "condition fm-phaseout: not met", "betingelse fm-phaseout: ikke oppfylt"),
        (.removed(by: removal), "removed [tag dbep]", "fjernet [merke dbep]"),
        (.horizon(horizon), "horizon 2024–2027, summed 2024–2026", "tidshorisont 2024–2027, summert 2024–2026"),
    ]

    /// Every case of ``ComparisonReason``.
    static let comparisonReasons: [(ComparisonReason, String, String)] = [
        (.step(.condition(id: "fm-phaseout", state: .delayed(1)), origin: place),
         "condition fm-phaseout: delayed 1 year (a.toml:9:1)", "betingelse fm-phaseout: utsatt 1 år (a.toml:9:1)"),
        (.step(.operation(shift), origin: nil), "shifted +1 year [tag x] (command line)", "flyttet +1 år [merke x] (kommandolinjen)"),
        (.movedAway(.condition(id: "late", state: .delayed(-2))), "condition late: brought forward 2 years", "betingelse late: fremskyndet 2 år"),
        (.setAside(.removed(by: removal)), "removed [tag dbep]", "fjernet [merke dbep]"),
        (.base(.step(.operation(shift), origin: nil)), "base: shifted +1 year [tag x] (command line)", "grunnlag: flyttet +1 år [merke x] (kommandolinjen)"),
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

    @Test func everyConditionStateIsWordedInBothLocales() {
        for (state, english, norwegian) in [(ConditionState.full, "met", "oppfylt"), (.none, "not met", "ikke oppfylt"),
                                            (.delayed(2), "delayed 2 years", "utsatt 2 år"), (.share(ExactDecimal("0.5")!), "share 0.5", "andel 0,5")] {
            #expect(DFCostRender.Language.en.operations.text(state) == english)
            #expect(DFCostRender.Language.nb.operations.text(state) == norwegian)
        }
    }

    @Test func anOperationIsWordedWithItsLinesAndTheLanguagesNumbers() {
        let scale = Operation(kind: .scale(ExactDecimal("1.2")!), selector: LineSelector(solutions: ["e-resept"], years: 2025...2026))
        #expect(DFCostRender.Language.nb.operations.text(scale) == "skalert ×1,2 [løsning e-resept, 2025–2026]")
        #expect(DFCostRender.Language.en.operations.text(scale) == "scaled ×1.2 [solution e-resept, 2025–2026]")
        #expect(DFCostRender.Language.nb.operations.text(Operation(kind: .shift(-1))) == "flyttet −1 år [alle linjer]")
    }
}
