import DFCostServer
import DFCostTestSupport
import Foundation
import Testing

@Suite("dfcost serve: the JSON API")
struct APITests {
    @Test func theServedOpenAPIDocumentIsTheCommittedOne() async throws {
        let answer = try await Serve.with { try await $0.get("/api/openapi.json") }
        #expect(answer.status == 200)
        #expect(answer.body == (try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path("docs/api/openapi.json")))))
        let document = try #require(answer.json as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
    }

    @Test func filesListsEveryScenarioWithItsTitle() async throws {
        let answer = try await Serve.with { try await $0.get("/api/files") }
        let files = try #require(answer.json as? [[String: String]])
        let published = try #require(files.first { $0["path"] == Serve.published })
        #expect(published["title"]?.hasPrefix("Estimert økning") == true)
        #expect(files.map { $0["path"] ?? "" } == files.map { $0["path"] ?? "" }.sorted())
    }

    @Test func totalsIsTheCommandLinesJSON() async throws {
        let answer = try await Serve.with { try await $0.get("/api/totals?file=\(Serve.published)&condition=fm-phaseout%3Ddelayed%3A1") }
        #expect(answer.status == 200)
        let cli = try BuiltCLI.run(["totals", Serve.published, "--condition", "fm-phaseout=delayed:1", "--format", "json"], in: Serve.scenarios)
        #expect(cli.status == 0)
        #expect(answer.body == cli.stdout)
    }

    @Test func compareIsTheCommandLinesJSON() async throws {
        let answer = try await Serve.with { try await $0.get("/api/compare?file=\(Serve.published)&file=fm-delayed-1y.toml") }
        #expect(answer.status == 200)
        let cli = try BuiltCLI.run(["compare", Serve.published, "fm-delayed-1y.toml", "--format", "json"], in: Serve.scenarios)
        #expect(answer.body == cli.stdout)
    }

    @Test func aMissingFileIs404WithTheExitClass() async throws {
        let answer = try await Serve.with { try await $0.get("/api/totals?file=missing.toml&locale=en") }
        #expect(answer.status == 404)
        #expect(answer.problem?["exit_status"] as? Int == 66)
        #expect(answer.problem?["detail"] as? String == "missing.toml: no such file")
    }

    @Test func aBrokenFileIs422WithTheLocatedMessage() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("broken.toml", "version = 1\n[table]\ntitle = \n")
        let answer = try await Serve.with(ServerConfiguration(folder: folder.url.path)) { try await $0.get("/api/totals?file=broken.toml") }
        #expect(answer.status == 422)
        #expect(answer.problem?["exit_status"] as? Int == 65)
        #expect((answer.problem?["detail"] as? String)?.hasPrefix("broken.toml:3:") == true)
    }

    @Test func aSimulationRunsReportsProgressAndItsResult() async throws {
        try await Serve.with { client in
            let started = try await client.send("/api/simulations", method: .post,
                                                body: #"{"file": "examples/fm-phaseout-risk.toml", "trials": 2000, "seed": 3}"#)
            #expect(started.status == 202)
            let id = try #require((started.json as? [String: Any])?["id"] as? String)
            #expect(started.header("Location") == "/api/simulations/\(id)")
            var state = "running"
            var last: [String: Any] = [:]
            for _ in 0..<600 where state == "running" {
                try await Task.sleep(for: .milliseconds(100))
                last = try #require(try await client.get("/api/simulations/\(id)").json as? [String: Any])
                state = last["state"] as? String ?? ""
            }
            #expect(state == "done")
            #expect(last["progress"] as? Double == 1)
            let result = try #require(last["result"] as? [String: Any])
            #expect(result["simulation"] != nil)
            #expect(try await client.get("/api/simulations/nope").status == 404)
        }
    }
}
