import DFCostTestSupport
import Foundation
import Testing

@Suite("dfcost serve: the command")
struct ServeCommandTests {
    @Test func itPrintsOneStartLineAndStopsOnSIGTERMWithExitZero() async throws {
        let binary = try #require(BuiltCLI.executable)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let err = scratch.url.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0", "Scenarios"]
        process.currentDirectoryURL = PackageRoot.url
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardOutput = FileHandle.nullDevice
        let started = ContinuousClock.now
        try process.run()
        var line = ""
        // A bound for a hung server, not a timing check (tests check behaviour): a loaded machine
        // may take long to schedule it.
        while !line.contains("\n"), ContinuousClock.now - started < .seconds(300) {
            try await Task.sleep(for: .milliseconds(50))
            line = String(decoding: try Data(contentsOf: err), as: UTF8.self)
        }
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(line.wholeMatch(of: /dfcost serve: http:\/\/127\.0\.0\.1:[0-9]+\/ \(Scenarios, [0-9]+ filer\)\n/) != nil, "\(line)")
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(String(decoding: try Data(contentsOf: err), as: UTF8.self) == line, "nothing else on standard error")
    }

    @Test func anotherHostWithoutATokenIsRefused() throws {
        let run = try BuiltCLI.run(["serve", "--host", "0.0.0.0", "--port", "0"], in: PackageRoot.path("."))
        #expect(run.status == 64)
        #expect(run.stderr == "dfcost serve: --host som ikke er loopback krever --token eller --token-file\n")
    }
}
