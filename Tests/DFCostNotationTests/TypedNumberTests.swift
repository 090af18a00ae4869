import DFCostModel
import DFCostNotation
import DFCostScenario
import Testing

/// A number typed on the command line: one rule, in Norwegian or English notation, for every
/// option; ambiguous text refused, never guessed.
@Suite struct TypedNumberTests {
    @Test(arguments: [("1.5", "1.5"), ("1,5", "1.5"), ("0,035", "0.035"), ("-0,5", "-0.5"), ("−4", "-4"), ("−2,5", "-2.5"),
                      ("1 250", "1250"), ("1\u{00A0}250,5", "1250.5"), ("0,500", "0.5"), ("1,50", "1.5"), ("12", "12"), ("1e3", "1000")])
    func readsBothNotations(_ text: String, _ value: String) {
        #expect(TypedNumber.decimal(text) == .success(dec(value)), "\(text)")
    }

    @Test(arguments: ["1,500", "12,345", "-1,000", "999,999"])
    func aCommaBeforeThreeDigitsIsAmbiguous(_ text: String) {
        #expect(TypedNumber.decimal(text) == .failure(.ambiguousComma), "\(text)")
    }

    @Test func aPointAndACommaTogetherAreRefused() {
        #expect(TypedNumber.decimal("1.234,5") == .failure(.pointAndComma))
        #expect(TypedNumber.decimal("1,234.5") == .failure(.pointAndComma))
    }

    @Test(arguments: ["", "x", "1,2,3", "1 25", "12 3456", ","])
    func notANumber(_ text: String) {
        #expect(TypedNumber.decimal(text) == .failure(.notANumber), "'\(text)'")
    }

    @Test func wholeNumbers() {
        #expect(TypedNumber.integer("3") == .success(3))
        #expect(TypedNumber.integer("−1") == .success(-1))
        #expect(TypedNumber.integer("1 000") == .success(1000))
        #expect(TypedNumber.integer("1,5") == .failure(.notWhole))
        #expect(TypedNumber.integer("1,000") == .failure(.ambiguousComma))
        #expect(TypedNumber.integer("x") == .failure(.notANumber))
    }

    // Each option that takes a number reads it by the one rule.

    @Test func scaleTakesADecimalComma() throws {
        #expect(try WhatIf.scale("solution:e-resept=1,2").kind == .scale(dec("1.2")))
        #expect(try WhatIf.scale("all=0,8").kind == .scale(dec("0.8")))
    }

    @Test func scaleRefusesAnAmbiguousComma() {
        #expect {
            try WhatIf.scale("all=1,200")
        } throws: { error in
            "\(error)".contains("ambiguous")
        }
    }

    @Test func shiftTakesThePrintedMinus() throws {
        #expect(try WhatIf.shift("tag:dokumentdeling=−1").kind == .shift(-1))
        #expect(throws: ScenarioError.self) { try WhatIf.shift("tag:dokumentdeling=1,5") }
    }

    @Test func indexRatesTakeADecimalCommaSeparatedBySemicolons() throws {
        let op = try WhatIf.index("all=2023:2024=0,035;2025=0,03")
        #expect(op.kind == .index(baseYear: 2023, rates: [2024: dec("0.035"), 2025: dec("0.03")]))
        #expect(try WhatIf.index("all=2023:2024=0.035,2025=0.03").kind == op.kind)
    }

    @Test func indexRatesWithACommaInACommaListAreRefusedWithTheSeparatorToUse() {
        #expect {
            try WhatIf.index("all=2023:2024=0,035,2025=0,03")
        } throws: { error in
            "\(error)".contains("separated by ';'")
        }
    }

    @Test func aConditionShareTakesADecimalComma() throws {
        #expect(try WhatIf.condition("fm-phaseout=share:0,5").1 == .share(dec("0.5")))
        #expect(try WhatIf.condition("fm-phaseout=delayed:−1").1 == .delayed(-1))
        #expect(throws: ScenarioError.self) { try WhatIf.condition("fm-phaseout=share:1.0,5") }
    }

    @Test func varyTakesADecimalCommaInRangesAndLists() throws {
        let range = try SweepParameter.parse("scale:all=0,8..1:0,1")
        #expect(range.count == 3)
        let list = try SweepParameter.parse("scale:all=0,8|1,2")
        #expect(list.valueText(0) == "0.8" && list.valueText(1) == "1.2")
        let shares = try SweepParameter.parse("condition:fm-phaseout=share:0..0,5:0,25")
        #expect(shares.count == 3)
        #expect(try SweepParameter.parse("condition:fm-phaseout=share:0,5|full").count == 2)
        #expect(throws: ScenarioError.self) { try SweepParameter.parse("scale:all=1,500|2") }
    }

    @Test func setAndAddCellsFollowTheSameRule() throws {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let set = try WhatIf.set("line:pll-pll@2025=2,5", in: scenario)
        guard case .set(let cell) = set.kind else { Issue.record("not a set"); return }
        #expect(cell.amount == dec("2.5"))
        #expect(throws: ScenarioError.self) { try WhatIf.set("line:pll-pll@2025=1,500", in: scenario) }
        #expect(throws: ScenarioError.self) { try WhatIf.add("id=n;solution=helsenorge;initiative=N;2025=1,500*", in: scenario) }
        #expect(try WhatIf.add("id=n;solution=helsenorge;initiative=N;2025=(0,500)", in: scenario).kind != .remove)
    }
}
