import DFCostTestSupport
import Foundation
import Testing

/// `-o` onto what is not a plain file: a device or a FIFO is written to, never replaced by a file
/// (`-o /dev/null` as root must not replace the device); a symbolic link is
/// followed, so the file it points to is replaced and the link stays.
@Suite struct OutputTargetTests {
    @Test func aFIFOIsWrittenToAndStaysAFIFO() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let fifo = work.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let out = Pipe()
        reader.standardOutput = out
        try reader.run()
        let result = try CLI.run(["totals", CLI.published, "--format", "csv", "-o", fifo])
        let data = out.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: data, as: UTF8.self).contains("line;pll-sfm;"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func aSymbolicLinkIsFollowedAndStaysALink() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let target = work.url.appendingPathComponent("target.csv").path, link = work.url.appendingPathComponent("link.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try CLI.run(["totals", CLI.published, "--format", "csv", "-o", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("line;pll-sfm;"))
    }

    /// An output that cannot be written is refused before any work: no receipt, no warning, no
    /// progress, no figures on standard output; one line and exit 73 (64 over an input).
    @Test(arguments: [
        ["totals", PackageRoot.published, "-o", "missing/x.txt"],
        ["explain", PackageRoot.published, "--year", "2025", "-o", "missing/x.txt"],
        ["compare", PackageRoot.published, "Scenarios/fm-delayed-1y.toml", "-o", "missing/x.txt"],
        ["compare", PackageRoot.published, "Scenarios/fm-delayed-1y.toml", "--fail-on-change", "--junit", "missing/j.xml"],
        ["report", PackageRoot.published, "-o", "missing/x.html"],
        ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "1000", "-o", "missing/x.txt"],
        ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "1000", "--samples-out", "missing/s.csv"],
        ["sweep", PackageRoot.published, "--vary", "scale:all=1..1.2:0.1", "-o", "missing/x.csv"],
        ["verify", PackageRoot.published, "--junit", "missing/j.xml"],
        ["import", "Tests/DFCostCLITests/Fixtures/import/hand-typed.csv", "-o", "missing/x.toml"],
    ])
    func anOutputInAMissingFolderIsRefusedBeforeAnyWork(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        let target = try #require(arguments.last)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr == "Feil: \(target): kan ikke lage resultatfilen: mappen finnes ikke\n")
        #expect(result.stdout.isEmpty)
    }

    /// The reason an output cannot be made is worded in the chosen language: Norwegian lines
    /// carry no English system text, English lines keep the system's own words.
    @Test func aMissingOutputFolderIsSaidInTheChosenLanguage() throws {
        let nb = try CLI.run(["totals", PackageRoot.published, "-o", "/nonexistent-dir/x.csv"])
        #expect(nb.status == 73)
        #expect(nb.stderr == "Feil: /nonexistent-dir/x.csv: kan ikke lage resultatfilen: mappen finnes ikke\n")
        let en = try CLI.run(["totals", PackageRoot.published, "-o", "/nonexistent-dir/x.csv", "--locale", "en"])
        #expect(en.status == 73)
        #expect(en.stderr == "Error: /nonexistent-dir/x.csv: cannot create output: No such file or directory\n")
        let folder = try CLI.run(["totals", PackageRoot.published, "-o", "/"])
        #expect(folder.status == 73)
        #expect(folder.stderr == "Feil: /: kan ikke lage resultatfilen: er en mappe\n")
    }

    @Test func importOverItsOwnTableIsRefusedBeforeTheReceipt() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let table = work.url.appendingPathComponent("t.csv").path
        try Data("Tiltak;Del;2024;2025\nE-resept\nPLL;FM;-2;-12\nSum;;-2;-12\n".utf8).write(to: URL(fileURLWithPath: table))
        let result = try CLI.run(["import", table, "-o", table])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr == "Feil: \(table): skriver ikke resultatet over en inndatafil\n")
        #expect(try String(contentsOfFile: table, encoding: .utf8).hasPrefix("Tiltak;Del;2024;2025\n"))
    }
}
