import DFCostModel
import DFCostScenario
import Testing

@Suite struct WhatIfTests {
    @Test func parsesAConditionSetting() throws {
        let (name, state) = try WhatIf.condition("fm-phaseout=delayed:1")
        #expect(name == "fm-phaseout")
        #expect(state == .delayed(1))
        #expect(try WhatIf.condition("fm-phaseout=share:0.25").1 == .share(dec("0.25")))
    }

    @Test func parsesAScaleWithASolutionSelector() throws {
        let operation = try WhatIf.scale("solution:e-resept=1.2")
        #expect(operation.kind == .scale(dec("1.2")))
        #expect(operation.selector == LineSelector(solutions: ["e-resept"]))
        #expect(operation.origin == nil)
    }

    @Test func parsesAScaleWithATagAndAYearRange() throws {
        let operation = try WhatIf.scale("tag:pds@2025-2026=0.8")
        #expect(operation.kind == .scale(dec("0.8")))
        #expect(operation.selector.tags == ["pds"])
        #expect(operation.selector.years == 2025...2026)
    }

    @Test func parsesSeveralSelectorTermsAndASingleYear() throws {
        let operation = try WhatIf.scale("solution:helsenorge,tag:pds@2024=0")
        #expect(operation.selector == LineSelector(solutions: ["helsenorge"], tags: ["pds"], years: 2024...2024))
        #expect(operation.selector.description == "solution:helsenorge,tag:pds@2024")
        #expect(try WhatIf.scale("all=1.2").selector == LineSelector())
    }

    @Test func parsesAShift() throws {
        let operation = try WhatIf.shift("line:pds-deling-kjernejournal=-1")
        #expect(operation.kind == .shift(-1))
        #expect(operation.selector.lineIDs == ["pds-deling-kjernejournal"])
    }

    @Test(arguments: [
        "fm-phaseout",                // no '='
        "=none",                      // no name
        "fm-phaseout=later",          // not a state
        "fm-phaseout=delayed:soon",
        "fm-phaseout=share:1.5",      // share above 1
        "fm-phaseout=share:-0.5",
    ])
    func rejectsBadConditionSettings(text: String) {
        #expect {
            _ = try WhatIf.condition(text)
        } throws: { error in
            guard let error = error as? ScenarioError, case .badWhatIf(let message) = error else { return false }
            return error.isUsage && message.hasPrefix("--condition") && !message.contains("\n")
        }
    }

    @Test(arguments: [
        "solution:e-resept=-1.2",     // negative factor
        "solution:e-resept=abc",      // not a number
        "solution:e-resept=inf",
        "solution:e-resept",          // no '='
        "sol:e-resept=1.2",           // unknown field
        "e-resept=1.2",               // not field:value
        "tag:pds@2026-2025=0.8",      // reversed years
        "tag:pds@next=0.8",
    ])
    func rejectsBadScales(text: String) {
        #expect {
            _ = try WhatIf.scale(text)
        } throws: { error in
            guard let error = error as? ScenarioError, case .badWhatIf(let message) = error else { return false }
            return message.hasPrefix("--scale")
        }
    }

    @Test(arguments: ["tag:dokumentdeling=1.5", "tag:dokumentdeling=one", "tag:dokumentdeling=1000"])
    func rejectsBadShifts(text: String) {
        #expect {
            _ = try WhatIf.shift(text)
        } throws: { error in
            guard let error = error as? ScenarioError, case .badWhatIf(let message) = error else { return false }
            return message.hasPrefix("--shift")
        }
    }

    /// Fails today: LineSelector.parse splits "," into no terms and returns the empty selector,
    /// which selects every line (Sources/DFCostScenario/LineSelector.swift:67-68), so a stray comma
    /// turns `--scale ,=2` into "scale everything by 2".
    @Test(arguments: [",=2", ",,=2"])
    func aSelectorOfOnlyCommasIsRejected(text: String) {
        #expect(throws: ScenarioError.self) { try WhatIf.scale(text) }
    }

    @Test func anUnknownSelectorFieldGetsASuggestion() {
        guard case .failure(.badWhatIf(let message)) = LineSelector.parse("solutoin:e-resept") else {
            Issue.record("expected a failure")
            return
        }
        #expect(message.contains("did you mean 'solution'?"))
    }

    @Test func commandLineScaleAppliesAfterTheFiles() throws {
        let applied = try published(ApplyOptions(operations: [try WhatIf.scale("solution:e-resept=1.2")]))
        // e-resept: 2024 = 53 × 1.2 = 63.6 (+10.6 -> 103.6); 2025 = -10 × 1.2 = -12 (-2 -> 19.5).
        #expect(try applied.totals().totals == years([2024: "103.6", 2025: "19.5", 2026: "12"]))
        let step = try #require(applied.line("pll-sfm")?.cell(in: 2024)?.history.last)
        #expect(step.origin == nil)
        #expect(step.operation == "scale ×1.2 [solution:e-resept]")
    }

    @Test func commandLineShiftOfDocumentSharingMovesItOneYear() throws {
        let applied = try published(ApplyOptions(operations: [try WhatIf.shift("tag:dokumentdeling=1")]))
        // Same as Scenarios/tillitsrammeverk-delay.toml: 82 / 20.5 / 24.
        #expect(try applied.totals().totals == years([2024: "82", 2025: "20.5", 2026: "24"]))
    }
}
