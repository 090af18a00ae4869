@testable import DFCostServer
import DFCostTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Glibc

@Suite("dfcost serve: requests refused as the OpenAPI declares")
struct RefusalTests {
    @Test func aControlCharacterInAQueryValueIs400WordedInOneLanguage() async throws {
        let nb = try await Serve.with { try await $0.get("/api/totals?file=%00") }
        #expect(nb.status == 400)
        #expect(nb.header("Content-Type") == "application/problem+json")
        let nbDetail = try #require(nb.problem?["detail"] as? String)
        #expect(nbDetail == "ugyldig forespørsel: 'file' har et kontrolltegn (som NUL)")
        let en = try await Serve.with { try await $0.get("/api/totals?file=a%01b&locale=en") }
        #expect(en.status == 400)
        #expect(en.problem?["detail"] as? String == "bad request: 'file' holds a control character (such as NUL)")
        let undecodable = try await Serve.with { try await $0.get("/api/totals?file=%FF") }
        #expect(undecodable.status == 400)
        #expect(undecodable.problem?["detail"] as? String == "ugyldig forespørsel: 'file=%FF' er ikke prosentkodet tekst")
    }

    @Test func theOpenAPIDeclaresTheCharactersAStringParameterTakes() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        let totals = try #require((paths["/api/totals"] as? [String: Any])?["get"] as? [String: Any])
        let parameters = try #require(totals["parameters"] as? [[String: Any]])
        let file = try #require(parameters.first { $0["name"] as? String == "file" })
        let pattern = try #require((file["schema"] as? [String: Any])?["pattern"] as? String)
        let regex = try NSRegularExpression(pattern: pattern)
        func matches(_ s: String) -> Bool { regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }
        #expect(matches("published/ehelseportefolje-2023-10.toml"))
        #expect(!matches("a\u{0}b"))
        #expect(!matches("a\u{7F}"))
        let responses = try #require(totals["responses"] as? [String: Any])
        #expect(responses["400"] != nil)
    }

    @Test func aLocaleOtherThanNbOrEnIs400NamingTheLanguages() async throws {
        for uri in ["/api/files?locale=de", "/api/totals?file=\(Serve.published)&locale=", "/?locale=sv"] {
            let answer = try await Serve.with { try await $0.get(uri) }
            #expect(answer.status == 400, "\(uri)")
        }
        let answer = try await Serve.with { try await $0.get("/api/files?locale=de") }
        #expect(answer.problem?["detail"] as? String == "locale: 'de' er ikke et av språkene nb, en")
        #expect(answer.problem?["exit_status"] as? Int == 64)
    }

    @Test func anUndeclaredMethodIs405WithAllowAndAProblem() async throws {
        try await Serve.with { client in
            for (uri, method, allow) in [("/api/files", HTTPRequest.Method("TRACE")!, "GET"), ("/api/totals", .put, "GET"),
                                         ("/api/simulations", .get, "POST"), ("/api/simulations/x", .post, "GET, DELETE"),
                                         ("/table/published/x.toml", .delete, "GET")] {
                let answer = try await client.send(uri, method: method)
                #expect(answer.status == 405, "\(method) \(uri)")
                #expect(answer.header("Allow") == allow, "\(method) \(uri)")
                #expect(answer.header("Content-Type") == "application/problem+json")
                #expect(answer.problem?["status"] as? Int == 405)
                #expect((answer.problem?["detail"] as? String)?.contains("metoden \(method.rawValue)") == true)
            }
            #expect(try await client.send("/nowhere", method: .put).status == 404)
        }
    }

    @Test func aPathNoRouteAnswersIs404WithAProblemThatSaysSo() async throws {
        let nb = try await Serve.with { try await $0.get("/nosuch") }
        #expect(nb.status == 404)
        #expect(nb.header("Content-Type") == "application/problem+json")
        #expect(nb.problem?["detail"] as? String == "/nosuch: ingen side her; se /")
        let en = try await Serve.with { try await $0.get("/nosuch?locale=en") }
        #expect(en.problem?["detail"] as? String == "/nosuch: no page here; see /")
    }

    @Test func anUnknownDownloadFormatIsNamedAsAFormatNotAFile() async throws {
        let answer = try await Serve.with { try await $0.get("/download/pdf/table/published/ehelseportefolje-2023-10.toml") }
        #expect(answer.status == 404)
        let detail = try #require(answer.problem?["detail"] as? String)
        #expect(detail == "'pdf' er ikke et format som kan lastes ned; velg xlsx, csv, json, html")
    }

    @Test func aCancelMarksTheRunCancelledAtOnceAndAFinishedRunStaysDone() async throws {
        let folder = ScenarioFolder(folder: Serve.scenarios)
        let jobs = SimulationJobs(limit: 2, timeLimit: 120)
        let long = try Views.simulationRequest(folder, path: "examples/fm-phaseout-risk.toml", whatIfs: WhatIfs(), trials: 10_000_000, seed: 1, software: nil)
        let running = try jobs.start(long, key: "long", language: .en)
        _ = jobs.cancel(running.id)
        // Right away, before the run's threads see the flag.
        #expect(running.status.withLock { $0.state } == .cancelled)
        #expect(running.status.withLock { $0.problem?.detail } == "the simulation was cancelled")
        let short = try Views.simulationRequest(folder, path: "examples/fm-phaseout-risk.toml", whatIfs: WhatIfs(), trials: 500, seed: 1, software: nil)
        let finished = try jobs.start(short, key: "short", language: .en)
        await jobs.wait(for: finished)
        _ = jobs.cancel(finished.id)
        #expect(finished.status.withLock { $0.state } == .done)
        // The cancelled run's thread ends without changing what the cancel said.
        try await Task.sleep(for: .milliseconds(300))
        #expect(running.status.withLock { $0.state } == .cancelled)
    }

    @Test func deleteAnswersCancelled() async throws {
        try await Serve.with { client in
            let body = #"{"file": "examples/fm-phaseout-risk.toml", "trials": 10000000, "seed": 1}"#
            let id = try #require((try await client.send("/api/simulations", method: .post, body: body).json as? [String: Any])?["id"] as? String)
            let answer = try await client.send("/api/simulations/\(id)", method: .delete)
            #expect(answer.status == 200)
            #expect((answer.json as? [String: Any])?["state"] as? String == "cancelled")
        }
    }

    @Test func theLargestSeedAndTrialsTheOpenAPIAllowsAreRead() async throws {
        try await Serve.with { client in
            let seed = try await client.send("/api/simulations", method: .post,
                                             body: #"{"file": "examples/fm-phaseout-risk.toml", "trials": 200, "seed": 18446744073709551615}"#)
            #expect(seed.status == 202)
            // The document's largest trials is the default --max-trials; one more is refused.
            let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
            let start = try #require(((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?["SimulationStart"] as? [String: Any])
            let maximum = try #require(((start["properties"] as? [String: Any])?["trials"] as? [String: Any])?["maximum"] as? Int)
            #expect(maximum == ServerConfiguration().maxTrials)
            let trials = try await client.send("/api/simulations", method: .post,
                                               body: #"{"file": "examples/fm-phaseout-risk.toml", "trials": \#(maximum + 1)}"#)
            #expect(trials.status == 413)
        }
    }

    @Test func aConnectionWhoseHeadersNeverFinishIsClosedAfterTheIdleTimeout() async throws {
        let app = Server(ServerConfiguration(folder: Serve.scenarios, port: 0, idleTimeout: 0.5)).application()
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let stalled = try RawConnection(port: port)
            defer { stalled.close() }
            stalled.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            // The server closes it (a 0.5 s timeout; the wait is a bound for a loaded machine, not
            // a timing check: without the timeout the connection stays open and this times out).
            #expect(await stalled.readOffThePool(wait: 60) == .closed)
            // A whole request on another connection is still answered.
            let whole = try RawConnection(port: port)
            defer { whole.close() }
            whole.send("GET /api/files HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let answer = await whole.readOffThePool(wait: 60)
            guard case .bytes(let text) = answer else { Issue.record("no answer: \(answer)"); return }
            #expect(text.hasPrefix("HTTP/1.1 200"))
        }
    }
}

/// A TCP connection to the server on loopback, written and read byte by byte.
struct RawConnection {
    enum Read: Equatable { case closed, timedOut, bytes(String) }
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(fd >= 0 && connected == 0)
    }

    func send(_ text: String) {
        _ = text.withCString { Glibc.send(fd, $0, strlen($0), 0) }
    }

    /// What the server sends within `wait` seconds: bytes, the connection closed, or nothing.
    func read(wait seconds: Int) -> Read {
        var wait = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &buffer, buffer.count, 0)
        if n == 0 { return .closed }
        if n < 0 { return .timedOut }
        return .bytes(String(decoding: buffer[..<n], as: UTF8.self))
    }

    /// ``read(wait:)`` on a thread of its own: a blocking `recv` on one of the few threads of
    /// Swift's cooperative pool would starve the in-process server's handlers when the whole test
    /// suite runs in parallel (seen: "no answer" in a full run, never alone).
    func readOffThePool(wait seconds: Int) async -> Read {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: read(wait: seconds)) }
        }
    }

    func close() { _ = Glibc.close(fd) }
}
