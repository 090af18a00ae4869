import DFCostScenario
import DFCostTestSupport
import Foundation
import Testing

/// A loader confined to a folder reads nothing outside it, however the path or an `extends` names it.
@Suite struct ReadPolicyTests {
    static let base = """
        version = 1
        [table]
        title = "T"
        years = [2024]
        summed_years = [2024]
        [[solutions]]
        id = "a"
        name = "A"
        [[lines]]
        id = "l"
        solution = "a"
        initiative = "I"
        cells = { 2024 = 1 }

        """

    @Test func pathsAreRelativeToTheFolderAndNamedSoInMessages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: true)
        try folder.write("sub/base.toml", Self.base)
        try folder.write("sub/derived.toml", "version = 1\nextends = \"base.toml\"\n")
        let scenario = try ScenarioLoader.load(path: "sub/derived.toml", policy: .inside(folder.url.path))
        #expect(scenario.files == ["sub/base.toml", "sub/derived.toml"])
        #expect(throws: ScenarioError.fileNotFound("sub/missing.toml")) { try ScenarioLoader.load(path: "sub/missing.toml", policy: .inside(folder.url.path)) }
    }

    @Test func nothingOutsideTheFolderIsRead() throws {
        let outside = try TemporaryFolder(), folder = try TemporaryFolder()
        defer { outside.remove(); folder.remove() }
        let secret = try outside.write("base.toml", Self.base)
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.toml"), withDestinationPath: secret)
        try folder.write("absolute.toml", "version = 1\nextends = \"\(secret)\"\n")
        try folder.write("up.toml", "version = 1\nextends = \"../\(outside.url.lastPathComponent)/base.toml\"\n")
        let policy = ReadPolicy.inside(folder.url.path)
        for path in ["link.toml", "../\(outside.url.lastPathComponent)/base.toml", secret, "a\\b.toml"] {
            #expect(throws: ScenarioError.fileNotFound(path)) { try ScenarioLoader.load(path: path, policy: policy) }
        }
        for path in ["absolute.toml", "up.toml"] {
            let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: path, policy: policy) }
            guard case .outsideFolder(let at, _) = error else { Issue.record("\(error)"); continue }
            #expect(at.file == path && at.line == 2)
            #expect(error.exitStatus == .noInput)
        }
        // Without a policy the same files are read (the command line reads what it is given).
        #expect(throws: Never.self) { try ScenarioLoader.load(path: folder.path("absolute.toml")) }
    }
}
