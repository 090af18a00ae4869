import Foundation

/// A long computation (sweep, simulate, report --simulate) run so that Ctrl-C stops it cleanly:
/// it polls ``Interruption/requested``, a terminal shows a progress bar, and on any failure
/// `abandon` removes what it had begun to write.
enum LongRun {
    /// Runs `body` with its progress callback (nil when `label` is nil: no bar) and its cancellation check.
    static func run<T>(
        label: String?, abandon: () -> Void = {},
        _ body: (_ progress: (@Sendable (Double) -> Void)?, _ isCancelled: @escaping @Sendable () -> Bool) throws -> T
    ) throws -> T {
        defer { ProgressBar.shared.finish() }
        var progress: (@Sendable (Double) -> Void)?
        if let label { progress = { fraction in ProgressBar.shared.update(fraction, label: label) } }
        do {
            return try Interruption.cooperating { try body(progress, { Interruption.requested }) }
        } catch {
            abandon()
            throw error
        }
    }
}
