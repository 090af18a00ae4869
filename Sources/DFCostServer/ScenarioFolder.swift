import DFCostScenario
import Foundation

/// The folder of scenario files a server shows: which files there are, and each read anew from
/// disk on every request (a file changed on disk is shown changed at once; nothing is cached),
/// never outside the folder (``ReadPolicy``).
public struct ScenarioFolder: Sendable {
    /// One scenario file: its path relative to the folder and its title.
    public struct Entry: Sendable, Hashable, Codable {
        public var path: String
        public var title: String
    }

    /// The folder as given.
    public let folder: String
    let policy: ReadPolicy

    public init(folder: String) {
        self.folder = folder
        policy = .inside(folder)
    }

    /// Every `.toml` file under the folder (symbolic links that leave it are left out), sorted by path.
    public func paths() -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var found: [String] = []
        for case let url as URL in walker where url.pathExtension == "toml" {
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(rootPath + "/") || url.path.hasPrefix(root.path + "/") else { continue }
            let relative = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : String(full.dropFirst(rootPath.count + 1))
            if let _ = try? guardedPath(relative) { found.append(relative) }
        }
        return found.sorted()
    }

    /// The files with their titles (each file read; a file that does not load is listed by its path).
    public func entries() -> [Entry] {
        paths().map { path in
            let title = (try? load(path))?.base.metadata.title
            return Entry(path: path, title: title ?? path)
        }
    }

    /// The file shown first: the first under `published/` if there is one, else the first.
    public func defaultPath() -> String? {
        let all = paths()
        return all.first { $0.hasPrefix("published/") } ?? all.first
    }

    /// Loads the scenario at `path` (relative to the folder) and its `extends` chain, inside the folder only.
    /// - Throws: ``ScenarioError``; ``ServerProblem/notFound`` for a path that cannot name a file inside the folder.
    public func load(_ path: String) throws -> Scenario {
        try ScenarioLoader.load(path: try guardedPath(path), policy: policy)
    }

    /// The path if it can name a scenario file inside the folder: relative, no `..` or `.`
    /// segment, no backslash, NUL or control character, ending in `.toml`, and (symbolic links
    /// resolved) inside the folder.
    /// - Throws: ``ServerProblem/notFound`` otherwise (the same answer whether or not the file exists).
    public func guardedPath(_ path: String) throws -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), path.hasSuffix(".toml"), path.utf8.count <= 1024,
              !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F }),
              !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
        else { throw ServerProblem.notFound(path) }
        let real = URL(fileURLWithPath: "\(folder)/\(path)").standardizedFileURL.resolvingSymlinksInPath().path
        let realRoot = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot + "/") else { throw ServerProblem.notFound(path) }
        return path
    }
}
