import DFCostTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

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
        #expect(run.stderr == "Feil: --host som ikke er loopback krever --token eller --token-file\n")
    }

    /// A port another program listens on is a worded refusal with exit 69 (EX_UNAVAILABLE), not the
    /// socket library's English error and 70.
    @Test func aPortInUseIsRefusedInWords() throws {
        let held = try HeldPort()
        defer { held.close() }
        let nb = try BuiltCLI.run(["serve", "--port", "\(held.port)", "Scenarios"], in: PackageRoot.path("."))
        #expect(nb.status == 69)
        #expect(nb.stderr == "Feil: porten \(held.port) er i bruk på 127.0.0.1; velg en annen med --port\n")
        let en = try BuiltCLI.run(["serve", "--port", "\(held.port)", "--locale", "en", "Scenarios"], in: PackageRoot.path("."))
        #expect(en.status == 69)
        #expect(en.stderr == "Error: port \(held.port) is in use on 127.0.0.1; choose another with --port\n")
    }

    /// A host that is not an address of this machine (TEST-NET-1, RFC 5737) is refused the same way.
    @Test func aHostThatIsNotThisMachinesIsRefusedInWords() throws {
        let run = try BuiltCLI.run(["serve", "--host", "192.0.2.1", "--token", "t", "--port", "8080", "Scenarios"], in: PackageRoot.path("."))
        #expect(run.status == 69)
        #expect(run.stderr == "Feil: 192.0.2.1 er ikke en adresse på denne maskinen; velg en annen med --host\n")
    }
}

/// A loopback port held by a listening socket for the length of a test.
struct HeldPort {
    let descriptor: Int32
    let port: Int

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0 && listen(fd, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        descriptor = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(descriptor) }
}
