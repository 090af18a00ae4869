import DFCostApp
import DFCostModel
import DFCostScenario
import DFCostTestSupport
import Foundation
import Testing

/// `verify` as a library call: files and folders in, one check per file out.
@Suite struct VerifyRequestTests {
    @Test func aFolderStandsForItsScenarioFilesInNameOrderSpelledAsGiven() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("b.toml", "version = 1\n")
        _ = try folder.write("a.toml", "version = 1\n")
        _ = try folder.write("notes.txt", "")
        let files = try VerifyRequest([folder.url.path, "x.toml"]).files()
        #expect(files == [folder.url.path + "/a.toml", folder.url.path + "/b.toml", "x.toml"])
    }

    @Test func aFolderWithoutScenarioFilesIsMissingInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: ScenarioError.unreadable(folder.url.path, reason: .noScenarioFiles)) {
            try VerifyRequest([folder.url.path]).files()
        }
    }

    @Test func aFileIsCheckedAgainstItsOwnPublishedSums() throws {
        let checked = try VerifyRequest([]).check(Paths.published)
        guard case .verified(let verification, let sums, let header) = checked.outcome else {
            Issue.record("not verified: \(checked.outcome)")
            return
        }
        #expect(verification.rows.allSatisfy { $0.matches })
        #expect(sums.keys.sorted() == verification.rows.map(\.year))
        #expect(header?.file == Paths.published)
    }

    @Test func aDerivedFileThatChangesCellsIsNotCheckedAgainstItsParentsSums() throws {
        let checked = try VerifyRequest([]).check(Paths.example("fm-delayed-1y.toml"))
        guard case .inheritedSums(let parent) = checked.outcome else {
            Issue.record("checked against inherited sums: \(checked.outcome)")
            return
        }
        #expect(parent == Paths.example("published/ehelseportefolje-2023-10.toml"))
    }

    @Test func aDerivedFileThatChangesNoCellIsCheckedAgainstTheInheritedSums() throws {
        let checked = try VerifyRequest([]).check(Paths.example("payers-2024.toml"))
        guard case .verified(let verification, _, _) = checked.outcome else {
            Issue.record("not verified: \(checked.outcome)")
            return
        }
        #expect(verification.rows.allSatisfy { $0.matches })
    }

    @Test func aFileWithoutPublishedSumsIsADataError() throws {
        let file = Paths.example("examples/illustrativ-runde-2.toml")
        #expect(throws: VerifyError.noPublishedSums(file)) { try VerifyRequest([]).check(file) }
        #expect(VerifyError.noPublishedSums(file).exitStatus == .data)
    }
}
