import DFCostServer
import DFCostTestSupport
import Foundation
import Testing

@Suite("dfcost serve: nothing outside the folder is read")
struct PathGuardTests {
    static let forms = [
        "/table/../Package.swift",
        "/table/%2e%2e/Package.toml",
        "/table/%2E%2E/%2E%2E/etc/passwd",
        "/table/published%2fehelseportefolje-2023-10.toml",
        "/table//etc/passwd",
        "/table/%2Fetc%2Fpasswd",
        "/table/..%5c..%5cPackage.toml",
        "/table/published\\ehelseportefolje-2023-10.toml",
        "/table/published/ehelseportefolje-2023-10.toml%00.toml",
        "/table/published/../../Package.toml",
        "/table/published/./ehelseportefolje-2023-10.toml",
        "/table/no-such-file.toml",
        "/download/csv/table/%2e%2e/Package.toml",
        "/simulate/%2e%2e/x.toml",
        "/api/totals?file=../Package.toml",
        "/api/totals?file=/etc/passwd",
        "/api/totals?file=%2e%2e%2fPackage.toml",
    ]

    @Test(arguments: forms) func traversalIsNotFound(_ uri: String) async throws {
        let answer = try await Serve.with { try await $0.get(uri) }
        #expect(answer.status == 404, "\(uri): \(answer.status)")
        #expect(!answer.text.contains("[package]"))
    }

    @Test func aSymbolicLinkLeavingTheFolderIsNotFound() async throws {
        let outside = try TemporaryFolder(), served = try TemporaryFolder()
        defer { outside.remove(); served.remove() }
        let secret = try outside.write("secret.toml", Fixture.table(title: "Hemmelig"))
        try served.write("ok.toml", Fixture.table())
        try FileManager.default.createSymbolicLink(atPath: served.path("link.toml"), withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: served.path("out"), withDestinationPath: outside.url.path)
        try await Serve.with(ServerConfiguration(folder: served.url.path)) { client in
            for uri in ["/table/link.toml", "/table/out/secret.toml", "/api/totals?file=link.toml", "/api/totals?file=out/secret.toml"] {
                let answer = try await client.get(uri)
                #expect(answer.status == 404, "\(uri)")
                #expect(!answer.text.contains("Hemmelig"))
            }
            let files = try await client.get("/api/files")
            #expect(!files.text.contains("secret") && !files.text.contains("link.toml"))
            #expect(try await client.get("/table/ok.toml").status == 200)
        }
    }

    @Test func anExtendsOutsideTheFolderIsNotFoundAndNotRead() async throws {
        let outside = try TemporaryFolder(), served = try TemporaryFolder()
        defer { outside.remove(); served.remove() }
        try outside.write("base.toml", Fixture.table(title: "Hemmelig"))
        try served.write("derived.toml", "version = 1\nextends = \"\(outside.path("base.toml"))\"\n")
        try served.write("relative.toml", "version = 1\nextends = \"../\(outside.url.lastPathComponent)/base.toml\"\n")
        try await Serve.with(ServerConfiguration(folder: served.url.path)) { client in
            for file in ["derived.toml", "relative.toml"] {
                let page = try await client.get("/table/\(file)")
                #expect(page.status == 404, "\(file)")
                #expect(!page.text.contains("Hemmelig"))
                let api = try await client.get("/api/totals?file=\(file)")
                #expect(api.status == 404)
                let detail = try #require(api.problem?["detail"] as? String)
                #expect(detail.hasPrefix("\(file):2:"), "located at the extends key: \(detail)")
                #expect(api.problem?["exit_status"] as? Int == 66)
            }
        }
    }
}
