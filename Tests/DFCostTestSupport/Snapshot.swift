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

    /// The folder of the golden files a test file owns: `Goldens/<file's name without .swift>`
    /// beside it, e.g. Tests/DFCostRenderTests/Goldens/RendererGoldenTests/ for
    /// Tests/DFCostRenderTests/RendererGoldenTests.swift. In the source tree (not a resource
    /// bundle), so that DFCOST_RECORD=1 rewrites what is committed; a test target with goldens
    /// lists `exclude: ["Goldens"]` in Package.swift.
    public static func goldens(of filePath: String = #filePath) -> URL {
        let file = URL(fileURLWithPath: filePath)
        return file.deletingLastPathComponent().appendingPathComponent("Goldens")
            .appendingPathComponent(file.deletingPathExtension().lastPathComponent)
    }

    /// Compares `bytes` with the golden file at `file`, or writes them there when recording.
    ///
    /// Records an issue when the file is missing, when it differs (naming the first differing
    /// line), and always when recording.
    /// - Parameter recording: whether to write instead of compare; ``recording`` unless told.
    /// - Parameter relativeTolerance: when given, numbers in the text may differ by this much
    ///   (relative) and everything else must be equal; for figures that depend on the BLAS
    ///   provider's rounding (see ``equalWithin(_:_:relativeTolerance:)``).
    public static func assertMatches(
        _ bytes: Data, file: URL, recording: Bool = Snapshot.recording, relativeTolerance: Double? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
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
        if let relativeTolerance,
           equalWithin(String(decoding: bytes, as: UTF8.self), String(decoding: expected, as: UTF8.self),
                       relativeTolerance: relativeTolerance) { return }
        Issue.record("\(name) differs from its golden file (\(difference(bytes, expected))); DFCOST_RECORD=1 rewrites it",
                     sourceLocation: sourceLocation)
    }

    /// Compares `text` (as UTF-8) with the golden file at `file`, or writes it when recording.
    public static func assertMatches(
        _ text: String, file: URL, recording: Bool = Snapshot.recording, relativeTolerance: Double? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try assertMatches(Data(text.utf8), file: file, recording: recording, relativeTolerance: relativeTolerance,
                          sourceLocation: sourceLocation)
    }

    /// Whether two texts are equal but for numbers that differ by at most `relativeTolerance`
    /// of the larger: the texts are split into runs of digits (with `.`, `-`, `e`) and the
    /// rest; the rest must be identical and in the same places.
    ///
    /// Why: the simulation's figures depend on the Cholesky factor of the correlation matrix,
    /// which the reference BLAS and OpenBLAS round differently in the last bit (both are
    /// supported; Benchmarks/check-blas-providers.sh compares them), so a mean may end in 5
    /// under one and 6 under the other. Same provider, same bytes still holds and is tested.
    public static func equalWithin(_ a: String, _ b: String, relativeTolerance: Double) -> Bool {
        let x = tokens(a), y = tokens(b)
        guard x.count == y.count else { return false }
        for (s, t) in zip(x, y) where s != t {
            guard let u = Double(s), let v = Double(t) else { return false }
            if abs(u - v) > relativeTolerance * max(abs(u), abs(v)) { return false }
        }
        return true
    }

    private static func tokens(_ text: String) -> [String] {
        var out: [String] = [], current = "", numeric = false
        for c in text {
            let isNumeric = c.isNumber || ((c == "." || c == "e" || c == "-" || c == "+") && numeric)
            if isNumeric != numeric, !current.isEmpty { out.append(current); current = "" }
            numeric = isNumeric
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
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
