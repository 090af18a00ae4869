import Foundation

/// Why an output cannot be created or written: each known system error a case, so that it is
/// worded in the user's language (`ErrorWords+Unwritable.swift`); the operating system's own
/// words are kept only for a failure of no known kind.
public enum UnwritableReason: Sendable, Hashable, CustomStringConvertible {
    /// The folder or file may not be written by this user.
    case permissionDenied
    /// The folder the output goes in does not exist.
    case noSuchFolder
    /// A part of the path that should be a folder is a file.
    case notAFolder
    /// The path names a folder.
    case isAFolder
    /// The disk (or the user's quota) is full.
    case diskFull
    /// The file system is mounted read-only.
    case readOnlyFileSystem
    /// The reader of a pipe has gone.
    case brokenPipe
    /// The system could not write the data (an I/O error on the device).
    case inputOutput
    /// Another failure, in the operating system's words.
    case system(String)

    /// The system's own (English) words for the reason, as `strerror` gives them.
    public var description: String {
        switch self {
        case .permissionDenied: "Permission denied"
        case .noSuchFolder: "No such file or directory"
        case .notAFolder: "Not a directory"
        case .isAFolder: "Is a directory"
        case .diskFull: "No space left on device"
        case .readOnlyFileSystem: "Read-only file system"
        case .brokenPipe: "Broken pipe"
        case .inputOutput: "Input/output error"
        case .system(let text): text
        }
    }

    /// The reason for a failed system call's `errno`: a known error as its case, otherwise the
    /// system's words.
    public init(errno code: Int32) {
        switch code {
        case EACCES: self = .permissionDenied
        case ENOENT: self = .noSuchFolder
        case ENOTDIR: self = .notAFolder
        case EISDIR: self = .isAFolder
        case ENOSPC: self = .diskFull
        case EROFS: self = .readOnlyFileSystem
        case EPIPE: self = .brokenPipe
        case EIO: self = .inputOutput
        default: self = .system(String(cString: strerror(code)))
        }
    }
}
