import Foundation
import Testing

/// What `scripts/check-junit.py` reads in a JUnit report: the report checked against the Jenkins
/// JUnit schema (python `xmlschema`) and then read by python `junitparser`, which counts for itself.
struct JUnitReading: Decodable {
    struct Case: Decodable {
        var name: String
        var classname: String?
        /// "passed", "failure", "error" or "skipped".
        var result: String
        var type: String?
        var message: String?
        var text: String?
    }

    struct Suite: Decodable {
        var name: String
        var file: String?
        var tests: Int
        var failures: Int
        var errors: Int
        var skipped: Int
        /// The counts the report itself states.
        var attributes: [String: String?]
        var properties: [String: String]
        var cases: [Case]
    }

    var tests: Int
    var failures: Int
    var errors: Int
    var skipped: Int
    var suites: [Suite]

    /// Every case that is not "passed".
    var problems: [Case] { suites.flatMap(\.cases).filter { $0.result != "passed" } }

    /// Reads `report` with the independent reader. Fails the test, saying what to install, when
    /// python3, junitparser or xmlschema is missing (`make test-deps` installs them).
    static func read(_ report: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JUnitReading {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CLI.root.appendingPathComponent("scripts/check-junit.py").path, report]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0:
            return try JSONDecoder().decode(JUnitReading.self, from: data)
        case 3, 127:
            let why = "the independent JUnit reader needs python3 with junitparser and xmlschema "
                + "(`make test-deps`, or `python3 -m pip install junitparser xmlschema`): \(message)"
            Issue.record(Comment(rawValue: why), sourceLocation: sourceLocation)
        default:
            Issue.record("the JUnit reader rejected \(report): \(message)", sourceLocation: sourceLocation)
        }
        throw ReaderFailure()
    }

    struct ReaderFailure: Error {}
}

/// `verify --junit`, `--annotations github` and many files in one call.
@Suite struct VerifyCIReportTests {
    @Test func aReportOfThePublishedFolderHasOneSuitePerFileAndNoFailures() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["verify", "Scenarios/published", "--junit", report])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let published = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Scenarios/published").path)
            .filter { $0.hasSuffix(".toml") }.sorted().map { "Scenarios/published/\($0)" }
        let reading = try JUnitReading.read(report)
        #expect(reading.suites.map(\.name) == published)
        #expect(reading.failures == 0 && reading.errors == 0 && reading.skipped == 0)
        let suite = try #require(reading.suites.first { $0.name == CLI.published })
        #expect(suite.file == CLI.published)
        #expect(suite.cases.map(\.name) == ["load", "published sum 2024", "published sum 2025", "published sum 2026",
                                            "a published year is summed"])
        #expect(suite.attributes == ["tests": "5", "failures": "0", "errors": "0", "skipped": "0"])
        #expect(suite.properties["precision"] == "1")
        #expect(suite.properties["dfcost"]?.hasPrefix("dfcost ") == true)
        #expect(result.stdout.contains("verify: \(published.count) fil\(published.count == 1 ? "" : "er"): \(published.count) OK"))
    }

    @Test func aChangedPublishedSumTurnsOneCaseIntoAFailureNamingTheYearAndFileLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try folder.publishedCopy { text in
            #expect(text.contains("\n2025 = 22\n"))
            return text.replacingOccurrences(of: "\n2025 = 22\n", with: "\n2025 = 23\n")
        }
        let line = try #require(try String(contentsOfFile: copy, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex(of: "2025 = 23")) + 1
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["verify", copy, "--junit", report, "--annotations", "github", "--locale", "en"])
        #expect(result.status == 1)

        let reading = try JUnitReading.read(report)
        #expect(reading.tests == 5 && reading.failures == 1 && reading.errors == 0)
        #expect(reading.suites.first?.attributes["failures"] == "1")
        let failure = try #require(reading.problems.first)
        #expect(reading.problems.count == 1)
        #expect(failure.name == "published sum 2025" && failure.result == "failure" && failure.type == "mismatch")
        #expect(failure.message == "2025: computed 21.5 rounds to 22, published 23 (published sum at \(copy):\(line):8)")
        let text = try #require(failure.text)
        #expect(text.contains("expected (published): 23\n"))
        #expect(text.contains("computed: 21.5\n"))
        #expect(text.contains("published sum: \(copy):\(line):8\n"))

        // The annotation points at the published sum; the file name is escaped as a property.
        let file = copy.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
            == ["::error file=\(file),line=\(line),col=8,title=dfcost verify%3A published sum 2025::2025: computed 21.5 rounds to 22, published 23"])
    }

    @Test func everyFileOfAFolderAndTheNamedOnesAreCheckedAndOneFailureFailsTheCall() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.publishedCopy("a.toml")
        let bad = try folder.publishedCopy("b.toml") { $0.replacingOccurrences(of: "\n2024 = 93\n", with: "\n2024 = 94\n") }
        try folder.write("notes.txt", "not a scenario")
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["verify", folder.url.path, CLI.published, "--junit", report, "--locale", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(good): OK"))
        #expect(result.stdout.contains("\(bad): FAILED"))
        #expect(result.stdout.hasSuffix("verify: 3 files: 2 OK, 1 FAILED (\(bad))\n"))
        let reading = try JUnitReading.read(report)
        #expect(reading.suites.map(\.name) == [good, bad, CLI.published])
        #expect(reading.problems.map(\.name) == ["published sum 2024"])
    }

    @Test func aFileThatCannotBeReadIsAnErrorCaseAndTheOthersAreStillChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad = try folder.publishedCopy("bad.toml") { $0.replacingOccurrences(of: "\ntitle = ", with: "\ntitel = ") }
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["verify", bad, CLI.published, "--junit", report, "--annotations", "github"])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        let line = try #require(result.stderrLines.first)
        #expect(line.hasPrefix("Feil: \(bad):"))
        // The report holds the message; standard error has it after the error prefix.
        let error = line.dropFirst("Feil: ".count)
        #expect(result.stdout.contains("\(CLI.published): OK"))
        let reading = try JUnitReading.read(report)
        #expect(reading.errors == 1 && reading.failures == 0)
        let problem = try #require(reading.problems.first)
        #expect(problem.name == "load" && problem.result == "error" && problem.message == String(error))
        // file:line:column of the error becomes the annotation's place.
        let place = error.split(separator: ":").prefix(3).map(String.init)
        #expect(result.stdout.contains("::error file=\(place[0]),line=\(place[1]),col=\(place[2]),title=dfcost verify%3A load::ukjent nøkkel 'titel'"))
    }

    @Test func aPublishedYearOutsideTheHorizonIsASkippedCase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("horizon.toml", """
            version = 1
            extends = "\(CLI.root.appendingPathComponent(CLI.published).path)"
            [[operations]]
            horizon = { years = [2025, 2026, 2027], summed_years = [2025, 2026] }
            """)
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["verify", path, "--junit", report])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let reading = try JUnitReading.read(report)
        #expect(reading.skipped == 1 && reading.failures == 0)
        let skipped = try #require(reading.problems.first)
        #expect(skipped.name == "published sum 2024" && skipped.result == "skipped")
        #expect(skipped.message?.contains("outside the horizon") == true)
    }

    @Test func theReportIsNeverWrittenOverAnInputAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try folder.publishedCopy()
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let result = try CLI.run(["verify", copy, "--junit", copy])
        #expect(result.status == 64)
        #expect(result.stderrLines.last == "Feil: \(copy): skriver ikke resultatet over en inndatafil")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(try folder.contents() == ["copy.toml"])
    }

    @Test func aFolderWithoutScenarioFilesIsAMissingInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CLI.run(["verify", folder.url.path])
        #expect(result.status == 66)
        #expect(result.stderrLines == ["Feil: \(folder.url.path): kan ikke leses: mappen har ingen scenariofiler (*.toml)"])
    }
}

/// `compare --fail-on-change --junit`.
@Suite struct CompareCIReportTests {
    @Test func eachChangedPartOfTheOtherScenarioIsAFailedCase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", CLI.published,
                                  "--fail-on-change", "--junit", report, "--annotations", "github"])
        #expect(result.status == 1)
        let reading = try JUnitReading.read(report)
        #expect(reading.suites.map(\.name) == ["Scenarios/fm-delayed-1y.toml", CLI.published])
        #expect(reading.suites[1].failures == 0)
        let failed = reading.suites[0].cases.filter { $0.result == "failure" }
        #expect(failed.map(\.name) == ["total 2025", "total 2026", "subtotals per solution", "condition states", "cells"])
        #expect(failed.first?.message == "total 2025: 33.5 in Scenarios/fm-delayed-1y.toml, 21.5 in \(CLI.published) (+12)")
        #expect(reading.suites[0].properties["base"] == CLI.published)
        #expect(result.stdout.contains("::error file=Scenarios/fm-delayed-1y.toml,title=dfcost compare%3A total 2025::total 2025: 33.5"))
    }

    /// A line renamed with `continues` is one entry of the "lines" case and nothing
    /// else fails (not an added and a removed line, and not their cells).
    @Test func aRenamedLineIsOneChangeNotAnAdditionAndARemoval() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let old = try folder.publishedCopy("old.toml")
        let new = try folder.publishedCopy("new.toml") {
            $0.replacingOccurrences(of: "id = \"pll-sfm\"\n", with: "id = \"pll-sfm-ny\"\ncontinues = \"pll-sfm\"\n")
        }
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["compare", old, new, "--fail-on-change", "--junit", report, "--annotations", "github"])
        #expect(result.status == 1, "\(result.stderr)")
        let annotations = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::error") }
        #expect(annotations.count == 1, "\(annotations)")
        #expect(annotations.first?.contains("title=dfcost compare%3A lines::1 line is renamed in \(new)") == true, "\(annotations)")
        let reading = try JUnitReading.read(report)
        #expect(reading.problems.map(\.name) == ["lines"])
        #expect(reading.problems.first?.text?.contains("pll-sfm-ny (e-resept): renamed from pll-sfm\n") == true,
                "\(reading.problems.first?.text ?? "")")
    }

    @Test func anUnchangedScenarioPassesEveryCase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["compare", CLI.published, CLI.published, "--fail-on-change", "--junit", report])
        #expect(result.status == 0, "\(result.stderr)")
        let reading = try JUnitReading.read(report)
        #expect(reading.tests > 0 && reading.problems.isEmpty)
    }

    @Test func aScenarioThatCannotBeReadIsAnErrorCase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = folder.url.appendingPathComponent("r.xml").path
        let result = try CLI.run(["compare", CLI.published, "Scenarios/no-such-file.toml", "--fail-on-change", "--junit", report])
        #expect(result.status == 66)
        let reading = try JUnitReading.read(report)
        #expect(reading.suites.map(\.name) == ["Scenarios/no-such-file.toml"])
        #expect(reading.problems.map(\.message) == ["Scenarios/no-such-file.toml: filen finnes ikke"])
    }

    @Test func aReportWithoutFailOnChangeIsAUsageError() throws {
        let result = try CLI.run(["compare", CLI.published, CLI.published, "--junit", "r.xml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("legg til --fail-on-change"))
        #expect(!FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent("r.xml").path))
    }
}

@Suite struct VersionTests {
    @Test func versionNamesTheVersionTheCommitAndTheKindOfBuild() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        let source = try String(contentsOf: CLI.root.appendingPathComponent("Sources/dfcost/BuildInfo.swift"), encoding: .utf8)
        let version = try #require(source.split(separator: "\n").first { $0.contains("static let version = ") }?
            .split(separator: "\"").dropFirst().first)
        // `swift test` compiles without the stamp: the commit is unknown, the build is the standard one.
        #expect(result.stdout.split(separator: "\n") == [
            "dfcost \(version)",
            "Git-revisjon: ukjent (ikke bygget med make)",
            "bygg: standard (laster Swift-kjøretiden og LAPACK/BLAS fra systemet)",
        ])
        // `make dist` and scripts/check-dist.sh read the English words.
        let english = try CLI.run(["--version", "--locale", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.split(separator: "\n") == [
            "dfcost \(version)",
            "commit: unknown (not built by make)",
            "build: standard (loads the Swift runtime and LAPACK/BLAS from the system)",
        ])
    }
}
