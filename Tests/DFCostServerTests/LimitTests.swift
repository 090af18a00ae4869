import DFCostServer
import DFCostTestSupport
import Foundation
import Hummingbird
import Testing

@Suite("dfcost serve: bounded work, the token")
struct LimitTests {
    @Test func aTrillionTrialsIs413() async throws {
        try await Serve.with { client in
            let api = try await client.send("/api/simulations", method: .post, body: #"{"file": "examples/fm-phaseout-risk.toml", "trials": 1000000000000}"#)
            #expect(api.status == 413)
            #expect(api.header("Content-Type") == "application/problem+json")
            let page = try await client.get("/simulate/examples/fm-phaseout-risk.toml?trials=1000000000000&run=1")
            #expect(page.status == 413)
        }
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        let big = "{\"file\": \"" + String(repeating: "a", count: 70 * 1024) + "\"}"
        let answer = try await Serve.with { try await $0.send("/api/simulations", method: .post, body: big) }
        #expect(answer.status == 413)
        let malformed = try await Serve.with { try await $0.send("/api/simulations", method: .post, body: "{not json") }
        #expect(malformed.status == 400)
    }

    @Test func oneSimulationMoreThanAllowedIs429ThenCancelStopsIt() async throws {
        try await Serve.with(ServerConfiguration(folder: Serve.scenarios, maxSimulations: 1)) { client in
            let body = #"{"file": "examples/fm-phaseout-risk.toml", "trials": 10000000, "seed": 1}"#
            let first = try await client.send("/api/simulations", method: .post, body: body)
            #expect(first.status == 202)
            let id = try #require((first.json as? [String: Any])?["id"] as? String)
            let second = try await client.send("/api/simulations", method: .post, body: body)
            #expect(second.status == 429)
            #expect(second.header("Retry-After") != nil)
            let cancelled = try await client.send("/api/simulations/\(id)", method: .delete)
            #expect(cancelled.status == 200)
            var state = (cancelled.json as? [String: Any])?["state"] as? String
            for _ in 0..<100 where state == "running" {
                try await Task.sleep(for: .milliseconds(100))
                state = (try await client.get("/api/simulations/\(id)").json as? [String: Any])?["state"] as? String
            }
            #expect(state == "cancelled")
        }
    }

    @Test func aRunOverTheTimeLimitIs503() async throws {
        try await Serve.with(ServerConfiguration(folder: Serve.scenarios, timeLimit: 0.05)) { client in
            let page = try await client.get("/simulate/examples/fm-phaseout-risk.toml?trials=10000000&run=1")
            #expect(page.status == 503)
            #expect(page.text.contains("id=\"problem\""))
        }
    }

    @Test func withATokenEveryRequestMustCarryIt() async throws {
        let configuration = ServerConfiguration(folder: Serve.scenarios, token: "s3cret-token")
        try await Serve.with(configuration) { client in
            #expect(try await client.get("/").status == 401)
            #expect(try await client.get("/api/files").status == 401)
            var wrong = HTTPFields()
            wrong[.authorization] = "Bearer s3cret-tokeN"
            #expect(try await client.get("/api/files", headers: wrong).status == 401)
            var right = HTTPFields()
            right[.authorization] = "Bearer s3cret-token"
            #expect(try await client.get("/api/files", headers: right).status == 200)
            #expect(try await client.get("/?token=nope").status == 401)
            let once = try await client.get("/table/\(Serve.published)?token=s3cret-token&locale=en")
            #expect(once.status == 303)
            #expect(once.header("Location") == "/table/\(Serve.published)?locale=en")
            let cookie = try #require(once.header("Set-Cookie"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            var withCookie = HTTPFields()
            withCookie[.cookie] = String(cookie.split(separator: ";")[0])
            #expect(try await client.get("/", headers: withCookie).status == 200)
        }
    }
}
