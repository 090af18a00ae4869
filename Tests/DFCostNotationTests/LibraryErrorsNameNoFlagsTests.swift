import DFCostModel
import DFCostNotation
import DFCostScenario
import Testing

/// Library errors say which input was wrong in words; only the CLI names the flag it came from.
@Suite struct LibraryErrorsNameNoFlagsTests {
    /// The error `body` throws (nil if it throws none).
    static func error(_ body: () throws -> Void) -> ScenarioError? {
        do {
            try body()
            return nil
        } catch let error as ScenarioError {
            return error
        } catch {
            Issue.record("not a ScenarioError: \(error)")
            return nil
        }
    }

    /// One bad input of every kind the library parses or checks for a request.
    static func representativeErrors() throws -> [ScenarioError] {
        let scenario = try ScenarioLoader.load(path: Paths.published)
        let applied = try scenario.apply()
        let totals = try applied.totals()
        let errors: [ScenarioError?] = [
            error { _ = try WhatIf.condition("fm-phaseout") },
            error { _ = try WhatIf.condition("fm-phaseout=sometimes") },
            error { _ = try WhatIf.scale("solution:e-resept=-1") },
            error { _ = try WhatIf.scale("solutoin:e-resept=1") },
            error { _ = try WhatIf.scale("solution:e-resept") },
            error { _ = try WhatIf.shift("tag:dokumentdeling=1.5") },
            error { _ = try WhatIf.set("line:pll-pll=3", in: scenario) },
            error { _ = try WhatIf.set("line:pll-pll@1950=3", in: scenario) },
            error { _ = try WhatIf.set("line:pll-pll@2025=x", in: scenario) },
            error { _ = try WhatIf.remove("sol:x") },
            error { _ = try WhatIf.index("all") },
            error { _ = try WhatIf.index("all=2023:2024=-2") },
            error { _ = try WhatIf.add("id=x", in: scenario) },
            error { _ = try WhatIf.add("id=x;solution=nope;initiative=I", in: scenario) },
            error { _ = try WhatIf.add("id=x;colour=red", in: scenario) },
            error { _ = try SweepParameter.parse("nothing") },
            error { _ = try SweepParameter.parse("size:x=1..2") },
            error { _ = try SweepParameter.parse("scale:all=2..1") },
            error { _ = try Sweep(scenario: scenario, parameters: []) },
            error { _ = try Sweep(scenario: scenario, parameters: [try SweepParameter.parse("condition:no-such=none..delayed:1")]) },
            error { _ = try scenario.apply(ApplyOptions(conditionOverrides: [("no-such", .none)])) },
            error { _ = try scenario.apply(ApplyOptions(operations: [try WhatIf.scale("tag:no-such-tag=2")], strict: true)) },
            error { _ = try Explanation(applied, year: 1950) },
            error { _ = try Explanation(applied, year: applied.table.summedYears[0], solution: "nope") },
            error { _ = try applied.payerAllocation(totals) },
        ]
        return errors.compactMap { $0 }
    }

    @Test func noLibraryErrorDescriptionNamesAFlag() throws {
        let errors = try Self.representativeErrors()
        #expect(errors.count >= 20, "most of the bad inputs above must fail")
        for error in errors {
            #expect(!error.description.contains("--"), "\(error.description)")
        }
        // Every request input and every error case that names one, built directly.
        for input in WhatIfInput.allCases {
            for error in [ScenarioError.badWhatIf(input, subject: "'x'", .noValues), .badWhatIf(input, subject: nil, .noValues)] {
                #expect(!error.description.contains("--"), "\(error.description)")
            }
        }
        #expect(!ScenarioError.noMatchWhenStrict(EngineWarning(origin: nil, kind: .noMatch(operation: "scale ×2 [all]", .noLine))).description.contains("--"))
        #expect(!ScenarioError.payerKeys(.missingKey(solution: "s1", year: 2025)).description.contains("--"))
    }

    @Test func aFrontEndNamesTheInputItsOwnWay() throws {
        let error = try #require(Self.error { _ = try WhatIf.scale("solution:e-resept=-1") })
        #expect(error.description == "scale 'solution:e-resept=-1': factor '-1' must be a decimal number >= 0")
        #expect(error.description(naming: { "--\($0.rawValue)" }) == "--scale 'solution:e-resept=-1': factor '-1' must be a decimal number >= 0")
    }
}
