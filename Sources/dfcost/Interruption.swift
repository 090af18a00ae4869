import Foundation
import Synchronization

/// SIGINT and SIGTERM handling that never leaves a partial output behind.
///
/// Long runs (sweep, simulate) poll ``requested`` between chunks, abandon their temporary file and
/// exit 130. Anywhere else, the handler itself unlinks the temporary files in flight (with
/// `unlink`, which is async-signal-safe, on C strings prepared in advance) and exits at once.
enum Interruption {
    private static let flag = Atomic<Bool>(false)
    private static let cooperative = Atomic<Int>(0)

    /// True once SIGINT or SIGTERM arrived.
    static var requested: Bool { flag.load(ordering: .relaxed) }

    /// Installs the handlers; call once at start.
    static func install() {
        let handler: @convention(c) (Int32) -> Void = { _ in
            Interruption.flag.store(true, ordering: .relaxed)
            if Interruption.cooperative.load(ordering: .relaxed) == 0 {
                TemporaryFiles.unlinkAllFromSignalHandler()
                _exit(130)
            }
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        // A process inherits its parent thread's signal mask: started from a Dispatch thread (as
        // Foundation.Process does from any queue), SIGINT and SIGTERM arrive blocked and would
        // never be delivered. Unblock them here, before any thread is created.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Runs `body` while the caller polls ``requested`` itself.
    static func cooperating<T>(_ body: () throws -> T) rethrows -> T {
        cooperative.add(1, ordering: .relaxed)
        defer { cooperative.subtract(1, ordering: .relaxed) }
        return try body()
    }
}

/// Temporary output files in flight, kept as C strings so a signal handler can unlink them.
enum TemporaryFiles {
    private static let capacity = 16
    // Guarded by `lock` for writers; the signal handler only reads pointers it then unlinks.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    private static let lock = Mutex<Void>(())

    static func register(_ path: String) {
        lock.withLock { _ in
            for i in 0..<capacity where slots[i] == nil {
                slots[i] = strdup(path)
                return
            }
        }
    }

    static func unregister(_ path: String) {
        lock.withLock { _ in
            for i in 0..<capacity {
                if let s = slots[i], String(cString: s) == path {
                    slots[i] = nil
                    free(s)
                }
            }
        }
    }

    /// Called only from the signal handler: no locks, no allocation.
    static func unlinkAllFromSignalHandler() {
        for i in 0..<capacity {
            if let s = slots[i] { unlink(s) }
        }
    }
}
