import DFCostModel
import DFCostRender
import DFCostScenario
@testable import DFCostImport
import Foundation
import Testing

/// `dfcost import`: tables as the report and spreadsheets keep them -> scenario files that load
/// back into the same model.
@Suite struct TableImporterTests {
    /// The published table as an analyst keeps it in a spreadsheet (semicolons, Norwegian decimals).
    static let spreadsheet = """
        Estimert økning i drift- og forvaltningskostnader for de nasjonale e-helseløsningene (MNOK)
        Tiltak;Del;2022;2023;2024;2025;2026
        E-resept;;;;;;
        Program Pasientens legemiddelliste;SFM;(14) *;(24) *;55;;
        Program Pasientens legemiddelliste;FM;;;\u{2212}2;-12 *;
        Program Pasientens legemiddelliste;PLL;;;;2;
        Kjernejournal;;;;;;
        Digital behandlings- og egenbehandlingsplan;;(2) *;(2,3) *;;;
        Program digital samhandling;Deling av journaldokumenter;;;8;9,5;
        Program digital samhandling;Pasientens prøvesvar;;;17;;
        Helsenorge
        Program digital samhandling;Deling av journaldokumenter;;;0,5;0,5;
        Digital behandlings- og egenbehandlingsplan;;(1) *;(1,1)*;;;
        Program digital samhandling;Pasientens prøvesvar;;;3;;
        Helsenorge;Diverse tiltak;;18;10;13,5;12
        Helsenorge;Overført;;;\u{2212}4;;
        Helsenettet
        Program digital samhandling;Deling av journaldokumenter;;;2,5;2;
        Program digital samhandling;Digital hjemmeoppfølging;;;3;6;
        MF Helse;;15;5;;;
        Sum;;;;93;22;12
        * er avhengig av full utfasing av FM.
        Tall i parentes i kolonnene 2022 og 2023 synliggjør drift- og forvaltningskostnader som ble dekket internt, av tiltakseier.

        """

    /// What a line is, independent of ids: solution, initiative, part, and cells with condition marks.
    struct LineShape: Hashable {
        var solution, initiative, part: String
        var cells: [String]
    }

    static func shapes(_ table: CostTable) -> [LineShape] {
        table.lines.map { line in
            LineShape(solution: line.solution, initiative: line.initiative, part: line.part, cells: line.cells.map { c in
                "\(c.year) \(c.amount) \(c.isInternal) " + c.conditions.compactMap { table.condition($0)?.mark }.joined()
            })
        }
    }

    /// Writes the TOML to a file and loads it as dfcost does.
    static func load(_ toml: String) throws -> (AppliedScenario, Totals) {
        let dir = try TemporaryFolder()
        defer { dir.remove() }
        let url = dir.url.appendingPathComponent("imported.toml")
        try Data(toml.utf8).write(to: url)
        let applied = try ScenarioLoader.load(path: url.path).apply()
        return (applied, try applied.totals())
    }

    @Test(arguments: CSVDialect.allCases)
    func totalsCSVRoundTripsToTheSameModel(dialect: CSVDialect) throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/published/ehelseportefolje-2023-10.toml")
        let csv = TotalsRenderer(csvDialect: dialect).render(applied, totals: totals, format: .csv)
        let (back, backTotals) = try Self.load(try TableImporter.scenarioText(from: csv, file: "totals.csv"))
        #expect(Self.shapes(back.table) == Self.shapes(applied.table))
        #expect(back.table.lines.map(\.id) == applied.table.lines.map(\.id))
        #expect(back.table.solutions == applied.table.solutions)
        #expect(back.table.years == applied.table.years)
        #expect(backTotals == totals)
        #expect(try Verification(table: back.table, totals: backTotals)?.allMatch == true)
    }

    /// Every scenario file under Scenarios/, any depth.
    static let everyScenario: [String] = {
        let root = RenderSupport.root.appendingPathComponent("Scenarios")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".toml") }.sorted().map { "Scenarios/\($0)" }
    }()

    /// A line as `totals --format json` and the scenario format hold it, ids, tags and marks included.
    struct LineRecord: Hashable {
        var id, solution, initiative, part: String
        var tags: [String]
        var continues: String?
        var cells: [String]
    }

    static func records(_ table: CostTable) -> [LineRecord] {
        table.lines.map { line in
            LineRecord(id: line.id, solution: line.solution, initiative: line.initiative, part: line.part, tags: line.tags,
                       continues: line.continues,
                       cells: line.cells.map { "\($0.year) \($0.amount) \($0.isInternal) \($0.conditions.joined(separator: ","))" })
        }
    }

    /// `totals --format csv` then `import` gives back the table: lines with ids, tags and cells,
    /// conditions, solutions, title, source, notes, years and summed years, on every file.
    @Test(arguments: everyScenario, CSVDialect.allCases)
    func totalsCSVRoundTripsLosslessly(file: String, dialect: CSVDialect) throws {
        let (_, applied, totals) = try RenderSupport.applied(file)
        let csv = TotalsRenderer(csvDialect: dialect).render(applied, totals: totals, format: .csv)
        let (back, backTotals) = try Self.load(try TableImporter.scenarioText(from: csv, file: "totals.csv"))
        let a = applied.table, b = back.table
        #expect(Self.records(b) == Self.records(a))
        #expect(b.conditions == a.conditions)
        #expect(b.solutions == a.solutions)
        #expect(b.metadata == a.metadata)
        #expect(b.years == a.years && b.summedYears == a.summedYears)
        #expect(b.published?.values == a.published?.values && b.published?.precision == a.published?.precision)
        #expect(backTotals.totals == totals.totals)
    }

    @Test func theRoundTripCoversEveryFolderOfScenarios() {
        #expect(Self.everyScenario.contains("Scenarios/published/ehelseportefolje-2023-10.toml"))
        #expect(Self.everyScenario.contains("Scenarios/examples/illustrativ-runde-2.toml"))
        #expect(Self.everyScenario.contains("Scenarios/bench/standard-workload.toml"))
        #expect(Self.everyScenario.count >= 12)
    }

    @Test func reportCSVWithMoreSectionsImportsItsTable() throws {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/published/ehelseportefolje-2023-10.toml")
        let (_, other, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
        let report = Report(applied: applied, totals: totals, comparisons: [try ScenarioComparison(base: applied, other: other)])
        let csv = ReportRenderer().render(report, format: .csv)
        // The report's CSV is the human sheet: the table as published, then the charts' data and
        // the comparisons under their own headings. The importer ends the table after its sums
        // and their notes, so the other sections are not read as lines.
        let (back, backTotals) = try Self.load(try TableImporter.scenarioText(from: csv, file: "report.csv"))
        #expect(Self.shapes(back.table) == Self.shapes(applied.table))
        #expect(backTotals == totals)
    }

    static func commaSeparated(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.contains(",") ? "\"\($0)\"" : String($0) }.joined(separator: ",")
        }.joined(separator: "\n")
    }

    @Test(arguments: ["semicolon", "tab", "comma"])
    func spreadsheetLayoutImportsThePublishedTable(separator: String) throws {
        let text = switch separator {
        case "tab": Self.spreadsheet.replacingOccurrences(of: ";", with: "\t")
        case "comma": Self.commaSeparated(Self.spreadsheet)
        default: Self.spreadsheet
        }
        let imported = try TableImporter.read(text, file: "tabell.csv")
        #expect(imported.layout == .human)
        #expect(imported.conditions == [ConditionDefinition(id: "er-avhengig-av-full-utfasing-av-fm",
                                                            description: "er avhengig av full utfasing av FM.", mark: "*")])
        #expect(imported.summedYears == [2024, 2025, 2026])
        let (back, totals) = try Self.load(TableImporter.scenarioText(imported, source: "tabell.csv"))
        let (_, published, publishedTotals) = try RenderSupport.applied("Scenarios/published/ehelseportefolje-2023-10.toml")
        #expect(Self.shapes(back.table) == Self.shapes(published.table))
        #expect(back.table.solutions == published.table.solutions)
        #expect(totals.totals == publishedTotals.totals)
        #expect(totals.cumulative == publishedTotals.cumulative)
        #expect(back.table.published?.values == published.table.published?.values)
        #expect(back.table.metadata.title == "Estimert økning i drift- og forvaltningskostnader for de nasjonale e-helseløsningene")
        #expect(back.table.metadata.notes.count == 1)
        #expect(Set(back.table.lines.map(\.id)).count == 14)
    }

    @Test func textReportLayoutWithOneLabelColumnImports() throws {
        let text = """
            Løsning / tiltak / del\t2024\t2025
            E-resept
              Program Pasientens legemiddelliste / FM\t\u{2212}2\t\u{2212}12*
              Sum E-resept\t\u{2212}2\t\u{2212}12
            Sum\t\u{2212}2\t\u{2212}12
            * Er avhengig av full utfasing av FM.
            """
        let imported = try TableImporter.read(text, file: "t.tsv")
        #expect(imported.lines.count == 1)
        #expect(imported.lines[0].initiative == "Program Pasientens legemiddelliste")
        #expect(imported.lines[0].part == "FM")
        #expect(imported.lines[0].cells.map(\.marks) == [[], ["*"]])
    }

    @Test func unreadableCellIsAnErrorAtItsLineAndColumn() throws {
        let text = "Tiltak;Del;2024;2025\nE-resept\nPLL;FM;-2;tolv\n"
        do {
            _ = try TableImporter.read(text, file: "t.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.origin == SourceReference(file: "t.csv", line: 3, column: 11))
            #expect(error.description.hasPrefix("t.csv:3:11: 'tolv'"))
        }
    }

    @Test func lineBeforeAnySolutionHeadingIsAnError() {
        #expect(throws: TableImportError.self) {
            _ = try TableImporter.read("Tiltak;Del;2024\nPLL;FM;3\n", file: "t.csv")
        }
    }

    @Test func textWithoutYearsIsAnError() {
        #expect(throws: TableImportError.self) {
            _ = try TableImporter.read("bare tekst\nuten år\n", file: "t.csv")
        }
    }
}
