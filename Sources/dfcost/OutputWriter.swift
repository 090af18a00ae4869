import Foundation

/// Writes command output: to standard output, or atomically to a file.
///
/// A file is written to a temporary file in the same folder, flushed to disk, then renamed over
/// the destination, so an existing output is replaced only on success and a reader never sees a
/// half-written file. An output path that names one of the inputs is refused: inputs are never written.
struct OutputWriter {
    /// The destination; nil or "-" means standard output.
    var path: String?
    /// The files the command read.
    var inputs: [String]

    func write(_ text: String) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try Self.refuseInput(path, inputs: inputs)
        try Self.writeAtomically(Data(text.utf8), to: path)
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func refuseInput(_ path: String, inputs: [String]) throws {
        let target = canonical(path)
        if inputs.contains(where: { canonical($0) == target }) {
            throw CLIFailure.usage("\(path): refusing to write output over an input file")
        }
    }

    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        TemporaryFiles.shared.register(temporary)
        defer { TemporaryFiles.shared.unregister(temporary) }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            throw CLIFailure.cannotCreate("\(path): cannot create output: \(String(cString: strerror(errno)))")
        }
        var failure: String?
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw CLIFailure.cannotCreate("\(path): cannot write output: \(failure)")
        }
    }
}

/// Temporary files in flight, removed if the process is interrupted (SIGINT, SIGTERM).
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    func register(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func unregister(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Removes every registered file; called from the signal path.
    func removeAll() {
        lock.withLock {
            for p in paths { unlink(p) }
            paths.removeAll()
        }
    }
}
