import Foundation

/// A folder of its own under the temporary directory, for one test; removed by ``remove()``.
public struct TemporaryFolder: Sendable {
    /// Where the folder is.
    public let url: URL

    /// Creates a new, empty folder named `dfcost-tests-<UUID>`.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dfcost-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file (UTF-8) in the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// The path of `name` in the folder (the file need not exist).
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// The names in the folder, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
