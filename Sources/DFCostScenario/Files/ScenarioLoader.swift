import DFCostModel
import DFCostTOML
import Foundation

/// Reads scenario files and their `extends` chains into a ``Scenario``.
///
/// Files are only ever read. The chain is followed from the named file to its base; a cycle or a
/// chain longer than ``ScenarioLimits/maximumExtendsDepth`` is an error that names the files.
/// Then the files are read base first, so a derived file sees what its bases declared.
public enum ScenarioLoader {
    /// Loads a scenario file and every file it extends.
    /// - Parameter path: the file, as the user wrote it; messages use the same spelling.
    /// - Throws: ``ScenarioError`` with the file, line and column of the first problem.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try load(path: path, policy: .anywhere)
    }

    /// Loads a scenario file and every file it extends, reading only what `policy` allows.
    /// - Parameter path: the file as the user wrote it (relative to the policy's folder, if any);
    ///   messages use the same spelling.
    /// - Throws: ``ScenarioError``; a file the policy does not allow is ``ScenarioError/fileNotFound(_:)``
    ///   (whether it exists is not told), and through `extends` an error at the `extends` key.
    public static func load(path: String, policy: ReadPolicy) throws(ScenarioError) -> Scenario {
        var chain: [(path: String, root: TableReader)] = []
        var seen: [String: String] = [:]  // canonical -> as written
        var current = path
        var viaExtends: SourceReference?
        while true {
            let actual = policy.place(of: current)
            let canonical = URL(fileURLWithPath: actual ?? current).standardizedFileURL.resolvingSymlinksInPath().path
            if seen[canonical] != nil {
                throw .extendsCycle(chain.map(\.path) + [current])
            }
            guard chain.count < ScenarioLimits.maximumExtendsDepth else {
                throw .extendsTooDeep(chain.map(\.path) + [current])
            }
            seen[canonical] = current
            let bytes: [UInt8]
            do throws(ScenarioError) {
                guard let actual, policy.allows(canonical: canonical) else {
                    if let viaExtends { throw ScenarioError.outsideFolder(viaExtends, current) }
                    throw ScenarioError.fileNotFound(current)
                }
                bytes = try readFile(actual, shownAs: current)
            } catch {
                if case .outsideFolder = error { throw error }
                guard let viaExtends else { throw error }
                throw .file(viaExtends, .setup(.extendsUnreadable(error)))
            }
            let root = try parse(bytes: bytes, path: current)
            chain.append((current, root))
            guard let node = root.table["extends"] else { break }
            guard case .string(let parent) = node.value, !parent.isEmpty else {
                throw root.invalid(node.location, .extendsNotAPath)
            }
            viaExtends = root.reference(node.location)
            current = resolve(parent, relativeTo: current, in: policy.folder)
        }
        var builder = ScenarioBuilder()
        for (index, file) in chain.reversed().enumerated() {
            try builder.read(file.root, isBase: index == 0)
        }
        try builder.checkContinues()
        return builder.scenario()
    }

    /// Loads one scenario file given as text, without `extends`: how `import` reads back what it
    /// is about to write, so that it never writes a file the loader refuses.
    /// - Throws: ``ScenarioError`` at the first problem, located in `path`.
    public static func load(text: String, path: String) throws(ScenarioError) -> Scenario {
        let root = try parse(bytes: Array(text.utf8), path: path)
        if let node = root.table["extends"] {
            throw root.invalid(node.location, .importedTableExtends)
        }
        var builder = ScenarioBuilder()
        try builder.read(root, isBase: true)
        try builder.checkContinues()
        return builder.scenario()
    }

    /// Parses the bytes of one file into its root table.
    static func parse(bytes: [UInt8], path: String) throws(ScenarioError) -> TableReader {
        do {
            let table = try TOMLParser.parse(bytes: bytes)
            return TableReader(table: table, file: path, location: SourceLocation(line: 1, column: 1), place: .file)
        } catch {
            throw .syntax(SourceReference(file: path, line: error.location.line, column: error.location.column), error.reason)
        }
    }

    /// A path written in `extends`, relative to the directory of the file that wrote it.
    /// `a/examples/../bench/x.toml` is written `a/bench/x.toml`, as people read a place in an
    /// error or a report, when both name the same file (no symbolic link under the `..`).
    /// - Parameter folder: the folder relative paths are in (the current directory when nil).
    static func resolve(_ target: String, relativeTo file: String, in folder: String? = nil) -> String {
        if target.hasPrefix("/") { return target }
        guard let slash = file.lastIndex(of: "/") else { return target }
        let joined = String(file[...slash]) + target
        let tidy = lexicallyNormalized(joined)
        guard tidy != joined else { return joined }
        let place = { (path: String) in URL(fileURLWithPath: folder.map { "\($0)/\(path)" } ?? path).resolvingSymlinksInPath().path }
        let same = place(tidy) == place(joined)
        return same ? tidy : joined
    }

    /// The path with `.` and `dir/..` removed, without touching the file system.
    static func lexicallyNormalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !path.hasPrefix("/") { parts.append(part) }
            default: parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + body : (body.isEmpty ? "." : body)
    }

    /// Reads a whole file, refusing directories, unreadable and oversized files.
    public static func readFile(_ path: String) throws(ScenarioError) -> [UInt8] {
        try readFile(path, shownAs: path)
    }

    /// Reads the whole file at `path`, naming it `shown` in errors.
    static func readFile(_ path: String, shownAs shown: String) throws(ScenarioError) -> [UInt8] {
        do {
            return try readWholeFile(path)
        } catch {
            guard shown != path else { throw error }
            throw error.naming(path, as: shown)
        }
    }

    private static func readWholeFile(_ path: String) throws(ScenarioError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                throw .unreadable(path, reason: .danglingLink(target: target))
            }
            throw .fileNotFound(path)
        }
        guard !isDirectory.boolValue else { throw .notAFile(path) }
        guard FileManager.default.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path, reason: .permissionDenied)
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: ScenarioLimits.maximumFileBytes + 1) ?? Data()
            guard data.count <= ScenarioLimits.maximumFileBytes else {
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
                throw ScenarioError.fileTooLarge(path, bytes: size ?? data.count)
            }
            return [UInt8](data)
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw .unreadable(path, reason: UnreadableReason(error))
        }
    }
}

extension ScenarioBuilder {
    /// The scenario the chain describes.
    func scenario() -> Scenario {
        let table = CostTable(
            metadata: metadata ?? TableMetadata(title: name), solutions: solutions, conditions: conditions,
            years: baseYears, summedYears: summedYears, lines: lines, published: published)
        return Scenario(
            base: table, operations: operations, conditionStates: states, uncertainConditions: uncertain,
            precision: precision, name: name, description: description, files: files, uncertainty: uncertainty,
            payerKeys: payerKeys, baseline: baseline)
    }
}
