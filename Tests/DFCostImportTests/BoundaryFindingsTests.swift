@testable import DFCostImport
import DFCostModel
import DFCostScenario
import DFCostTableLayout
import DFCostTestSupport
import Foundation
import Testing

/// The boundary cases the text importer answers: each test fails on the
/// importer that guessed.
@Suite struct BoundaryFindingsTests {
    /// The published table as an analyst keeps it: solution headings, Tiltak;Del, a Sum row.
    static let table = """
        Tiltak;Del;2022;2023;2024;2025;2026
        E-resept;;;;;;
        Program Pasientens legemiddelliste;SFM;(14) *;(24) *;55;;
        Program Pasientens legemiddelliste;FM;;;−2;-12 *;
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
        Helsenorge;Overført;;;−4;;
        Helsenettet
        Program digital samhandling;Deling av journaldokumenter;;;2,5;2;
        Program digital samhandling;Digital hjemmeoppfølging;;;3;6;
        MF Helse;;15;5;;;
        Sum;;;;93;22;12
        * er avhengig av full utfasing av FM.

        """

    /// A line as the oracle compares it: solution name, labels, cells with flags and marks.
    static func shape(_ t: ImportedTable) -> [String] {
        t.lines.map { line in
            let name = t.solutions.first { $0.id == line.solution }?.name ?? "?"
            return ([name, line.initiative, line.part] + line.cells.map { "\($0.year)=\($0.amount)\($0.isInternal ? "i" : "")\($0.marks.joined())" })
                .joined(separator: "|")
        }
    }

    static let publishedSums: [Int: ExactDecimal] = [2024: ExactDecimal(93), 2025: ExactDecimal(22), 2026: ExactDecimal(12)]

    static func replacing(_ old: String, with new: String) -> String {
        table.replacingOccurrences(of: old, with: new)
    }

    // MARK: Total rows

    @Test(arguments: ["Summ", "Summert", "Totalsum MNOK", "Sum over alt", "Totalkostnad", "Sum Helsenett"])
    func aTotalRowWithAnUnknownLabelIsRefusedAtItsPlace(label: String) {
        let error = Importing.error(Self.replacing("Sum;;;;93;22;12", with: "\(label);;;;93;22;12"))
        #expect(error?.hasPrefix("t.csv:20:1: '\(label)' reads as a") == true, "\(error ?? "imported")")
    }

    @Test(arguments: ["Sum", "SUM", "Sum totalt", "Totalt", "I alt", "Sum millioner kroner", "sum (MNOK)", "Sum alle løsninger", "Total MNOK"])
    func commonTotalLabelsAreCheckedAsTheSum(label: String) throws {
        let t = try Importing.table(Self.replacing("Sum;;;;93;22;12", with: "\(label);;;;93;22;12"))
        #expect(t.lines.count == 14)
        #expect(t.published?.values == Self.publishedSums)
        #expect(t.receipt.checks.filter { $0.kind == .sum }.map(\.year) == [2024, 2025, 2026])
    }

    @Test func aTotalThatDoesNotAddUpIsRefused() {
        #expect(Importing.error(Self.replacing("Sum;;;;93;22;12", with: "I alt;;;;94;22;12"))
            == "t.csv:20:10: Sum 2024 is 94, but the lines sum to 93")
    }

    @Test func aSubtotalRowIsCheckedAgainstItsSolution() throws {
        let text = Self.replacing("Kjernejournal;;;;;;", with: "Sum E-resept;;;;53;-10;\nKjernejournal;;;;;;")
        let t = try Importing.table(text)
        let minusTen = ExactDecimal(-10)
        let subtotal = t.receipt.checks.first { $0.kind == .subtotal("E-resept") && $0.year == 2025 }
        #expect(subtotal?.written == minusTen)
        let error = Importing.error(text.replacingOccurrences(of: "Sum E-resept;;;;53", with: "Sum E-resept;;;;54"))
        #expect(error == "t.csv:6:17: Sum E-resept 2024 is 54, but its lines sum to 53")
    }

    @Test(arguments: ["Toatlt", "I allt", "Sum totlat", "Alt i alt"])
    func aMisspelledTotalIsRefusedByItsAmounts(label: String) {
        let error = Importing.error("Tiltak;2024;2025\nA\nx;1;2\ny;3;4\n\(label);4;6\n")
        #expect(error?.hasPrefix("t.csv:5:1: ") == true, "\(error ?? "imported")")
        #expect(error?.contains("'\(label)'") == true)
    }

    @Test func amountsThatLookLikeYearsDoNotEndTheTable() throws {
        let t = try Importing.table("Tiltak;2024;2025\nA\nx;2070,6;2163\nSum;2070,6;2163\nSum, avrundet;2071;2163\n")
        #expect(t.published?.values == [2024: ExactDecimal(2071), 2025: ExactDecimal(2163)])
    }

    @Test func aTotalRowIsCheckedAtTheDecimalsOfItsRow() {
        // 62,6 written as 63 in a row that writes 1,5: the row is to tenths, so 63 is 63,0.
        #expect(Importing.error("Tiltak;2024;2025\nA\nx;62,6;1,5\nSum;63;1,5\n") == "t.csv:4:5: Sum 2024 is 63 (its row is written to 1 decimal), but the lines sum to 62.6")
    }

    @Test func aLineWithTheSumOfTheLinesAboveIsALineWhenTheSumRowCountsIt() throws {
        let t = try Importing.table("Tiltak;2024;2025\nA\nSFM;1;1\nFM;2;2\nPLL;3;3\nSum;6;6\n")
        #expect(t.lines.map(\.initiative) == ["SFM", "FM", "PLL"])
        #expect(Importing.error("Tiltak;2024;2025\nA\nSFM;1;1\nFM;2;2\nToatlt;3;3\nSum;3;3\n")?.hasPrefix("t.csv:5:1: the line 'Toatlt' has, in every year, the sum of all the lines above it") == true)
    }

    @Test func aCumulativeLevelOfTheWrittenSumsIsChecked() throws {
        let t = try Importing.table("Tiltak;2024;2025\nA\nx;1,4;1,4\nSum;1;1\nKumulativt nivå;1;2\n")
        #expect(t.receipt.checks.filter { $0.kind == .cumulative }.count == 2)
        #expect(Importing.error("Tiltak;2024;2025\nA\nx;1,4;1,4\nSum;1;1\nKumulativt nivå;1;4\n")?.hasPrefix("t.csv:5:19: the cumulative level 2025 is 4") == true)
    }

    @Test func aMarkNoFootnoteExplainsIsRefusedAtItsCell() {
        #expect(Importing.error("Tiltak;2024\nA\nx;1 †\nSum;1\n") == "t.csv:3:3: '1 †' carries the mark '†', which no footnote under the table explains; add one such as '† Er avhengig av full utfasing av FM.', or remove the mark")
    }

    @Test func aCellWithTwoFootnotedMarksDependsOnBoth() throws {
        let t = try Importing.table("Tiltak;2024\nA\nx;-12 *‡\nSum;-12\n* FM.\n‡ PLL.\n")
        #expect(t.lines[0].cells[0].marks == ["*", "‡"])
        #expect(t.conditions.map(\.mark) == ["*", "‡"])
    }

    @Test func marksThatEndOneAnotherAreRefusedAtTheirFootnote() {
        #expect(Importing.error("Tiltak;2024\nA\nx;1 *\ny;2 **\nSum;3\n* FM.\n** PLL.\n")?
            .hasPrefix("t.csv:7:1: the marks '*' and '**' cannot be told apart") == true)
    }

    @Test func aPointAmongDecimalCommasIsRefused() {
        #expect(Importing.error("Tiltak;2024;2025\nA\nx;1.250;13,5\ny;2,5;1\n")?
            .hasPrefix("t.csv:3:3: '1.250' has a decimal point while the table's other amounts have decimal commas (e.g. '13,5' at 3:9)") == true)
    }

    @Test func aFileThatMixesUTF8AndWindows1252IsRefusedAtTheOddByte() {
        let bytes = Array("Tiltak;2024\nA\nPrøvesvar;1\nx".utf8) + [0xF8] + Array(";2\n".utf8)
        do {
            _ = try TableImporter.read(bytes: bytes, file: "t.csv")
            Issue.record("imported")
        } catch {
            #expect(error.description.hasPrefix("t.csv:4:2: byte 0xF8 is not UTF-8, while other characters of the file are"))
        }
    }

    @Test func noSumRowIsAWarningWithItsPlace() throws {
        let t = try Importing.table("Tiltak;2024\nA\nx;1\n")
        #expect(t.receipt.warnings.map(\.warning) == [.noSumRow])
        #expect(t.receipt.warnings.first?.place == SourceReference(file: "t.csv", line: 1, column: 8))
    }

    /// A Sum row blank in a year whose lines have counted amounts leaves that year unsummed: a
    /// warning at the year's header (an error with --strict), not a silent change of the sums.
    /// A year with internal amounts only, in parentheses, is unsummed without a word.
    @Test func aBlankSumCellOverCountedAmountsIsAWarningAtItsYear() throws {
        let t = try Importing.table("Tiltak;Del;2023;2024;2025\nA\nx;y;(4);55;\nx;z;(1);-2;-12\nSum;;;53;\n")
        #expect(t.receipt.warnings.map(\.warning) == [.yearNotSummed(2025)])
        #expect(t.receipt.warnings.first?.place == SourceReference(file: "t.csv", line: 1, column: 22))
        #expect(t.summedYears == [2024])
    }

    // MARK: Label columns from content

    @Test func aTableUnderATitleBlockWithAnEmptyFirstColumnKeepsItsLabels() throws {
        let text = """
            ;Estimert økning (MNOK)
            ;Kilde: rapport oktober 2023
            ;
            ;
            ;Løsning / tiltak;Del;2024;2025
            ;E-resept;;;
            ;Program Pasientens legemiddelliste;SFM;55;
            ;Program Pasientens legemiddelliste;FM;-2;-12 *
            ;Helsenorge;;;
            ;Diverse tiltak;;10;13,5
            ;Sum;;63;1,5
            ;* er avhengig av full utfasing av FM.

            """
        let t = try Importing.table(text)
        #expect(Self.shape(t) == [
            "E-resept|Program Pasientens legemiddelliste|SFM|2024=55",
            "E-resept|Program Pasientens legemiddelliste|FM|2024=-2|2025=-12*",
            "Helsenorge|Diverse tiltak||2024=10|2025=13.5",
        ])
        #expect(t.metadata.title == "Estimert økning")
        #expect(t.metadata.document == "rapport oktober 2023")
        #expect(!t.lines.contains { $0.initiative.isEmpty })
    }

    // MARK: The report's own layout

    static let reportLayout = """
        Økning pr år;Tiltak;Del;2022;2023;2024;2025;2026
        E-RESEPT;Program Pasientens legemiddelliste;SFM;(14) *;(24) *;55;;
        ;Program Pasientens legemiddelliste;FM;;;−2;-12 *;
        ;Program Pasientens legemiddelliste;PLL;;;;2;
        KJERNEJOURNAL;Digital behandlings- og egenbehandlingsplan;;(2) *;(2,3) *;;;
        ;Program digital samhandling;Deling av journaldokumenter;;;8;9,5;
        ;Program digital samhandling;Pasientens prøvesvar;;;17;;
        HELSENORGE;Program digital samhandling;Deling av journaldokumenter;;;0,5;0,5;
        ;Digital behandlings- og egenbehandlingsplan;;(1) *;(1,1)*;;;
        ;Program digital samhandling;Pasientens prøvesvar;;;3;;
        ;Helsenorge;Diverse tiltak;;18;10;13,5;12
        ;Helsenorge;Overført;;;−4;;
        HELSENETTET;Program digital samhandling;Deling av journaldokumenter;;;2,5;2;
        ;Program digital samhandling;Digital hjemmeoppfølging;;;3;6;
        ;MF Helse;;15;5;;;
        Sum millioner kroner;;;;;93;22;12
        *er avhengig av full utfasing av FM.

        """

    @Test(arguments: ["Økning pr år", "", "Løsning", "Område"])
    func theSolutionInAColumnBesideItsLinesWrittenOnce(header: String) throws {
        let text = Self.reportLayout.replacingOccurrences(of: "Økning pr år;", with: "\(header);")
        let t = try Importing.table(text)
        #expect(t.solutions.map(\.name) == ["E-RESEPT", "KJERNEJOURNAL", "HELSENORGE", "HELSENETTET"])
        #expect(t.lines.count == 14)
        #expect(t.published?.values == Self.publishedSums)
    }

    @Test func theSolutionWrittenOnEveryRowReadsAlike() throws {
        var solution = ""
        let every = Self.reportLayout.split(separator: "\n").enumerated().map { i, line -> String in
            var fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard i > 0, fields.count > 3, !fields[0].hasPrefix("Sum") else { return String(line) }
            if fields[0].isEmpty { fields[0] = solution } else { solution = fields[0] }
            return fields.joined(separator: ";")
        }.joined(separator: "\n")
        #expect(Self.shape(try Importing.table(every)) == Self.shape(try Importing.table(Self.reportLayout)))
    }

    // MARK: Identity independent of row order

    @Test func idsDoNotDependOnRowOrder() throws {
        let rows = Self.table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Helsenorge's block (rows 10-15) above Kjernejournal's (rows 6-9).
        let reordered = (rows[0..<5] + rows[9..<15] + rows[5..<9] + rows[15...]).joined(separator: "\n")
        let a = try Importing.table(Self.table), b = try Importing.table(reordered)
        let idsA = Dictionary(uniqueKeysWithValues: a.lines.map { ($0.id, Self.shape(a)[a.lines.firstIndex(of: $0)!]) })
        let idsB = Dictionary(uniqueKeysWithValues: b.lines.map { ($0.id, Self.shape(b)[b.lines.firstIndex(of: $0)!]) })
        #expect(idsA == idsB)
        #expect(a.lines.contains { $0.id == "kjernejournal-program-digital-samhandling-deling-av-journaldokumenter" })
    }

    @Test func namesThatMakeTheSameSlugGetDistinctStableIds() throws {
        let one = try Importing.table("Tiltak;Del;2024\nA\nDeling;av x;1\nDeling av;x;2\nSum;;3\n")
        let two = try Importing.table("Tiltak;Del;2024\nA\nDeling av;x;2\nDeling;av x;1\nSum;;3\n")
        #expect(Set(one.lines.map(\.id)).count == 2)
        #expect(Set(one.lines.map { "\($0.id) \($0.initiative)" }) == Set(two.lines.map { "\($0.id) \($0.initiative)" }))
    }

    @Test func twoLinesWithTheSameLabelsAreRefused() {
        #expect(Importing.error("Tiltak;Del;2024\nA\nx;y;1\nX ; y;2\nSum;;3\n")?.hasPrefix("t.csv:4:1: the line 'A / X / y' is already on row 3") == true)
    }

    @Test func likeReusesThePreviousRoundsIdentity() throws {
        let published = try ScenarioLoader.load(path: PackageRoot.path(PackageRoot.published)).base
        var t = try Importing.table(Self.table.replacingOccurrences(of: "Program Pasientens legemiddelliste;PLL", with: "program  pasientens LEGEMIDDELLISTE;pll")
            .replacingOccurrences(of: "MF Helse;;15;5", with: "MF Helse ny;;15;5"))
        try TableImporter.finish(&t, options: .init(like: published))
        #expect(t.lines.map(\.id).prefix(3) == ["pll-sfm", "pll-fm", "pll-pll"])
        #expect(t.lines[0].tags == published.lines[0].tags)
        #expect(t.conditions.map(\.id) == ["fm-phaseout"])
        #expect(t.solutions.map(\.id) == published.solutions.map(\.id))
        #expect(t.receipt.warnings.map(\.warning).contains(.unmatchedLine("Helsenettet / MF Helse ny")))
        #expect(t.receipt.warnings.map(\.warning).contains(.previousLineMissing("mf-helse")))
    }

    // MARK: Import never writes a file the loader refuses

    @Test func summedYearsListedTwiceAreRefusedAtTheMetaRow() {
        let csv = "kind,id,solution,initiative,part,2025,2026\nline,a,x,A,,1,2\nmeta,table.summed_years,2025 2025 2026\n"
        #expect(Importing.error(csv) == "t.csv:3:25: summed year 2025 is listed twice; list each summed year once")
    }

    @Test func aMachineSumRowThatDisagreesWithTheLinesIsRefused() {
        let csv = "kind,id,solution,initiative,part,2025\nline,a,x,A,,1\nline,b,x,B,,2\nsum,,,,,4\n"
        #expect(Importing.error(csv) == "t.csv:4:9: the sum row says 4 for 2025, but the lines sum to 3")
    }

    @Test func everyImportedTableIsReadBackBeforeItIsWritten() throws {
        let t = try Importing.table(Self.table)
        let text = try TableImporter.checkedScenarioText(t, source: "t.csv")
        let back = try ScenarioLoader.load(text: text, path: "t.csv").base
        #expect(back.lines.map(\.id) == t.lines.map(\.id))
        var broken = t
        broken.lines[0].cells.append(broken.lines[0].cells[0])  // a year twice: the loader refuses it
        #expect(throws: TableImportError.self) { try TableImporter.checkedScenarioText(broken, source: "t.csv") }
    }

    // MARK: Encodings

    @Test func windows1252TextIsReadAndSaidSo() throws {
        var bytes: [UInt8] = []
        for scalar in Self.table.unicodeScalars {
            switch scalar {
            case "ø": bytes.append(0xF8)
            case "\u{2212}": bytes.append(UInt8(ascii: "-"))
            default: bytes.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let t = try TableImporter.read(bytes: bytes, file: "t.csv")
        #expect(t.lines.contains { $0.part == "Pasientens prøvesvar" })
        #expect(t.receipt.warnings.first?.warning == .readAsWindows1252)
    }

    @Test func aByteNoEncodingReadsIsRefusedAtItsLineAndColumn() {
        let bytes = Array("Tiltak;2024\nA\nx".utf8) + [0x81] + Array(";1\n".utf8)
        #expect(throws: TableImportError.self) { try TableImporter.read(bytes: bytes, file: "t.csv") }
        do { _ = try TableImporter.read(bytes: bytes, file: "t.csv") } catch {
            #expect(error.description.hasPrefix("t.csv:3:2: byte 0x81"))
        }
    }

    // MARK: The receipt

    @Test func theReceiptAccountsForEveryRowInBothLanguages() throws {
        let t = try Importing.table("Tittel\n\nTiltak;2024\nA\nx;1\nSum;1\nEn merknad.\n\nAnnen seksjon;5\n")
        let nb = t.receipt.lines(file: "t.csv", language: .nb, place: t.describe)
        #expect(nb.first == "t.csv: lest 1 linje, 1 løsning (rapportoppsett, rad 3–7)", "\(nb)")
        #expect(nb.dropFirst().first == "  summerte år: 2024")
        #expect(nb.contains("  kontrollert mot linjene: Sum (t.csv:6:5): 2024 1"))
        #expect(nb.contains("  utelatt t.csv:1:1: tittel (brukt som tabellens tittel)"))
        #expect(nb.contains("  utelatt t.csv:7:1: merknad under tabellen (brukt som merknad)"))
        #expect(nb.contains("  utelatt t.csv:9:1: etter tabellen, ikke lest"))
        let en = t.receipt.lines(file: "t.csv", language: .en, place: t.describe)
        #expect(en.contains("  checked against the lines: Sum (t.csv:6:5): 2024 1"))
    }

    @Test func theLayoutContractRecognisesWhatTheWritersWrite() {
        for label in ["Sum", "Sum, avrundet", "Kumulativt nivå", "Sum, rounded", "Cumulative level"] {
            let n = TableLayout.normalized(label)
            #expect(TableLayout.sumLabels.contains(n) || TableLayout.roundedSumLabels.contains(n) || TableLayout.cumulativeLabels.contains(n), "\(label)")
        }
    }
}
