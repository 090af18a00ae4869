import Foundation
import Testing

/// Faults never lose an output. SIGINT/SIGTERM during a long `simulate`, `sweep` or
/// `report` leave no partial output and no temporary file (`.NAME.tmp-PID-RAND`); an unwritable
/// folder or a full disk give exit 73 and leave the earlier output intact.
///
/// How each fault is produced, honestly:
/// - Signals are real: the test sends SIGINT or SIGTERM to the running `dfcost` once it is
///   observably at work (its streamed temporary file exists), or after a pause for `report`,
///   which streams nothing. No timing is asserted.
/// - An unwritable folder: as root (where permission bits do not stop writes) a real read-only
///   tmpfs (`mount -t tmpfs`, then `mount -o remount,ro`); not as root, a folder with mode 0555.
///   As root where mounting is not permitted (a container without CAP_SYS_ADMIN) that test is
///   skipped; a folder path under a regular file (ENOTDIR) runs everywhere.
/// - A full disk: a real 64 KiB tmpfs filled to the last block (skipped where a tmpfs cannot be
///   mounted); everywhere on Linux a real ENOSPC from /dev/full, a device dfcost writes straight
///   to (no earlier output can live there); and everywhere a simulated one: `ulimit -f` with
///   SIGXFSZ ignored, so write(2) fails with EFBIG past the limit exactly where ENOSPC would.
@Suite(.serialized) struct FaultTests {
    /// A work folder with the published table and the standard workload (which has uncertainty).
    static func workspace() throws -> TemporaryFolder {
        let work = try TemporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(at: work.url.appendingPathComponent("published"), withIntermediateDirectories: true)
        try fm.createDirectory(at: work.url.appendingPathComponent("bench"), withIntermediateDirectories: true)
        try fm.copyItem(at: CLI.root.appendingPathComponent(CLI.published),
                        to: work.url.appendingPathComponent("published/ehelseportefolje-2023-10.toml"))
        try fm.copyItem(at: CLI.root.appendingPathComponent("Scenarios/bench/standard-workload.toml"),
                        to: work.url.appendingPathComponent("bench/standard-workload.toml"))
        try fm.createDirectory(at: work.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        return work
    }

    static let earlier = Data("an earlier output, which must survive\n".utf8)

    /// Temporary files left in a folder.
    static func temporaries(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains(".tmp-") }
    }

    /// Starts `dfcost` with arguments in `folder`, without waiting.
    static func start(_ arguments: [String], in folder: URL) throws -> (Process, URL) {
        let binary = try #require(CLI.executable, "dfcost not found beside the test bundle")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errFile = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errFile)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, errFile)
    }

    /// Waits until `condition` holds or the process ends (whichever first); polls every 20 ms.
    static func wait(for process: Process, until condition: () -> Bool) {
        while process.isRunning, !condition() { usleep(20_000) }
    }

    struct SignalCase: Sendable, CustomTestStringConvertible {
        var command: String
        var signal: Int32
        var testDescription: String { "\(command) \(signal == SIGINT ? "SIGINT" : "SIGTERM")" }
    }

    static let signalCases: [SignalCase] = [
        SignalCase(command: "simulate", signal: SIGINT), SignalCase(command: "simulate", signal: SIGTERM),
        SignalCase(command: "sweep", signal: SIGINT), SignalCase(command: "sweep", signal: SIGTERM),
        SignalCase(command: "report", signal: SIGINT), SignalCase(command: "report", signal: SIGTERM),
    ]

    @Test(arguments: signalCases)
    func aSignalDuringALongRunLeavesNoPartialOutputAndNoTemporaryFile(_ c: SignalCase) throws {
        let work = try Self.workspace()
        defer { work.remove() }
        let out = work.url.appendingPathComponent("out")
        try Self.earlier.write(to: out.appendingPathComponent("result.txt"))
        try Self.earlier.write(to: out.appendingPathComponent("samples.csv"))
        let arguments: [String]
        switch c.command {
        case "simulate":
            // --samples-out streams to its temporary file from the first block: proof the run is under way.
            arguments = ["simulate", "bench/standard-workload.toml", "--trials", "200000000", "--threads", "1",
                         "--samples-out", "out/samples.csv", "-o", "out/result.txt"]
        case "sweep":
            // 100 000 x 10 000 = 10^9 combinations (the limit) on disjoint lines, streamed.
            arguments = ["sweep", "published/ehelseportefolje-2023-10.toml",
                         "--vary", "scale:solution:helsenorge=0..99.999:0.001", "--vary", "scale:solution:e-resept=0..9.999:0.001",
                         "-o", "out/result.txt"]
        default:
            arguments = ["report", "bench/standard-workload.toml", "--simulate", "--trials", "200000000", "--threads", "1",
                         "--format", "text", "-o", "out/result.txt"]
        }
        let (process, errFile) = try Self.start(arguments, in: work.url)
        if c.command == "report" {
            // report streams nothing: give it a moment to be inside the simulation (not asserted).
            usleep(1_500_000)
        } else {
            Self.wait(for: process) {
                Self.temporaries(in: out).contains { name in
                    var info = stat()
                    return stat(out.appendingPathComponent(name).path, &info) == 0 && info.st_size > 0
                }
            }
        }
        #expect(process.isRunning, "dfcost ended before the signal: \(String(decoding: (try? Data(contentsOf: errFile)) ?? Data(), as: UTF8.self))")
        kill(process.processIdentifier, c.signal)
        // A watchdog, not a timing assertion: a dfcost that ignores the signal (it did, when the
        // signal arrived blocked from the parent thread) is killed after a minute and reported.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            Issue.record("dfcost ignored the signal for a minute; killing it")
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(Self.temporaries(in: out).isEmpty, "\(Self.temporaries(in: out))")
        #expect(try Data(contentsOf: out.appendingPathComponent("result.txt")) == Self.earlier)
        #expect(try Data(contentsOf: out.appendingPathComponent("samples.csv")) == Self.earlier)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["result.txt", "samples.csv"])
    }

    // MARK: - Unwritable folder and full disk

    static let isRoot = geteuid() == 0

    /// Runs /bin/mount (or umount) with arguments; true on success.
    @discardableResult
    static func mount(_ arguments: [String], tool: String = "mount") -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/\(tool)")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Mounts a tmpfs of `size` on `folder` when running as root and mounting is permitted.
    static func tmpfs(_ folder: URL, size: String) -> Bool {
        #if os(Linux)
        return isRoot && mount(["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path])
        #else
        return false
        #endif
    }

    /// Whether a tmpfs can be mounted here (root on Linux, with permission to mount): tried once
    /// on a folder of its own, then unmounted.
    static let canMountTmpfs: Bool = {
        guard let probe = try? TemporaryFolder() else { return false }
        defer { probe.remove() }
        guard tmpfs(probe.url, size: "4k") else { return false }
        mount([probe.url.path], tool: "umount")
        return true
    }()

    /// A folder dfcost cannot write in, holding an earlier output: one with mode 0555 binds a user
    /// other than root; root needs a read-only file system, here a tmpfs.
    static var canMakeAnUnwritableFolder: Bool { !isRoot || canMountTmpfs }

    @Test(.enabled(if: FaultTests.canMakeAnUnwritableFolder,
                   "root (whom mode 0555 does not stop) where a tmpfs cannot be mounted: no unwritable folder to test"))
    func anUnwritableFolderGivesExit73AndKeepsTheEarlierOutput() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        let out = work.url.appendingPathComponent("out")
        let target = "out/totals.txt"
        var mounted = false
        if Self.isRoot {
            // Real: a read-only tmpfs holding the earlier output.
            try #require(Self.tmpfs(out, size: "64k"))
            mounted = true
            try Self.earlier.write(to: out.appendingPathComponent("totals.txt"))
            try #require(Self.mount(["-o", "remount,ro", out.path]))
        } else {
            // Real: permission bits (they bind a non-root user).
            try Self.earlier.write(to: out.appendingPathComponent("totals.txt"))
            #expect(chmod(out.path, 0o555) == 0)
        }
        defer {
            if mounted { Self.mount([out.path], tool: "umount") }
            _ = chmod(out.path, 0o755)
        }
        let result = try CLI.run(["totals", "published/ehelseportefolje-2023-10.toml", "-o", target], in: work.url)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("Feil: \(target): kan ikke lage resultatfilen: "), "\(result.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("totals.txt")) == Self.earlier)
        #expect(Self.temporaries(in: out).isEmpty)
    }

    @Test func anOutputFolderThatIsARegularFileGivesExit73() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        try work.write("not-a-folder", "x")
        let result = try CLI.run(["totals", "published/ehelseportefolje-2023-10.toml", "-o", "not-a-folder/totals.txt"], in: work.url)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr == "Feil: not-a-folder/totals.txt: kan ikke lage resultatfilen: en del av stien er en fil, ikke en mappe\n")
        #expect(try String(contentsOf: work.url.appendingPathComponent("not-a-folder"), encoding: .utf8) == "x")
    }

    @Test(.enabled(if: FaultTests.canMountTmpfs, "needs root and permission to mount a tmpfs (a container without CAP_SYS_ADMIN has neither)"))
    func aFullDiskGivesExit73AndKeepsTheEarlierOutput() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        let out = work.url.appendingPathComponent("out")
        try #require(Self.tmpfs(out, size: "64k"))
        defer { Self.mount([out.path], tool: "umount") }
        try Self.earlier.write(to: out.appendingPathComponent("sweep.csv"))
        // Fill every block that is left.
        let filler = out.appendingPathComponent("filler")
        _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
        let fd = open(filler.path, O_WRONLY)
        let block = [UInt8](repeating: 0x41, count: 4096)
        while write(fd, block, block.count) > 0 {}
        close(fd)
        let result = try CLI.run(["sweep", "published/ehelseportefolje-2023-10.toml", "--vary", "scale:all=0..1:0.01",
                                  "-o", "out/sweep.csv"], in: work.url)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr == "Feil: out/sweep.csv: kan ikke skrive resultatet: disken er full\n")
        #expect(try Data(contentsOf: out.appendingPathComponent("sweep.csv")) == Self.earlier)
        #expect(Self.temporaries(in: out).isEmpty)
    }

    /// /dev/full: every write fails with ENOSPC. A device is written straight to (OutputWriter), so
    /// this is the real error on the real path of `-o DEVICE` and of standard output.
    static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

    @Test(.enabled(if: FaultTests.hasDevFull, "no /dev/full (Linux has one)"),
          arguments: ["totals", "sweep", "simulate", "standard output"])
    func aDeviceWithNoSpaceLeftGivesExit73(_ command: String) throws {
        let work = try Self.workspace()
        defer { work.remove() }
        let binary = try #require(CLI.executable).path
        let arguments = switch command {
        case "totals": "totals published/ehelseportefolje-2023-10.toml --format json -o /dev/full"
        case "sweep": "sweep published/ehelseportefolje-2023-10.toml --vary scale:all=0..1:0.01 -o /dev/full"
        case "simulate": "simulate published/ehelseportefolje-2023-10.toml --trials 20000 --samples-out /dev/full"
        default: "totals published/ehelseportefolje-2023-10.toml > /dev/full"
        }
        let result = try Self.shell("exec '\(binary)' \(arguments)", in: work.url)
        let target = command == "standard output" ? "standard ut" : "/dev/full"
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr == "Feil: \(target): kan ikke skrive resultatet: disken er full\n")
    }

    @Test(arguments: ["totals", "sweep", "simulate"])
    func aSimulatedFullDiskGivesExit73AndKeepsTheEarlierOutput(_ command: String) throws {
        // Simulated: `ulimit -f 1` caps the size of any file this dfcost writes at one block;
        // SIGXFSZ is ignored (an ignored signal stays ignored across exec), so write(2) fails with
        // EFBIG ("File too large") at the cap, where a full disk gives ENOSPC: the same error path.
        let work = try Self.workspace()
        defer { work.remove() }
        let out = work.url.appendingPathComponent("out")
        try Self.earlier.write(to: out.appendingPathComponent("result.txt"))
        let binary = try #require(CLI.executable).path
        let arguments = switch command {
        case "totals": "totals published/ehelseportefolje-2023-10.toml --format json -o out/result.txt"
        case "sweep": "sweep published/ehelseportefolje-2023-10.toml --vary scale:all=0..1:0.01 -o out/result.txt"
        // The per-trial export fails inside the simulation's sink: still 73, not a data error.
        default: "simulate published/ehelseportefolje-2023-10.toml --trials 20000 --samples-out out/result.txt"
        }
        let result = try Self.shell("trap '' XFSZ; ulimit -f 1; exec '\(binary)' \(arguments)", in: work.url)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr == "Feil: out/result.txt: kan ikke skrive resultatet: File too large\n")
        #expect(try Data(contentsOf: out.appendingPathComponent("result.txt")) == Self.earlier)
        #expect(Self.temporaries(in: out).isEmpty)
    }

    /// Runs a /bin/sh command line in `folder`; returns its exit status and standard error.
    static func shell(_ line: String, in folder: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = folder
        let errFile = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let handle = try FileHandle(forWritingTo: errFile)
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: errFile), as: UTF8.self))
    }

    @Test func anOutputOverAnyFileOfTheExtendsChainIsRefusedAndTheFileIsUntouched() throws {
        let work = try Self.workspace()
        defer { work.remove() }
        let base = work.url.appendingPathComponent("published/ehelseportefolje-2023-10.toml")
        let before = try Data(contentsOf: base)
        for command in [["totals"], ["compare", "published/ehelseportefolje-2023-10.toml"]] {
            let result = try CLI.run(command + ["bench/standard-workload.toml", "-o", "published/ehelseportefolje-2023-10.toml"], in: work.url)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr == "Feil: published/ehelseportefolje-2023-10.toml: skriver ikke resultatet over en inndatafil\n")
        }
        #expect(try Data(contentsOf: base) == before)
        #expect(Self.temporaries(in: work.url.appendingPathComponent("published")).isEmpty)
    }
}
