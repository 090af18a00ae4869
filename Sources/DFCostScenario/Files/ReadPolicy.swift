import Foundation

/// Which files ``ScenarioLoader`` may read: any (the command line), or only those inside one
/// folder (a server over a folder of scenario files).
///
/// Inside a folder, paths are relative to it, as a user of the folder names them, and a file is
/// read only when its real path (every symbolic link resolved) is inside the folder's real path:
/// an absolute path, `..` out of the folder, or a link that leaves it is refused, also when an
/// `extends` chain names it. The check is on the file actually opened, not on the text of the path.
public struct ReadPolicy: Sendable, Hashable {
    /// The folder relative paths are in and reads are confined to; nil for no confinement.
    public let folder: String?
    /// The folder's real path, with a trailing slash.
    let realFolder: String?

    /// Any file, paths relative to the current directory.
    public static let anywhere = ReadPolicy(folder: nil)

    /// Only files inside `folder` (a path as given; relative to the current directory).
    public static func inside(_ folder: String) -> ReadPolicy { ReadPolicy(folder: folder) }

    private init(folder: String?) {
        self.folder = folder
        realFolder = folder.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
            .map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// Where the file named `path` is on disk, or nil when the policy refuses the name itself
    /// (an absolute path, a NUL or a backslash inside a folder).
    func place(of path: String) -> String? {
        guard let folder else { return path }
        guard !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return nil }
        return "\(folder)/\(path)"
    }

    /// Whether a file whose real path is `canonical` may be read.
    func allows(canonical: String) -> Bool {
        guard let realFolder else { return true }
        return canonical.hasPrefix(realFolder)
    }
}

extension ScenarioError {
    /// The same error with the file `path` named `shown` (a read error names the file as the user wrote it).
    func naming(_ path: String, as shown: String) -> ScenarioError {
        switch self {
        case .fileNotFound(let p) where p == path: .fileNotFound(shown)
        case .notAFile(let p) where p == path: .notAFile(shown)
        case .unreadable(let p, let reason) where p == path: .unreadable(shown, reason: reason)
        case .fileTooLarge(let p, let bytes) where p == path: .fileTooLarge(shown, bytes: bytes)
        default: self
        }
    }
}
