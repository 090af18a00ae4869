import DFCostModel
import DFCostScenario
import Foundation
import Testing

/// Every bad input gives one line `file:line:col: message`, never a crash.
/// Each case is a file in Fixtures/bad; the positions were counted by hand in those files.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        /// "line:column" of the offending key or value.
        var position: String
        /// Fragments the message must contain.
        var mentions: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        // title = "unterminated  (line 4): the string runs into the end of the line.
        Case(file: "malformed.toml", position: "4:", mentions: []),
        Case(file: "unknown-key.toml", position: "4:1", mentions: ["unknown key 'titel' in [table]", "did you mean 'title'?"]),
        Case(file: "unknown-solution.toml", position: "14:12", mentions: ["unknown solution 'e-resep'", "did you mean 'e-resept'?"]),
        Case(file: "duplicate-line.toml", position: "19:6", mentions: ["duplicate line id 'x'", "first defined at ", "duplicate-line.toml:13:6"]),
        Case(file: "non-numeric-amount.toml", position: "16:18", mentions: ["'abc'"]),
        Case(file: "boolean-amount.toml", position: "16:18", mentions: ["the cell for 2024 must be a number", "found a boolean"]),
        Case(file: "inf-amount.toml", position: "16:18", mentions: ["'inf', not a finite amount"]),
        Case(file: "nan-amount.toml", position: "16:18", mentions: ["'nan', not a finite amount"]),
        Case(file: "year-outside.toml", position: "16:21", mentions: ["year 2030 is outside the table's years 2024-2025"]),
        Case(file: "version-2.toml", position: "1:11", mentions: ["unsupported version 2", "reads version 1"]),
        Case(file: "missing-version.toml", position: "1:1", mentions: ["missing 'version = 1'"]),
    ]

    @Test(arguments: cases)
    func badFilesGiveOneLineWithFileLineAndColumn(_ badCase: Case) throws {
        let path = try Paths.fixture("bad/\(badCase.file)")
        let error = try #require(loadError(path))
        let message = error.description
        #expect(message.hasPrefix("\(path):\(badCase.position)"), "\(message)")
        // file:line:col: then the message, all on one line.
        let rest = message.dropFirst(path.count + 1)
        let fields = rest.split(separator: ":", maxSplits: 2)
        #expect(fields.count == 3)
        #expect(fields.count == 3 && Int(fields[0]) != nil && Int(fields[1]) != nil && fields[2].hasPrefix(" "))
        #expect(!message.contains("\n"))
        for fragment in badCase.mentions {
            #expect(message.contains(fragment), "\(message) should mention \(fragment)")
        }
        #expect(!error.isMissingInput)
        #expect(!error.isUsage)
    }

    @Test func malformedTomlIsASyntaxError() throws {
        let error = try #require(loadError(Paths.fixture("bad/malformed.toml")))
        guard case .syntax(let at, _) = error else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(at.line == 4)
    }

    @Test func aMissingFileIsMissingInput() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dfcost-no-such-\(UUID().uuidString).toml").path
        let error = try #require(loadError(path))
        #expect(error == .fileNotFound(path))
        #expect(error.isMissingInput)
        #expect(error.description == "\(path): no such file")
    }

    @Test func aDirectoryIsNotAScenarioFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let error = try #require(loadError(folder.url.path))
        #expect(error == .notAFile(folder.url.path))
        #expect(error.isMissingInput)
        #expect(error.description.contains("is a directory"))
    }

    @Test(arguments: [
        // Written inline: each a complete base file with one mistake; (text, line:col, fragment).
        ("version = 1\n[table]\ntitle = \"T\"\nyears = [2024]\nsummed_years = [2025]\n", "5:16", "summed year 2025 is not one of the table's years 2024"),
        ("version = 1\n[table]\ntitle = \"T\"\nyears = [2025, 2024]\nsummed_years = [2024]\n", "4:9", "increasing order"),
        ("version = 1\n[table]\ntitle = \"T\"\nyears = [2024]\nsummed_years = [2024]\nunit = \"NOK\"\n", "6:8", "unit 'NOK' is not supported"),
        ("version = 1\n", "1:1", "the base file needs a [table] section"),
        ("version = \"1\"\n[table]\ntitle = \"T\"\nyears = [2024]\nsummed_years = [2024]\n", "1:11", "must be a whole number"),
        ("version = 1\n[table]\ntitle = \"T\"\nyears = [2024]\nsummed_years = [2024]\n[conditions.x]\ndescription = \"X\"\nstate = \"later\"\n", "8:9", "'later' is not a condition state"),
        ("version = 1\n[table]\ntitle = \"T\"\nyears = [2024]\nsummed_years = [2024]\n[published_sums]\n2023 = 5\n", "7:1", "published sum for 2023"),
        ("version = 1\n[table]\ntitle = \"T\"\nyears = [2024]\nsummed_years = [2024]\n[[solutions]]\nid = \"s\"\n[[lines]]\nid = \"x\"\nsolution = \"s\"\ninitiative = \"X\"\ncells = { 2024 = \"12#\" }\n", "12:18", "unknown mark '#'"),
        ("version = 1\n[table]\ntitle = \"T\"\nyears = [2024]\nsummed_years = [2024]\n[[solutions]]\nid = \"s\"\n[[lines]]\nid = \"x\"\nsolution = \"s\"\ninitiative = \"X\"\ncells = { 2024 = 1e30 }\n", "12:18", "out of range"),
    ])
    func otherBadTablesAreReportedWhereTheyAre(text: String, position: String, fragment: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("bad.toml", text)
        let message = try #require(loadError(path)).description
        #expect(message.hasPrefix("\(path):\(position): "), "\(message)")
        #expect(message.contains(fragment), "\(message)")
        #expect(!message.contains("\n"))
    }
}
