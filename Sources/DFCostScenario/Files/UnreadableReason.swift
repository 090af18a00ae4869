import Foundation

/// Why a file or folder named as input cannot be read: each reason a case, so that it is worded
/// in the user's language (`ErrorWords+Scenario.swift`); the operating system's own words are
/// kept only for a failure of no known kind.
public enum UnreadableReason: Sendable, Hashable, CustomStringConvertible {
    /// The file may not be read by this user.
    case permissionDenied
    /// A symbolic link to a file that does not exist.
    case danglingLink(target: String)
    /// A folder whose entries cannot be listed.
    case folderNotListed
    /// A folder with no `*.toml` file in it.
    case noScenarioFiles
    /// The system could not read the data (an I/O error on the device).
    case inputOutput
    /// Another failure, in the operating system's words.
    case system(String)

    public var description: String {
        switch self {
        case .permissionDenied: "permission denied"
        case .danglingLink(let target): "symbolic link to '\(target)', which does not exist"
        case .folderNotListed: "cannot list the folder"
        case .noScenarioFiles: "the folder holds no scenario files (*.toml)"
        case .inputOutput: "input/output error"
        case .system(let text): text
        }
    }

    /// The reason of a failed read: a known POSIX error as its case, otherwise the system's
    /// words ("Input/output error") rather than Foundation's "The operation could not be
    /// completed. (NSCocoaErrorDomain error 256.)".
    public init(_ error: any Error) {
        var nsError = error as NSError
        while nsError.domain != NSPOSIXErrorDomain, let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            nsError = underlying
        }
        guard nsError.domain == NSPOSIXErrorDomain else {
            self = .system(error.localizedDescription)
            return
        }
        switch Int32(nsError.code) {
        case EACCES, EPERM: self = .permissionDenied
        case EIO: self = .inputOutput
        default: self = .system(String(cString: strerror(Int32(nsError.code))))
        }
    }
}
