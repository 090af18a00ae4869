import DFCostModel
import DFCostScenario
import Foundation

/// Everything `verify` (or a notebook, or a server) asks: scenario files and folders of them,
/// each checked against published sums.
///
/// A folder stands for every `*.toml` file in it (not in its subfolders), in name order. Each file
/// is checked on its own (``check(_:)``): a file that cannot be read does not stop the others.
///
/// Which published sums a file is checked against: the `[published_sums]` it writes itself; or,
/// when it writes none, those it inherits through `extends`, but only when it leaves every cell as
/// the file it extends has it (in the years both show). A derived file that changes a cell is not
/// checked against sums that were published for other cells (``FileVerification/Outcome/inheritedSums(from:)``).
public struct VerifyRequest: Sendable {
    /// The files and folders, as the user named them; every path in the result is spelled the same way.
    public var arguments: [String]

    public init(_ arguments: [String]) { self.arguments = arguments }

    /// The files named, each folder replaced by the `*.toml` files in it, in name order.
    /// - Throws: ``ScenarioError/unreadable(_:reason:)`` for a folder that cannot be listed or holds no scenario file.
    public func files() throws(ScenarioError) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                paths.append(argument)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: argument)
            } catch {
                throw .unreadable(argument, reason: .folderNotListed)
            }
            let folder = argument.hasSuffix("/") ? argument : argument + "/"
            let found = names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted().map { folder + $0 }
                .filter { path in
                    var isDirectory: ObjCBool = false
                    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                }
            guard !found.isEmpty else {
                throw .unreadable(argument, reason: .noScenarioFiles)
            }
            paths += found
        }
        return paths
    }

    /// Checks one file.
    /// - Throws: ``VerifyError/noPublishedSums(_:)`` for a file without published sums; ``ScenarioError``
    ///   and ``ArithmeticError`` from the engine, unchanged.
    public func check(_ file: String) throws -> FileVerification {
        let scenario = try ScenarioLoader.load(path: file)
        let applied = try scenario.apply()
        guard let published = applied.table.published else { throw VerifyError.noPublishedSums(file) }
        if scenario.files.count > 1, let parent = scenario.files.dropLast().last, !Self.writes(published, file: file) {
            let parentApplied = try ScenarioLoader.load(path: parent).apply()
            if Self.changesCells(applied.table, from: parentApplied.table) {
                return FileVerification(file: file, inputs: scenario.files, outcome: .inheritedSums(from: parent))
            }
        }
        guard let verification = try Verification(table: applied.table, totals: try applied.totals()) else {
            throw VerifyError.noPublishedSums(file)
        }
        return FileVerification(file: file, inputs: scenario.files, outcome: .verified(
            verification, sums: published.valueOrigins, header: published.origin))
    }

    /// True when `published` is written in `file` itself.
    static func writes(_ published: PublishedSums, file: String) -> Bool {
        guard let origin = published.origin?.file else { return false }
        return canonical(origin) == canonical(file)
    }

    /// True when a line is in one table only, or has other cells in a year both tables show.
    static func changesCells(_ table: CostTable, from parent: CostTable) -> Bool {
        let years = Set(table.years).intersection(parent.years)
        func cells(_ t: CostTable) -> [String: [Cell]] {
            Dictionary(t.lines.map { ($0.id, $0.cells.filter { years.contains($0.year) }) }, uniquingKeysWith: { a, _ in a })
        }
        return cells(table) != cells(parent)
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
