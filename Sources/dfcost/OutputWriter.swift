import DFCostNotation
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

    /// Refuses, before any work, an output that could not be written: over an input, a folder, in a
    /// folder that does not exist or cannot be written. It creates the temporary file the write would
    /// create, with the same error, and removes it at once; a device or FIFO (`-o /dev/null`, a pipe)
    /// is left to the write (opening a FIFO would wait for its reader).
    static func preflight(_ paths: String?..., inputs: [String]) throws {
        for case let path? in paths where path != "-" {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR { continue }
            try OutputFile(path: path, inputs: inputs).abandon()
        }
    }

    func write(_ text: String) throws {
        try write(bytes: Array(text.utf8))
    }

    /// Writes bytes (a workbook) the same way.
    func write(bytes: [UInt8]) throws {
        let stream = try OutputFile(path: path, inputs: inputs)
        try stream.write(bytes)
        try stream.commit()
    }
}

/// An output written in chunks: straight to standard output, or to a temporary file that
/// ``commit()`` renames into place and ``abandon()`` removes.
final class OutputFile {
    private let path: String?
    /// Where the temporary file is renamed to: the path, or the file a symbolic link points to.
    private var destination: String?
    private let temporary: String?
    private var fd: Int32

    init(path: String?, inputs: [String]) throws {
        guard let path, path != "-" else {
            self.path = nil
            temporary = nil
            fd = STDOUT_FILENO
            return
        }
        let target = Self.canonical(path)
        // Callers pass every file they read, including the bases a scenario `extends` (Scenario.files).
        if inputs.contains(where: { Self.canonical($0) == target }) {
            throw CommandLineFailure.outputOverInput(path: path)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandLineFailure.outputIsDirectory(path: path)
        }
        // A device, a FIFO or a socket (`-o /dev/null`, a pipe) is written straight to: it cannot
        // be replaced by a file, and renaming over it would destroy it.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw CommandLineFailure.cannotCreate(path: path, reason: UnwritableReason(errno: errno)) }
            self.path = path
            temporary = nil
            self.fd = fd
            return
        }
        // A symbolic link is followed: the file it points to is replaced, the link stays.
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let tmp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        TemporaryFiles.register(tmp)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            TemporaryFiles.unregister(tmp)
            throw CommandLineFailure.cannotCreate(path: path, reason: UnwritableReason(errno: errno))
        }
        self.path = path
        destination = target
        temporary = tmp
        self.fd = fd
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Writes a chunk; a failure (full disk, ...) abandons the temporary file and throws exit 73.
    func write(_ bytes: [UInt8]) throws {
        var failure: UnwritableReason?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = UnwritableReason(errno: errno)
                    return
                }
                offset += n
            }
        }
        if let failure {
            abandon()
            throw CommandLineFailure.cannotWrite(path: path, reason: failure)
        }
    }

    /// Flushes and renames the temporary file over the destination.
    func commit() throws {
        guard let temporary, let path else {
            if path != nil, fd >= 0 { close(fd); fd = -1 }  // a device or FIFO written straight to
            return
        }
        var failure: UnwritableReason?
        if fsync(fd) != 0 { failure = UnwritableReason(errno: errno) }
        if close(fd) != 0, failure == nil { failure = UnwritableReason(errno: errno) }
        fd = -1
        if failure == nil, rename(temporary, destination ?? path) != 0 { failure = UnwritableReason(errno: errno) }
        if let failure {
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
            throw CommandLineFailure.cannotWrite(path: path, reason: failure)
        }
        TemporaryFiles.unregister(temporary)
    }

    /// Removes the temporary file; the destination is untouched.
    func abandon() {
        guard let temporary else {
            if path != nil, fd >= 0 { close(fd); fd = -1 }
            return
        }
        if fd >= 0 { close(fd); fd = -1 }
        unlink(temporary)
        TemporaryFiles.unregister(temporary)
    }
}
