@testable import DFCostImport
import DFCostTestSupport
import Foundation
import Testing

/// Every disagreement the import oracle found, once decided, is a fixture here
/// (Fixtures/oracle/README.md says what each was and what was decided).
@Suite struct OracleFixtureTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/oracle")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted()
    }()

    @Test func thereAreFixtures() { #expect(Self.cases.count >= 6) }

    @Test(arguments: cases)
    func theImporterGivesWhatWasDecided(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let base = String(name[..<name.lastIndex(of: ".")!])
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(base + ".expected"), encoding: .utf8)
            .trimmingCharacters(in: .newlines)
        let data = try Data(contentsOf: url)
        var outcome: String
        do {
            let table = name.hasSuffix(".xlsx")
                ? try WorkbookReader.read(data: data, name: name)
                : try TableImporter.read(bytes: Array(data), file: name)
            _ = try TableImporter.checkedScenarioText(table, source: name)
            outcome = "imports \(table.lines.count) \(table.solutions.count)"
        } catch let error as WorkbookError {
            outcome = "refused " + String(error.description.dropFirst(name.count))
        } catch let error as TableImportError {
            outcome = "refused " + String(error.description.dropFirst(name.count))
        }
        #expect(outcome == expected)
    }
}
