import Foundation
import Testing

/// Golden files: output compared byte for byte with a file committed in the source tree.
///
/// With `DFCOST_RECORD=1` in the environment, ``assertMatches(_:file:recording:sourceLocation:)``
/// writes the new file and still records an issue, so a recording run never passes: read the
/// diff, commit, and run the tests again without it (as swift-argument-parser's snapshot helper does).
public enum Snapshot {
    /// True when the environment asks to record golden files (`DFCOST_RECORD=1`).
    public static var recording: Bool { ProcessInfo.processInfo.environment["DFCOST_RECORD"] == "1" }

    /// Compares `bytes` with the golden file at `file`, or writes them there when recording.
    ///
    /// Records an issue when the file is missing, when it differs (naming the first differing
    /// line), and always when recording.
    /// - Parameter recording: whether to write instead of compare; ``recording`` unless told.
    public static func assertMatches(
        _ bytes: Data, file: URL, recording: Bool = Snapshot.recording, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let name = file.lastPathComponent
        if recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file)
            Issue.record("recorded \(name) (DFCOST_RECORD=1); read the diff, then run the tests again without it",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? Data(contentsOf: file) else {
            Issue.record("missing golden file \(name); run with DFCOST_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        guard bytes != expected else { return }
        Issue.record("\(name) differs from its golden file (\(difference(bytes, expected))); DFCOST_RECORD=1 rewrites it",
                     sourceLocation: sourceLocation)
    }

    /// Compares `text` (as UTF-8) with the golden file at `file`, or writes it when recording.
    public static func assertMatches(
        _ text: String, file: URL, recording: Bool = Snapshot.recording, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try assertMatches(Data(text.utf8), file: file, recording: recording, sourceLocation: sourceLocation)
    }

    /// Where two documents first differ: "line N: got 'a', golden 'b'", or their lengths in lines.
    public static func difference(_ got: Data, _ golden: Data) -> String {
        let a = String(decoding: got, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if let first = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            return "line \(first.offset + 1): got '\(first.element.0)', golden '\(first.element.1)'"
        }
        return "lengths differ: \(a.count) lines, golden \(b.count)"
    }
}
