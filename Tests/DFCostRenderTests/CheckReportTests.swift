import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The CI verdicts of `verify` and `compare --fail-on-change`: check suites, their JUnit XML and
/// their GitHub annotations. (The CLI tests read the same documents with an independent reader
/// and the JUnit schema.)
@Suite struct CheckReportTests {
    static let file = "Scenarios/published/ehelseportefolje-2023-10.toml"

    /// The published table's verification, with the places of its published sums as written.
    static func verification() throws -> Verification {
        let (_, applied, totals) = try RenderSupport.applied(file)
        return try #require(try Verification(table: applied.table, totals: totals))
    }

    static let sums = [2024: SourceReference(file: file, line: 42, column: 8),
                       2025: SourceReference(file: file, line: 43, column: 8),
                       2026: SourceReference(file: file, line: 44, column: 8)]

    @Test func aMatchingFileHasOnePassingCasePerPublishedYearAndPerCheck() throws {
        let suite = CheckSuite.verification(file: Self.file, try Self.verification(), sums: Self.sums)
        #expect(suite.cases.map(\.name) == ["load", "published sum 2024", "published sum 2025", "published sum 2026",
                                            "a published year is summed"])
        #expect(suite.cases.allSatisfy { $0.outcome == .passed })
        #expect(suite.cases.allSatisfy { $0.classname == "verify.ehelseportefolje-2023-10" })
        #expect(suite.passed && suite.failures == 0 && suite.errors == 0 && suite.skipped == 0)
        #expect(suite.properties.first == CheckSuite.Property("precision", "1"))
    }

    @Test func aChangedPublishedSumFailsItsYearWithBothValuesAndThePlace() throws {
        var v = try Self.verification()
        v.rows[1].published = ExactDecimal(23)
        let suite = CheckSuite.verification(file: Self.file, v, sums: Self.sums)
        let failed = suite.cases.filter { if case .failed = $0.outcome { true } else { false } }
        #expect(failed.map(\.name) == ["published sum 2025"])
        let c = try #require(failed.first)
        guard case .failed(let problem) = c.outcome else { return }
        #expect(problem.kind == "mismatch")
        #expect(problem.message == "2025: computed 21.5 rounds to 22, published 23 (published sum at \(Self.file):43:8)")
        #expect(problem.annotation == "2025: computed 21.5 rounds to 22, published 23")
        #expect(problem.details.contains("expected (published): 23\ncomputed: 21.5\n"))
        #expect(problem.details.contains("published sum: \(Self.file):43:8"))
        #expect(c.location == CheckLocation(file: Self.file, line: 43, column: 8))
    }

    @Test func aSummedYearWithoutAPublishedSumFailsAndPointsAtTheTable() throws {
        var v = try Self.verification()
        v.rows[2].published = nil
        let header = SourceReference(file: Self.file, line: 40, column: 1)
        let suite = CheckSuite.verification(file: Self.file, v, sums: [:], header: header)
        let c = try #require(suite.cases.first { $0.name == "published sum 2026" })
        guard case .failed(let problem) = c.outcome else {
            Issue.record("2026 without a published sum should fail")
            return
        }
        #expect(problem.kind == "missing")
        #expect(problem.message == "2026: computed 12 rounds to 12, no published sum (published sums at \(Self.file):40:1)")
        #expect(c.location == CheckLocation(header))
    }

    @Test func theJUnitDocumentOfAMismatchMatchesItsSnapshot() throws {
        var v = try Self.verification()
        v.rows[1].published = ExactDecimal(23)
        let suites = [
            CheckSuite.verification(file: Self.file, v, sums: Self.sums),
            CheckSuite.error("verify", file: "Scenarios/bad.toml", message: "Scenarios/bad.toml:3:1: unknown key 'titel' in [table]",
                             at: SourceReference(file: "Scenarios/bad.toml", line: 3, column: 1)),
        ]
        let xml = JUnitReport.render(suites, name: "dfcost verify")
        try RenderSupport.assertSnapshot(xml, named: "junit-verify.xml")
        try RenderSupport.assertSnapshot(GitHubAnnotations.render(suites, title: "dfcost verify"), named: "annotations-verify.txt")
    }

    @Test func markupAndCharactersXMLCannotHoldAreEscaped() throws {
        let nasty = "a&b <c> \"d\" 'e'\tf\ng\r\u{1}h\u{FFFE}æ€😀"
        let problem = CheckCase.Problem(kind: "k&", message: nasty, details: nasty)
        let suite = CheckSuite(name: nasty, file: "x&y.toml", properties: [.init("p<", nasty)], cases: [
            CheckCase(name: nasty, classname: "c", location: CheckLocation(file: "x"), outcome: .failed(problem)),
            CheckCase(name: "s", classname: "c", location: CheckLocation(file: "x"), outcome: .skipped(nasty)),
        ])
        let xml = JUnitReport.render([suite], name: nasty)
        #expect(!xml.unicodeScalars.contains("\u{1}"))
        #expect(!xml.unicodeScalars.contains("\u{FFFE}"))
        #expect(xml.contains("message=\"a&amp;b &lt;c&gt; &quot;d&quot; 'e'&#9;f&#10;g&#13;\u{FFFD}h\u{FFFD}æ€😀\""))
        #expect(xml.contains(">a&amp;b &lt;c&gt; \"d\" 'e'\tf\ng&#13;\u{FFFD}h\u{FFFD}æ€😀</failure>"))
        // Well-formed, and a reader gets the attributes back (less what XML cannot hold).
        // (XMLParser is Foundation's on Apple platforms, FoundationXML's elsewhere.)
        let reader = AttributeCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(reader.attributes["testcase"]?["name"] == "a&b <c> \"d\" 'e'\tf\ng\r\u{FFFD}h\u{FFFD}æ€😀")
        #expect(reader.attributes["property"]?["name"] == "p<")
    }

    @Test func annotationsEscapeWhatTheWorkflowCommandSyntaxUses() {
        let line = GitHubAnnotations.error(at: CheckLocation(file: "a,b:c.toml", line: 4, column: 16),
                                           title: "dfcost verify: load", message: "100% wrong\r\nsee: here, there")
        #expect(line == "::error file=a%2Cb%3Ac.toml,line=4,col=16,title=dfcost verify%3A load::100%25 wrong%0D%0Asee: here, there")
        #expect(GitHubAnnotations.error(at: CheckLocation(file: "x.toml"), title: "t", message: "m") == "::error file=x.toml,title=t::m")
    }

    @Test func onlyFailuresAndErrorsBecomeAnnotations() throws {
        let suite = CheckSuite.verification(file: Self.file, try Self.verification(), sums: Self.sums)
        #expect(GitHubAnnotations.render([suite], title: "dfcost verify") == "")
    }

    @Test func theSummaryCountsFilesByVerdict() throws {
        var v = try Self.verification()
        let ok = CheckSuite.verification(file: "a.toml", v, sums: [:])
        v.rows[0].published = ExactDecimal(1)
        let failed = CheckSuite.verification(file: "b.toml", v, sums: [:])
        let erred = CheckSuite.error("verify", file: "c.toml", message: "c.toml: no such file", at: nil)
        #expect(CheckSuite.summary("verify", [ok, failed, erred], locale: .en)
            == "verify: 3 files: 1 OK, 1 FAILED (b.toml), 1 could not be checked (c.toml)")
        #expect(CheckSuite.summary("verify", [ok], locale: .en) == "verify: 1 file: 1 OK")
        #expect(CheckSuite.summary("verify", [ok, failed, erred])
            == "verify: 3 filer: 1 OK, 1 AVVIK (b.toml), 1 kunne ikke kontrolleres (c.toml)")
    }

    @Test func aComparisonFailsEachPartThatChangedWithBaseAsExpected() throws {
        let (_, base, _) = try RenderSupport.applied(Self.file)
        let (_, other, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let comparison = try ScenarioComparison(base: base, other: other)
        let suite = CheckSuite.comparison(base: Self.file, other: "Scenarios/fm-delayed-1y.toml", comparison)
        let failed = suite.cases.filter { if case .failed = $0.outcome { true } else { false } }.map(\.name)
        #expect(failed.contains("total 2025") && failed.contains("total 2026") && failed.contains("cells"))
        #expect(!failed.contains("total 2024") && !failed.contains("horizon total") && !failed.contains("load"))
        let c = try #require(suite.cases.first { $0.name == "total 2025" })
        guard case .failed(let problem) = c.outcome else { return }
        #expect(problem.message == "total 2025: 33.5 in Scenarios/fm-delayed-1y.toml, 21.5 in \(Self.file) (+12)")
        #expect(problem.details.contains("expected (base): 21.5\ncomputed (other): 33.5\n"))
        #expect(suite.properties.first == CheckSuite.Property("base", Self.file))

        let same = CheckSuite.comparison(base: Self.file, other: Self.file, try ScenarioComparison(base: base, other: base))
        #expect(same.passed && same.cases.map(\.name) == suite.cases.map(\.name))
    }
}

/// Keeps the attributes of the first element of each name.
final class AttributeCollector: NSObject, XMLParserDelegate {
    var attributes: [String: [String: String]] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if attributes[elementName] == nil { attributes[elementName] = attributeDict }
    }
}
