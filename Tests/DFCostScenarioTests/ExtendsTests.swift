import DFCostModel
import DFCostScenario
import Foundation
import Testing

@Suite struct ExtendsTests {
    @Test func aChainOfThreeFilesAppliesOperationsBaseFirst() throws {
        let path = try Paths.fixture("chain/three.toml")
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["base.toml", "one.toml", "two.toml", "three.toml"])
        #expect(scenario.operations.count == 3)
        #expect(scenario.name == "three links")
        let applied = try scenario.apply()
        // one: a1 ×2 -> 2024 = 20, 2025 = 20; two: shift +1 -> 2025 = 20, 2026 = 20; three: set 2024 = 1.
        // (In the reverse order a1 would be 2025 = 2, 2026 = 20.)
        #expect(applied.amount("a1", 2024) == dec("1"))
        #expect(applied.amount("a1", 2025) == dec("20"))
        #expect(applied.amount("a1", 2026) == dec("20"))
        // 2024 = 1 + 3 = 4; 2025 = 20 - 2 + 1.5 = 19.5; 2026 = 20 + 6 = 26.
        #expect(try applied.totals().totals == years([2024: "4", 2025: "19.5", 2026: "26"]))
        let history = try #require(applied.line("a1")?.cell(in: 2026)?.history)
        #expect(history.map(\.reason) == [.operation(Operation(kind: .scale(dec("2")), selector: LineSelector(lineIDs: ["a1"]))),
                                          .operation(Operation(kind: .shift(1), selector: LineSelector(lineIDs: ["a1"])))])
        #expect(history.first?.origin?.file.hasSuffix("chain/one.toml") == true)
    }

    @Test func extendsPathsAreRelativeToTheFileThatWritesThem() throws {
        // chain/one.toml says extends = "../base.toml": resolved from chain/, not from the working
        // directory, and written as people read a place ("Fixtures/base.toml", not "chain/../base.toml").
        let path = try Paths.fixture("chain/one.toml")
        let scenario = try ScenarioLoader.load(path: path)
        let fixtures = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().path
        #expect(scenario.files.first == fixtures + "/base.toml")
        #expect(scenario.base.lines.map(\.id) == ["a1", "a2", "b1"])
    }

    @Test func aNamedScenarioTakesTheDerivedFileNameByDefault() throws {
        let scenario = try ScenarioLoader.load(path: Paths.fixture("chain/two.toml"))
        #expect(scenario.name == "two")
    }

    @Test func aCycleIsAnErrorThatNamesTheCycle() throws {
        let path = try Paths.fixture("cycle/a.toml")
        let error = try #require(loadError(path))
        guard case .extendsCycle(let chain) = error else {
            Issue.record("expected extendsCycle, got \(error)")
            return
        }
        #expect(chain.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.toml", "b.toml", "a.toml"])
        #expect(error.description.hasPrefix("extends cycle: "))
        #expect(error.description.contains("a.toml -> "))
        #expect(error.description.contains("b.toml -> "))
        #expect(!error.isMissingInput)
    }

    @Test func aFileThatExtendsItselfIsACycle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("self.toml", "version = 1\nextends = \"self.toml\"\n")
        guard case .extendsCycle(let chain)? = loadError(path) else {
            Issue.record("expected a cycle")
            return
        }
        #expect(chain.count == 2)
    }

    /// Writes f0 extends f1 extends ... extends f(n-1), the last one the real base table.
    func writeChain(files n: Int, in folder: TemporaryFolder) throws -> String {
        let base = try String(contentsOfFile: Paths.fixture("base.toml"), encoding: .utf8)
        try folder.write("f\(n - 1).toml", base)
        for i in 0..<(n - 1) {
            try folder.write("f\(i).toml", "version = 1\nextends = \"f\(i + 1).toml\"\n")
        }
        return folder.url.appendingPathComponent("f0.toml").path
    }

    @Test func aChainOfSixteenFilesLoads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let scenario = try ScenarioLoader.load(path: writeChain(files: 16, in: folder))
        #expect(scenario.files.count == 16)
        #expect(try scenario.apply().totals().totals == years([2024: "13", 2025: "9.5", 2026: "6"]))
    }

    @Test func aChainDeeperThanSixteenFilesIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let error = try #require(loadError(writeChain(files: 17, in: folder)))
        guard case .extendsTooDeep(let chain) = error else {
            Issue.record("expected extendsTooDeep, got \(error)")
            return
        }
        #expect(chain.count == 17)
        #expect(error.description.contains("deeper than 16 files"))
        #expect(error.description.contains("f16.toml"))
    }

    @Test func aMissingExtendsTargetPointsAtTheExtendsKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("derived.toml", "version = 1\nextends = \"nowhere.toml\"\n")
        let error = try #require(loadError(path))
        #expect(error.description.hasPrefix("\(path):2:11: extends: "))
        #expect(error.description.contains("nowhere.toml: no such file"))
    }

    @Test func aDerivedFileCannotRedefineTheTable() throws {
        let (error, path) = try errorOverBase("""
            [table]
            title = "Another"
            years = [2024]
            summed_years = [2024]
            """)
        let message = try #require(error).description
        #expect(message.hasPrefix("\(path):3:"))
        #expect(message.contains("[table] belongs to the base file"))
    }

    @Test func aDerivedFileCanAddLinesAndSolutions() throws {
        let applied = try overBase("""
            [[solutions]]
            id = "gamma"
            name = "Gamma"

            [[lines]]
            id = "g1"
            solution = "gamma"
            initiative = "G"
            cells = { 2026 = 1 }
            """)
        #expect(try applied.totals().bySolution["gamma"] == years([2024: "0", 2025: "0", 2026: "1"]))
    }

    @Test func theLastFileToSetAConditionStateWins() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let base = try Paths.fixture("base.toml")
        try folder.write("mid.toml", "version = 1\nextends = \"\(base)\"\n[conditions.late]\nstate = \"none\"\n")
        let top = try folder.write("top.toml", "version = 1\nextends = \"mid.toml\"\n[conditions.late]\nstate = \"share:0.5\"\n")
        let scenario = try ScenarioLoader.load(path: top)
        #expect(scenario.conditionStates["late"]?.state == .share(dec("0.5")))
        #expect(scenario.conditionStates["late"]?.origin?.file == top)
        // a2 2025: -2 × 0.5 = -1; 2025 = 10 - 1 + 1.5 = 10.5.
        #expect(try scenario.apply().totals().totals[2025] == dec("10.5"))
    }
}
