import DFCostModel
import DFCostNotation
import DFCostScenario
import Foundation
import Testing

/// Applies a scenario written on top of the published October 2023 table.
func overPublished(_ body: String, options: ApplyOptions = ApplyOptions()) throws -> AppliedScenario {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("derived.toml", "version = 1\nextends = \"\(Paths.published)\"\n\(body)")
    return try ScenarioLoader.load(path: path).apply(options)
}

func condition(_ text: String) throws -> ApplyOptions {
    ApplyOptions(conditionOverrides: [try WhatIf.condition(text)])
}

/// The order of evaluation of Scenarios/README.md: operations on the cells as written, then the
/// condition states on every marked counted cell wherever it came from, then the merge.
/// Each test here failed on the engine that applied conditions before operations.
@Suite struct EvaluationOrderTests {
    static let addedMarkedLine = """
        [[operations]]
        add = { id = "nytt", solution = "helsenorge", initiative = "Nytt tiltak", cells = { 2025 = "-5*", 2026 = 3 } }
        """

    @Test func aMarkedCellAddedByAScenarioIsSetAsideWhenItsConditionIsNone() throws {
        let applied = try overPublished(Self.addedMarkedLine, options: try condition("fm-phaseout=none"))
        // Published under none: 2025 = 21.5 + 12 = 33.5; the added -5* is set aside as well.
        #expect(try applied.totals().totals == years([2024: "93", 2025: "33.5", 2026: "15"]))
        #expect(applied.excluded.map(\.lineID).sorted() == ["nytt", "pll-fm"])
    }

    @Test func aMarkedCellAddedByAScenarioIsDelayedAndSharedLikeAPublishedOne() throws {
        let delayed = try overPublished(Self.addedMarkedLine, options: try condition("fm-phaseout=delayed:1"))
        // -12* and -5* both move to 2026: 2026 = 12 - 12 - 5 + 3 = -2.
        #expect(try delayed.totals().totals == years([2024: "93", 2025: "33.5", 2026: "-2"]))
        #expect(delayed.amount("nytt", 2026) == dec("-2"))
        let shared = try overPublished(Self.addedMarkedLine, options: try condition("fm-phaseout=share:0.5"))
        // 2025 = 21.5 + 6 (half of -12 kept) - 2.5 = 25.
        #expect(try shared.totals().totals == years([2024: "93", 2025: "25", 2026: "15"]))
    }

    @Test func aMarkedCellWrittenBySetObeysItsCondition() throws {
        let body = """
            [conditions.fm-phaseout]
            state = "none"

            [[operations]]
            set = { 2025 = "-12*" }
            select = { line = "pll-pll" }
            """
        let applied = try overPublished(body)
        // pll-pll's 2 becomes -12*, which the condition sets aside: 2025 = 33.5 - 2.
        #expect(try applied.totals().totals[2025] == dec("31.5"))
        #expect(applied.line("pll-pll")?.cell(in: 2025) == nil)
        #expect(applied.excluded.contains { $0.lineID == "pll-pll" && $0.cell.amount == dec("-12") })
    }

    @Test func aMarkedCellFromACommandLineWhatIfObeysItsCondition() throws {
        var options = try condition("fm-phaseout=delayed:1")
        options.operations = [try WhatIf.scale("line:pll-fm=2")]
        let applied = try published(options)
        // -2 doubled (2024 = 93 - 2); -12* doubled where written (2025), then moved: 2026 = 12 - 24.
        #expect(try applied.totals().totals == years([2024: "91", 2025: "33.5", 2026: "-12"]))
    }

    @Test func aMarkedCellShiftedOntoAnUnmarkedOneKeepsItsOwnCondition() throws {
        let body = """
            [conditions.fm-phaseout]
            state = "none"

            [[operations]]
            shift = 1
            select = { line = "pll-fm", years = "2024" }
            """
        // -2 moves onto -12* in 2025; only the marked piece is set aside. 2025 = 33.5 - 2.
        let applied = try overPublished(body)
        #expect(applied.amount("pll-fm", 2025) == dec("-2"))
        #expect(applied.amount("pll-fm", 2024) == nil)
        #expect(try applied.totals().totals == years([2024: "95", 2025: "31.5", 2026: "12"]))
    }

    @Test func aDoubledMarkIsAnErrorAtTheCell() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            set = { 2025 = "55**" }
            select = { line = "a1" }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):4:16:"))
        #expect(message.contains("repeated"))
    }

    @Test func aMarkThatReadsAsPartOfANumberIsRejected() throws {
        for mark in ["1", ",", ".", "-", "\u{2212}", "(", ")", "%", "+", "a b", ""] {
            let (error, path) = try errorOverBase("""
                [conditions.odd]
                description = "odd"
                mark = "\(mark)"
                """)
            let message = try #require(error, "mark '\(mark)' was accepted").description
            #expect(message.hasPrefix("\(path):5:"), "\(message)")
        }
    }

    @Test func marksThatEndInOneAnotherAreRejected() throws {
        let (error, _) = try errorOverBase("""
            [conditions.twice]
            description = "ambiguous with *"
            mark = "**"
            """)
        #expect(try #require(error).description.contains("cannot be told apart"))
    }

    @Test func eachFileRoundsItsOwnOperationsAtItsOwnPrecision() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let parent = try folder.write("parent.toml", """
            version = 1
            extends = "\(Paths.published)"
            [scenario]
            precision = 0.1
            [[operations]]
            scale = 1.03
            select = { line = "pds-deling-kjernejournal", years = "2025" }
            """)
        let child = try folder.write("child.toml", """
            version = 1
            extends = "parent.toml"
            [scenario]
            precision = 1
            [[operations]]
            scale = 1.05
            select = { line = "pds-deling-helsenorge" }
            """)
        // 9.5 × 1.03 = 9.785 -> 9.8 at the parent's 0.1, alone and under the child.
        #expect(try ScenarioLoader.load(path: parent).apply().amount("pds-deling-kjernejournal", 2025) == dec("9.8"))
        let applied = try ScenarioLoader.load(path: child).apply()
        #expect(applied.amount("pds-deling-kjernejournal", 2025) == dec("9.8"))
        // The child's own scale rounds at 1: 0.5 × 1.05 = 0.525 -> 1.
        #expect(applied.amount("pds-deling-helsenorge", 2024) == dec("1"))
        // A command-line what-if rounds at the named file's precision (1).
        let whatIf = try ScenarioLoader.load(path: parent).apply(ApplyOptions(operations: [try WhatIf.scale("line:pll-pll=1.26")]))
        #expect(whatIf.amount("pll-pll", 2025) == dec("2.5"))
    }

    @Test func aShareRoundsAtThePrecisionOfTheFileThatSetsIt() throws {
        let applied = try overPublished("""
            [scenario]
            precision = 1
            [conditions.fm-phaseout]
            state = "share:0.45"
            """)
        // -12 × 0.45 = -5.4 -> -5 at this file's precision 1.
        #expect(applied.amount("pll-fm", 2025) == dec("-5"))
    }

    @Test func scaleAndIndexLeaveInternalCellsAsPublished() throws {
        let overrun = try ScenarioLoader.load(path: Paths.example("overrun-20.toml")).apply()
        #expect(overrun.line("pll-sfm")?.cell(in: 2022)?.amount == dec("14"))
        #expect(overrun.line("pll-sfm")?.cell(in: 2024)?.amount == dec("66"))
        let indexed = try overPublished("""
            [[operations]]
            index = { base_year = 2021, rates = { 2022 = 0.1, 2023 = 0.1, 2024 = 0.1, 2025 = 0.1, 2026 = 0.1 } }
            """)
        #expect(indexed.amount("mf-helse", 2022) == dec("16.5"))  // counted: indexed
        #expect(indexed.amount("dbep-kjernejournal", 2023) == dec("2.3"))  // internal: as published
    }

    @Test func includeInternalAsksForInternalCellsExplicitly() throws {
        let applied = try overPublished("""
            [[operations]]
            scale = 2
            select = { line = "pll-sfm", include_internal = true }
            """)
        #expect(applied.amount("pll-sfm", 2022) == dec("28"))
        #expect(applied.line("pll-sfm")?.cell(in: 2022)?.isInternal == true)
        let cli = try published(ApplyOptions(operations: [try WhatIf.scale("line:pll-sfm,include_internal:true=2")]))
        #expect(cli.amount("pll-sfm", 2023) == dec("48"))
    }

    @Test func aShiftMovesCountedCellsAndLeavesInternalHistory() throws {
        let applied = try overPublished("""
            [[operations]]
            shift = 1
            select = { line = "pll-sfm", years = "2022-2024" }
            """)
        #expect(applied.amount("pll-sfm", 2022) == dec("14"))
        #expect(applied.amount("pll-sfm", 2025) == dec("55"))
    }

    @Test func indexRatesWrittenAsPercentAreWarnedAbout() throws {
        let applied = try overPublished("""
            [[operations]]
            index = { base_year = 2023, rates = { 2024 = 3.1, 2025 = 0.03, 2026 = 0.03 } }
            """)
        #expect(applied.warnings.count == 1)
        let warning = try #require(applied.warnings.first)
        #expect(warning.contains("3.1") && warning.contains("0.031"))
    }

    @Test func addWithASelectIsAnError() throws {
        let (error, path) = try errorOverBase("""
            [[operations]]
            add = { id = "x", solution = "alpha", initiative = "X", cells = { 2025 = 1 } }
            select = { solution = "alpha" }
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):5:1:"))
        #expect(message.contains("takes no 'select'"))
    }

    @Test func aSelectorThatMatchesNoLineNamesTheNearestName() throws {
        let misspelled = try published(ApplyOptions(operations: [try WhatIf.scale("solution:eresept=2")]))
        #expect(misspelled.warnings.first?.contains("did you mean 'e-resept'") == true)
        let rightTagNoYear = try published(ApplyOptions(operations: [try WhatIf.scale("tag:pds@2030=2")]))
        let warning = try #require(rightTagNoYear.warnings.first)
        #expect(!warning.contains("did you mean"))
        #expect(warning.contains("no cell in 2030"))
        let onlyInternal = try published(ApplyOptions(operations: [try WhatIf.scale("tag:dbep=2")]))
        #expect(onlyInternal.warnings.first?.contains("include_internal") == true)
    }
}
