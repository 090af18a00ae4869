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
}
