import Foundation
import Synchronization

/// A progress bar on standard error, shown only when standard error is a terminal.
final class ProgressBar: Sendable {
    static let shared = ProgressBar()
    private let enabled = isatty(STDERR_FILENO) == 1
    private let last = Mutex<Int>(-1)

    /// Shows `fraction` done (redrawn at most once per percent).
    func update(_ fraction: Double, label: String) {
        guard enabled else { return }
        let percent = Int((fraction * 100).rounded(.down))
        let redraw = last.withLock { value -> Bool in
            guard value != percent else { return false }
            value = percent
            return true
        }
        guard redraw else { return }
        let width = 30
        let filled = min(width, max(0, Int(fraction * Double(width))))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)%".utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, last.withLock({ $0 }) >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
