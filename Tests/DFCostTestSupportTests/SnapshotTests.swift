import DFCostTestSupport
import Foundation
import Testing

/// The golden-file helper every test target shares.
@Suite struct SnapshotTests {
    @Test func recordingWritesTheFileAndStillFailsTheTest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("nested/new.txt")
        withKnownIssue("recording is never a pass") {
            try Snapshot.assertMatches("fresh\n", file: file, recording: true)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "fresh\n")
    }

    @Test func aDifferenceFailsAndNamesTheFirstDifferingLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = URL(fileURLWithPath: try folder.write("golden.txt", "a\nb\nc\n"))
        try withKnownIssue {
            try Snapshot.assertMatches("a\nB\nc\n", file: file, recording: false)
        } matching: { issue in
            issue.description.contains("line 2: got 'B', golden 'b'")
        }
        // The golden file is left as it was.
        #expect(try String(contentsOf: file, encoding: .utf8) == "a\nb\nc\n")
    }

    @Test func aMissingGoldenFileFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        withKnownIssue {
            try Snapshot.assertMatches("x", file: folder.url.appendingPathComponent("absent.txt"), recording: false)
        }
    }

    @Test func equalBytesPass() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = URL(fileURLWithPath: try folder.write("same.txt", "same\n"))
        try Snapshot.assertMatches("same\n", file: file, recording: false)
    }

    @Test func aTestFilesGoldensAreInAFolderNamedAfterItBesideIt() {
        let folder = Snapshot.goldens(of: "/src/Tests/SomeTests/RendererGoldenTests.swift")
        #expect(folder.path == "/src/Tests/SomeTests/Goldens/RendererGoldenTests")
        #expect(Snapshot.goldens().path.hasSuffix("Tests/DFCostTestSupportTests/Goldens/SnapshotTests"))
    }

    @Test func aTemporaryFolderIsRemovedWithWhatItHolds() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "1")
        #expect(try folder.contents() == ["a.txt"])
        folder.remove()
        #expect(!FileManager.default.fileExists(atPath: folder.url.path))
    }
}

@Suite struct SnapshotToleranceTests {
    @Test func numbersMayDifferInTheLastDigitsOnlyWithinTheTolerance() {
        let golden = "\"mean\": 99.20368350557126,\n\"sd\": -5.2e-3, 2024\n"
        #expect(Snapshot.equalWithin("\"mean\": 99.20368350557125,\n\"sd\": -5.2e-3, 2024\n", golden, relativeTolerance: 1e-12))
        #expect(!Snapshot.equalWithin("\"mean\": 99.20368350557,\n\"sd\": -5.2e-3, 2024\n", golden, relativeTolerance: 1e-14))
        #expect(!Snapshot.equalWithin("\"mean\": 99.2036835,\n\"sd\": -5.2e-3, 2024\n", golden, relativeTolerance: 1e-12))
        #expect(!Snapshot.equalWithin("\"mean\": 99.20368350557126,\n\"sd\": -5.2e-3, 2025\n", golden, relativeTolerance: 1e-12))
        #expect(!Snapshot.equalWithin("\"median\": 99.20368350557126,\n\"sd\": -5.2e-3, 2024\n", golden, relativeTolerance: 1e-12))
        #expect(!Snapshot.equalWithin("\"mean\": 99.20368350557126,\n\"sd\": -5.2e-3, 2024, 1\n", golden, relativeTolerance: 1e-12))
    }
}
