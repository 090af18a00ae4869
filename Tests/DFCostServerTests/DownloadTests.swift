import DFCostServer
import DFCostSimulation
import DFCostTestSupport
import Foundation
import Testing

@Suite("dfcost serve: downloads are the command line's bytes")
struct DownloadTests {
    @Test(arguments: ["csv", "json", "html", "xlsx"]) func tableDownloadEqualsReport(_ format: String) async throws {
        let answer = try await Serve.with {
            try await $0.get("/download/\(format)/table/\(Serve.published)?condition=fm-phaseout%3Ddelayed%3A1")
        }
        #expect(answer.status == 200)
        #expect(answer.header("Content-Disposition") == "attachment; filename=\"ehelseportefolje-2023-10.\(format)\"")
        let out = try TemporaryFolder()
        defer { out.remove() }
        let target = out.path("cli.\(format)")
        let cli = try BuiltCLI.run(["report", Serve.published, "--condition", "fm-phaseout=delayed:1", "--format", format, "-o", target],
                                   in: Serve.scenarios)
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(answer.body == (try Data(contentsOf: URL(fileURLWithPath: target))))
    }

    @Test func compareDownloadsEqualCompareAndReport() async throws {
        let files = "file=\(Serve.published)&file=examples/illustrativ-runde-2.toml"
        try await Serve.with { client in
            let csv = try await client.get("/download/csv/compare?\(files)")
            let cli = try BuiltCLI.run(["compare", Serve.published, "examples/illustrativ-runde-2.toml", "--side-by-side", "--format", "csv"], in: Serve.scenarios)
            #expect(csv.body == cli.stdout)
            let html = try await client.get("/download/html/compare?\(files)")
            let report = try BuiltCLI.run(["report", Serve.published, "--compare", "examples/illustrativ-runde-2.toml", "--format", "html"], in: Serve.scenarios)
            #expect(html.body == report.stdout)
        }
    }

    @Test func simulationDownloadEqualsReportSimulate() async throws {
        // The analysis model records the program's version: the server is told the built one's, as `dfcost serve` is.
        let version = try BuiltCLI.run(["--version", "--locale", "en"], in: Serve.scenarios)
        let lines = String(decoding: version.stdout, as: UTF8.self).split(separator: "\n")
        let number = String(try #require(lines.first?.split(separator: " ").last))
        let written = lines.dropFirst().first.flatMap { $0.hasPrefix("commit: unknown") ? nil : String($0.dropFirst("commit: ".count)) }
        let suffix = " (with uncommitted changes)"
        let modified = written?.hasSuffix(suffix) == true
        let commit = modified ? written.map { String($0.dropLast(suffix.count)) } : written
        let configuration = ServerConfiguration(folder: Serve.scenarios, software: SoftwareVersion(version: number, commit: commit, modified: modified))
        let answer = try await Serve.with(configuration) {
            try await $0.get("/download/json/simulate/examples/fm-phaseout-risk.toml?trials=2000&seed=5")
        }
        #expect(answer.status == 200)
        let cli = try BuiltCLI.run(["report", "examples/fm-phaseout-risk.toml", "--simulate", "--trials", "2000", "--seed", "5", "--format", "json"],
                                   in: Serve.scenarios)
        #expect(answer.body == cli.stdout)
    }
}
