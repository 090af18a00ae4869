import DFCostModel
import DFCostNotation
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
            guard let error = error as? ScenarioError, case .badWhatIf(.condition, _, _) = error else { return false }
            return error.isUsage && error.description.hasPrefix("condition") && !error.description.contains("\n")
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
            guard let error = error as? ScenarioError, case .badWhatIf(.operation(.scale), _, _) = error else { return false }
            return error.description.hasPrefix("scale")
        }
    }

    @Test(arguments: ["tag:dokumentdeling=1.5", "tag:dokumentdeling=one", "tag:dokumentdeling=1000"])
    func rejectsBadShifts(text: String) {
        #expect {
            _ = try WhatIf.shift(text)
        } throws: { error in
            guard let error = error as? ScenarioError, case .badWhatIf(.operation(.shift), _, _) = error else { return false }
            return error.description.hasPrefix("shift")
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
        guard case .failure(.badWhatIf(.selector, _, let message)) = LineSelector.parse("solutoin:e-resept") else {
            Issue.record("expected a failure")
            return
        }
        #expect(message.description.contains("did you mean 'solution'?"))
    }

    @Test func commandLineScaleAppliesAfterTheFiles() throws {
        let applied = try published(ApplyOptions(operations: [try WhatIf.scale("solution:e-resept=1.2")]))
        // e-resept: 2024 = 53 × 1.2 = 63.6 (+10.6 -> 103.6); 2025 = -10 × 1.2 = -12 (-2 -> 19.5).
        #expect(try applied.totals().totals == years([2024: "103.6", 2025: "19.5", 2026: "12"]))
        let step = try #require(applied.line("pll-sfm")?.cell(in: 2024)?.history.last)
        #expect(step.origin == nil)
        #expect(step.reason == .operation(Operation(kind: .scale(dec("1.2")), selector: LineSelector(solutions: ["e-resept"]))))
    }

    @Test func commandLineShiftOfDocumentSharingMovesItOneYear() throws {
        let applied = try published(ApplyOptions(operations: [try WhatIf.shift("tag:dokumentdeling=1")]))
        // Same as Scenarios/tillitsrammeverk-delay.toml: 82 / 20.5 / 24.
        #expect(try applied.totals().totals == years([2024: "82", 2025: "20.5", 2026: "24"]))
    }
}

/// Every operation is a command-line what-if, with the selectors of files.
@Suite struct MoreWhatIfTests {
    func options(sets: [String] = [], adds: [String] = [], operations: [Operation] = [],
                 conditions: [(String, ConditionState)] = []) -> ApplyOptions {
        func pending(_ name: Operation.Kind.Name, _ text: String) -> PendingOperation? {
            guard case .pending(let p)? = try? WhatIf.operation(name, text) else { return nil }
            return p
        }
        return ApplyOptions(conditionOverrides: conditions, operations: operations,
                            lineAdditions: adds.compactMap { pending(.add, $0) }, cellSettings: sets.compactMap { pending(.set, $0) })
    }

    @Test func setWritesACellInTheTablesNotationAndItsMarkObeysTheCondition() throws {
        let applied = try published(options(sets: ["line:pll-pll@2025=-12*"], conditions: [("fm-phaseout", .none)]))
        // pll-pll's 2 replaced by -12*, which none sets aside: 33.5 - 2.
        #expect(try applied.totals().totals[2025] == dec("31.5"))
        let internalCell = try published(options(sets: ["line:mf-helse@2023=(5)"]))
        #expect(internalCell.line("mf-helse")?.cell(in: 2023)?.isInternal == true)
    }

    @Test func addTakesALineWithSemicolonsAndADecimalComma() throws {
        let applied = try published(options(adds: ["id=nytt;solution=helsenorge;initiative=Nytt tiltak;tags=ny|hn;2025=-5*;2026=2,5"],
                                            conditions: [("fm-phaseout", .none)]))
        #expect(try applied.totals().totals == years([2024: "93", 2025: "33.5", 2026: "14.5"]))
        #expect(applied.line("nytt")?.tags == ["ny", "hn"])
    }

    @Test func removeAndIndexTakeSelectors() throws {
        let removed = try published(options(operations: [try WhatIf.remove("line:pll-pll")]))
        #expect(try removed.totals().totals[2025] == dec("19.5"))
        let indexed = try published(options(operations: [try WhatIf.index("line:pll-pll=2024:2025=0.5")]))
        #expect(indexed.amount("pll-pll", 2025) == dec("3"))
    }

    @Test(arguments: ["line:pll-pll=5", "line:pll-pll@2024-2025=5", "line:pll-pll@2031=5", "line:pll-pll@2025=5**", "line:pll-pll@2025=abc"])
    func aSetThatDoesNotFitIsAUsageError(_ text: String) throws {
        #expect(throws: ScenarioError.self) { try published(options(sets: [text])) }
    }

    @Test(arguments: ["id=x;solution=helsenorg;initiative=X", "id=x;initiative=X", "id=x;solution=helsenorge;initiative=X;2030=1", "id=x;solution=helsenorge;initiative=X;colour=red"])
    func anAddThatDoesNotFitIsAUsageError(_ text: String) throws {
        #expect(throws: ScenarioError.self) { try published(options(adds: [text])) }
    }

    @Test func aSweepCountsALineAddedOnTheCommandLineOnce() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let what = options(adds: ["id=nytt;solution=helsenorge;initiative=Nytt tiltak;2025=-5*;2026=3"])
        let sweep = try Sweep(scenario: scenario, parameters: [try SweepParameter.parse("condition:fm-phaseout=share:0..1:0.5"),
                                                               try SweepParameter.parse("scale:solution:e-resept=1|2")],
                              options: what)
        var rows: [[Int64]] = []
        try sweep.forEachCombination { _, totals in rows.append(Array(totals)); return true }
        #expect(rows.count == 6)
        var k = 0
        for share in ["0", "0.5", "1"] {
            for factor in ["1", "2"] {
                var o = what
                o.conditionOverrides = [("fm-phaseout", .share(dec(share)))]
                o.operations = [try WhatIf.scale("solution:e-resept=\(factor)")]
                let direct = try scenario.apply(o).totals()
                let got = try sweep.years.map { try ExactDecimal(significand: rows[k][sweep.years.firstIndex(of: $0)!], scale: sweep.scale) }
                #expect(got == sweep.years.map { direct.totals[$0]! }, "share \(share) × \(factor)")
                k += 1
            }
        }
    }
}
