import DFCostTestSupport
import Foundation
import Testing

/// Runs the built `dfcost` executable the way a user does.
enum CLI {
    /// The package root.
    static let root = PackageRoot.url

    /// The published table, as a path relative to ``root`` (the working directory of every run).
    static let published = PackageRoot.published

    /// The golden files of `totals`: those of the renderer's tests, since the command prints exactly
    /// what the renderer renders (one copy of each, so DFCOST_RECORD=1 updates what is committed).
    static let totalsGoldens = root.appendingPathComponent("Tests/DFCostRenderTests/Goldens/RendererGoldenTests")

    /// The products directory holds `dfcost` beside the test bundle. On Linux the test runner is
    /// `<products>/dfcostPackageTests.xctest` and this target's resource bundle is
    /// `<products>/dfcost_DFCostCLITests.resources`; on macOS the .xctest is a bundle in the same place.
    static let executable: URL? = {
        var folders: [URL] = [Bundle.module.bundleURL.deletingLastPathComponent()]
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return folders.map { $0.appendingPathComponent("dfcost") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
        /// The non-empty lines of standard error.
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// Runs `dfcost` with arguments, in the package root unless told otherwise; `launcher` (a
    /// program and its arguments, e.g. ``Unprivileged/launcher``) runs it when given.
    static func run(_ arguments: [String], in folder: URL? = nil, launcher: [String] = []) throws -> Result {
        let binary = try #require(executable, "dfcost not found beside the test bundle")
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.url.appendingPathComponent("stdout"), err = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder ?? root
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let stdout = try Data(contentsOf: out), stderr = try Data(contentsOf: err)
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
    }

    /// Compares a run's standard output, byte for byte, with the golden file `name` of the calling
    /// test file (Goldens/<test file>/, ``Snapshot/goldens(of:)``); DFCOST_RECORD=1 writes it.
    static func assertGolden(_ result: Result, _ name: String, filePath: String = #filePath,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.assertMatches(result.stdoutBytes, file: Snapshot.goldens(of: filePath).appendingPathComponent(name),
                                   sourceLocation: sourceLocation)
    }

    /// Compares a run's standard output with one of the golden files of `totals` (``totalsGoldens``).
    static func assertTotalsGolden(_ result: Result, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.assertMatches(result.stdoutBytes, file: totalsGoldens.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    /// Runs `dfcost totals --format json` with extra arguments and returns the parsed object.
    static func totalsJSON(_ extra: [String] = []) throws -> [String: Any] {
        let result = try run(["totals", published, "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: result.stdoutBytes)
        return try #require(object as? [String: Any])
    }
}

/// Running `dfcost` as a user other than root, for the cases that need permission bits to bind
/// (root reads a chmod 000 file).
enum Unprivileged {
    /// How to run a program as `nobody` from root: util-linux's setpriv, with no supplementary groups.
    static let launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

    /// Whether permission bits bind a `dfcost` these tests start: not root, or root with setpriv
    /// and a `dfcost` that `nobody` can run (tried once with `--version`).
    static let permissionsBind: Bool = {
        guard geteuid() == 0 else { return true }
        guard FileManager.default.isExecutableFile(atPath: launcher[0]),
              let result = try? CLI.run(["--version"], launcher: launcher) else { return false }
        return result.status == 0
    }()

    /// The launcher to pass to ``CLI/run(_:in:launcher:)``: none unless root.
    static var launcherIfRoot: [String] { geteuid() == 0 ? launcher : [] }
}

/// The cells of a text table's row whose first column is `label`, split on runs of spaces.
func row(_ label: String, in text: String) -> [String]? {
    for line in text.split(separator: "\n") where line.hasPrefix(label + "  ") {
        let rest = line.dropFirst(label.count)
        return rest.split(separator: " ").map(String.init)
    }
    return nil
}

/// The shared temporary folder (Tests/DFCostTestSupport), by the name this target's tests use.
typealias TemporaryFolder = DFCostTestSupport.TemporaryFolder

extension DFCostTestSupport.TemporaryFolder {
    /// A copy of the published table, edited by `edit`.
    func publishedCopy(_ name: String = "copy.toml", edit: (String) -> String = { $0 }) throws -> String {
        let text = try String(contentsOf: CLI.root.appendingPathComponent(CLI.published), encoding: .utf8)
        return try write(name, edit(text))
    }
}
