import DFCostServer
import DFCostTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// In-process requests to a server over a folder (the repository's Scenarios/ unless told otherwise).
enum Serve {
    static let scenarios = PackageRoot.path("Scenarios")
    static let published = "published/ehelseportefolje-2023-10.toml"

    struct Answer: Sendable {
        var status: Int
        var headers: HTTPFields
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers.first { $0.name.canonicalName == name.lowercased() }?.value }
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
        var problem: [String: Any]? { json as? [String: Any] }
    }

    /// Runs `body` with a client of a server made from `configuration`.
    static func with<T: Sendable>(_ configuration: ServerConfiguration = ServerConfiguration(folder: scenarios),
                                  _ body: @Sendable (Client) async throws -> T) async throws -> T {
        let app = Server(configuration).application()
        return try await app.test(.router) { client in try await body(Client(client: client)) }
    }

    struct Client: Sendable {
        let client: any TestClientProtocol

        func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Answer {
            try await send(uri, method: .get, headers: headers)
        }

        func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: String? = nil) async throws -> Answer {
            try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { r in
                Answer(status: Int(r.status.code), headers: r.headers, body: Data(r.body.readableBytesView))
            }
        }
    }

    /// The `data-value` of a year cell in the sum row of `<table id="totals">`.
    static func sumValue(_ page: String, year: Int) -> String? {
        guard let table = page.range(of: "<table class=\"tbu\" id=\"totals\">"),
              let row = page.range(of: "data-row=\"sum\"", range: table.upperBound..<page.endIndex),
              let end = page.range(of: "</tr>", range: row.upperBound..<page.endIndex),
              let cell = page.range(of: "data-year=\"\(year)\" data-value=\"", range: row.upperBound..<end.lowerBound),
              let quote = page[cell.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return String(page[cell.upperBound..<quote])
    }
}

/// The built `dfcost`, run in a folder, for comparing downloads with the command line's bytes.
enum BuiltCLI {
    static let executable: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        folders.append(URL(fileURLWithPath: PackageRoot.path(".build/debug")))
        return folders.map { $0.appendingPathComponent("dfcost") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `dfcost arguments` in `folder`; its standard output and exit status.
    static func run(_ arguments: [String], in folder: String) throws -> (status: Int32, stdout: Data, stderr: String) {
        let binary = try #require(executable, "dfcost not found beside the test bundle")
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.url.appendingPathComponent("out"), err = scratch.url.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: out), String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// A small scenario file for folders of a test's own.
enum Fixture {
    static func table(title: String = "Liten tabell", amount: String = "10") -> String {
        """
        version = 1

        [table]
        title = "\(title)"
        unit = "MNOK"
        years = [2024, 2025]
        summed_years = [2024, 2025]

        [[solutions]]
        id = "a"
        name = "A"

        [[lines]]
        id = "a-drift"
        solution = "a"
        initiative = "Drift"
        cells = { 2024 = \(amount), 2025 = 5 }

        """
    }
}
