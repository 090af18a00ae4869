import DFCostImport
import DFCostModel
import DFCostRender
import DFCostScenario
import Testing

/// The typed reasons of a table or workbook the importer refuses, every case with a sample,
/// walked by ``ErrorWordsTests`` like the error types; and the Norwegian line holds no decimal
/// point but in the sample data (the cell text as written).
extension ErrorWordsTests {
    static func decimal(_ text: String) -> ExactDecimal { try! ExactDecimal.parse(text) }

    static func tableImportCase(_ r: TableImportReason) -> String {
        switch r {
        case .notUTF16: "notUTF16"
        case .mixedEncodings: "mixedEncodings"
        case .notText: "notText"
        case .unclosedQuote: "unclosedQuote"
        case .noTable: "noTable"
        case .noLines: "noLines"
        case .noYearHeader: "noYearHeader"
        case .yearsOutOfOrder: "yearsOutOfOrder"
        case .yearColumnsNotIncreasing: "yearColumnsNotIncreasing"
        case .sumBeyondRange: "sumBeyondRange"
        case .cumulativeBeyondRange: "cumulativeBeyondRange"
        case .amountAboveHeader: "amountAboveHeader"
        case .rowAfterLastTotal(_, let move): "rowAfterLastTotal(\(move))"
        case .amountWithoutYear: "amountWithoutYear"
        case .tooManyLabelColumns: "tooManyLabelColumns"
        case .onlyOneLabelColumn: "onlyOneLabelColumn"
        case .secondFootnote: "secondFootnote"
        case .marksAlike: "marksAlike"
        case .strayAfterNumber: "strayAfterNumber"
        case .unexplainedMark: "unexplainedMark"
        case .markedTotal: "markedTotal"
        case .totalWithoutAmounts: "totalWithoutAmounts"
        case .headingInLabelColumn: "headingInLabelColumn"
        case .subtotalBeforeSolution: "subtotalBeforeSolution"
        case .unknownSubtotal(_, _, _, let s): "unknownSubtotal(\(s != nil))"
        case .uncheckableTotal: "uncheckableTotal"
        case .lineBeforeSolution: "lineBeforeSolution"
        case .rowWithoutLabel: "rowWithoutLabel"
        case .duplicateLine(_, _, let part, _): "duplicateLine(\(part.isEmpty))"
        case .mixedDecimalSigns(_, let comma, _, _, _): "mixedDecimalSigns(\(comma))"
        case .ambiguousSeparator(_, let comma): "ambiguousSeparator(\(comma))"
        case .cell(let f): "cell(\(cellFailureCase(f)))"
        case .unlabelledTotal(_, let s, let f): "unlabelledTotal(\(s != nil), \(f != nil))"
        case .subtotalDiffers: "subtotalDiffers"
        case .totalDiffers(let rounded, _, _, let decimals, _): "totalDiffers(\(rounded), \(decimals != nil))"
        case .cumulativeDiffers(_, _, _, let w): "cumulativeDiffers(\(w != nil))"
        case .noYearColumn: "noYearColumn"
        case .missingColumn: "missingColumn"
        case .lineWithoutID: "lineWithoutID"
        case .duplicateLineID: "duplicateLineID"
        case .lineWithoutSolution: "lineWithoutSolution"
        case .notTrueOrFalse: "notTrueOrFalse"
        case .sumRowDiffers(let rounded, _, _, _): "sumRowDiffers(\(rounded))"
        case .unknownMetaKey: "unknownMetaKey"
        case .summedYearNotAColumn: "summedYearNotAColumn"
        case .summedYearTwice: "summedYearTwice"
        case .summedYearsOutOfOrder: "summedYearsOutOfOrder"
        case .secondSummedYears: "secondSummedYears"
        case .publishedSumNotAColumn: "publishedSumNotAColumn"
        case .unknownLine: "unknownLine"
        case .notAPosition: "notAPosition"
        case .notALineID: "notALineID"
        case .idTaken: "idTaken"
        case .strictWarning(let w): "strictWarning(\(String(describing: w).prefix { $0 != "(" }))"
        case .writtenFileDoesNotLoad: "writtenFileDoesNotLoad"
        case .writtenFileDiffers: "writtenFileDiffers"
        }
    }
    static func cellFailureCase(_ f: CellNotation.Failure) -> String {
        switch f {
        case .repeatedMark: "repeatedMark"
        case .notFinite: "notFinite"
        case .notAnAmount: "notAnAmount"
        case .unknownMark(_, _, let declared): "unknownMark(\(declared.isEmpty))"
        case .notACell: "notACell"
        }
    }
    static let cellFailures: [CellNotation.Failure] = [
        .repeatedMark(text: "12**", mark: "*"), .notFinite(text: "NaN"), .notAnAmount(text: "abc"),
        .unknownMark(text: "12#", mark: "#", declared: ["*", "†"]), .unknownMark(text: "12#", mark: "#", declared: []),
        .notACell(text: "1e99", .notANumber("1e99")),
    ]
    static let receiptWarnings: [ImportReceipt.Warning] = [
        .noSumRow, .yearNotSummed(2025), .footnoteUnused("†"), .readAsWindows1252, .appliedTable("s1"),
        .publishedSumDiffers(year: 2025, table: decimal("21.5"), published: decimal("22")),
        .unmatchedLine("E-resept / SFM"), .previousLineMissing("E-resept / FM"),
    ]
    static let tableImportReasons: [TableImportReason] = tableLayoutReasons + cellFailures.map { .cell($0) } + totalsReasons
        + receiptWarnings.map { .strictWarning($0) } + afterReading
    static let tableLayoutReasons: [TableImportReason] = [
        .notUTF16, .mixedEncodings(byte: 0xE9), .notText(byte: 0x81), .unclosedQuote, .noTable, .noLines, .noYearHeader,
        .yearsOutOfOrder(year: 2024, after: 2025), .yearColumnsNotIncreasing, .sumBeyondRange(year: 2025), .cumulativeBeyondRange(year: 2026),
        .amountAboveHeader(text: "55"), .rowAfterLastTotal(label: "SFM", moveOrRemove: true), .rowAfterLastTotal(label: "SFM", moveOrRemove: false),
        .amountWithoutYear(text: "12"), .tooManyLabelColumns(count: 3, columns: ["B", "C", "D"]), .onlyOneLabelColumn,
        .secondFootnote(mark: "*", first: "Er avhengig av full utfasing av FM."), .marksAlike("*", "**", longer: "**"),
        .strayAfterNumber(text: "12%", stray: "%"), .unexplainedMark(text: "12†", mark: "†"), .markedTotal(text: "(53)", label: "Sum"),
        .totalWithoutAmounts(label: "Sum"), .headingInLabelColumn(label: "Helsenorge"), .subtotalBeforeSolution(label: "Sum E-resept"),
        .unknownSubtotal(label: "Sum E-resep", name: "E-resep", solutions: ["E-resept", "Helsenorge"], suggestion: "E-resept"),
        .unknownSubtotal(label: "Sum Kjernejournal", name: "Kjernejournal", solutions: ["E-resept"], suggestion: nil),
        .uncheckableTotal(label: "Summ"), .lineBeforeSolution(label: "SFM"), .rowWithoutLabel,
        .duplicateLine(solution: "E-resept", initiative: "SFM", part: "Drift", firstRow: 4),
        .duplicateLine(solution: "E-resept", initiative: "SFM", part: "", firstRow: 4),
        .mixedDecimalSigns(text: "1.250", comma: false, example: "13,5", line: 4, column: 2),
        .mixedDecimalSigns(text: "1,5", comma: true, example: "13.5", line: 4, column: 2),
        .ambiguousSeparator(text: "1.250", comma: false), .ambiguousSeparator(text: "-12,500 *", comma: true),
    ]
    static let totalsReasons: [TableImportReason] = [
        .unlabelledTotal(label: "Totalsum", suggestion: "totalt", failing: nil),
        .unlabelledTotal(label: "Samlet", suggestion: nil, failing: SourceReference(file: "t.csv", line: 9, column: 2)),
        .subtotalDiffers(solution: "E-resept", year: 2025, written: decimal("53.5"), computed: decimal("53")),
        .totalDiffers(rounded: false, year: 2025, written: decimal("93"), decimals: nil, computed: decimal("92.5")),
        .totalDiffers(rounded: true, year: 2025, written: decimal("93"), decimals: 1, computed: decimal("92.5")),
        .cumulativeDiffers(year: 2026, written: decimal("114.5"), computed: decimal("115"), asWritten: nil),
        .cumulativeDiffers(year: 2026, written: decimal("114"), computed: decimal("114.5"), asWritten: decimal("115")),
        .noYearColumn, .missingColumn("initiative"), .lineWithoutID, .duplicateLineID("l1"), .lineWithoutSolution(id: "l1"),
        .notTrueOrFalse("ja"), .sumRowDiffers(rounded: false, year: 2025, written: decimal("93"), computed: decimal("92.5")),
        .sumRowDiffers(rounded: true, year: 2025, written: decimal("93"), computed: decimal("92.5")),
        .unknownMetaKey("table.titel"), .summedYearNotAColumn("2031"), .summedYearTwice(2025),
        .summedYearsOutOfOrder(year: 2024, after: 2025), .secondSummedYears(key: "table.summed_years"), .publishedSumNotAColumn("2031"),
        .unknownLine(key: "line.l9.tags", id: "l9"), .notAPosition("x"), .notALineID("l 1"), .idTaken("l1", firstRow: 3),
    ]
    static let afterReading: [TableImportReason] = [
        .writtenFileDoesNotLoad(.file(SourceReference(file: "t.csv", line: 3, column: 1), .line(.emptyID)), source: "t.csv"), .writtenFileDiffers,
    ]

    static func workbookCase(_ r: WorkbookReason) -> String {
        switch r {
        case .encrypted: "encrypted"
        case .oldBinaryWorkbook: "oldBinaryWorkbook"
        case .notAZipArchive: "notAZipArchive"
        case .damagedArchive: "damagedArchive"
        case .noTemporaryCopy: "noTemporaryCopy"
        case .notAnExcelWorkbook: "notAnExcelWorkbook"
        case .entryTooLarge: "entryTooLarge"
        case .entryNotAFile: "entryNotAFile"
        case .entryDamaged(_, let damage): "entryDamaged(\(damage))"
        case .partDeclaresDTD: "partDeclaresDTD"
        case .partNotUTF8: "partNotUTF8"
        case .partNotWellFormed(_, _, let code): "partNotWellFormed(\(code != nil))"
        case .partUnclosed: "partUnclosed"
        case .tooManySheets: "tooManySheets"
        case .sharedStringTooLong: "sharedStringTooLong"
        case .sharedStringsTooLarge: "sharedStringsTooLarge"
        case .cellTooLong: "cellTooLong"
        case .outsideLimits: "outsideLimits"
        case .tooManyCells: "tooManyCells"
        case .cellTextTooLarge: "cellTextTooLarge"
        case .noSheets: "noSheets"
        case .noSheetNamed: "noSheetNamed"
        case .sheetsWithYears(let found, let unread): "sheetsWithYears(\(found), \(unread.count))"
        case .sheetPartMissing: "sheetPartMissing"
        case .sharedStringMissing: "sharedStringMissing"
        case .storedNumberNotANumber: "storedNumberNotANumber"
        case .noCachedValue: "noCachedValue"
        case .table: "table"
        }
    }
    static let workbookReasons: [WorkbookReason] = workbookFileReasons + WorkbookReason.EntryDamage.allCases.map { .entryDamaged(path: "xl/worksheets/sheet1.xml", $0) }
        + workbookSheetReasons
    static let workbookFileReasons: [WorkbookReason] = [
        .encrypted, .oldBinaryWorkbook, .notAZipArchive, .damagedArchive, .noTemporaryCopy(folder: "/tmp"),
        .notAnExcelWorkbook(part: "xl/workbook.xml"), .entryTooLarge(path: "xl/worksheets/sheet1.xml", megabytes: 256),
        .entryNotAFile(path: "xl/worksheets/sheet1.xml"),
    ]
    static let workbookSheetReasons: [WorkbookReason] = [
        .partDeclaresDTD(part: "xl/worksheets/sheet1.xml"), .partNotUTF8(part: "xl/worksheets/sheet1.xml"),
        .partNotWellFormed(part: "xl/worksheets/sheet1.xml", line: 3, code: 76), .partNotWellFormed(part: "xl/worksheets/sheet1.xml", line: 3, code: nil),
        .partUnclosed(part: "xl/worksheets/sheet1.xml"), .tooManySheets(count: 300, limit: 255),
        .sharedStringTooLong(index: 1, part: "xl/sharedStrings.xml", limit: 32767), .sharedStringsTooLarge(part: "xl/sharedStrings.xml", megabytes: 64),
        .cellTooLong(limit: 32767), .outsideLimits(rows: 100000, columns: 1000, lastColumn: "ALL"), .tooManyCells(limit: 4000000),
        .cellTextTooLarge(megabytes: 64), .noSheets, .noSheetNamed("Budsjett", sheets: "'Ark1', 'Notater'"),
        .sheetsWithYears(found: 2, unread: []),
        .sheetsWithYears(found: 0, unread: (1...4).map { WorkbookError("h.xlsx:Ark\($0)!A1", .noCachedValue) }),
        .sheetPartMissing(sheet: "Ark1", path: "xl/worksheets/sheet1.xml"), .sharedStringMissing("7"), .storedNumberNotANumber("12x"),
        .noCachedValue, .table(.noYearHeader),
    ]

    /// The samples' data both languages keep: cell texts, labels and keys as written, the
    /// products and formats named (Excel, LibreOffice, Windows-1252, XML, DTD, zip, MB).
    static let importData = [
        "Er avhengig av full utfasing av FM.", "Tiltak", "Del", "tiltak", "del", "Sum", "Sum totalt", "Totalt", "I alt", "Sum, avrundet",
        "Summ", "Totalsum", "Samlet", "Helsenorge", "Kjernejournal", "E-resept", "SFM", "Drift", "abc", "NaN", "ja", "dfcost", "verify",
        "kind,id,solution,initiative,part,<year>,...", "initiative", "sumRounded", "table.titel", "table.summed_years", "line.l9.tags",
        "Excel", "LibreOffice", "Windows", "XML", "DTD", "zip", "MB", "MNOK", "xls", "Budsjett", "Notater", "Ark1", "tmp",
        "1.250", "13.5", "13,5", "1,5", "-12,500 *", "0xE9", "E-resep", "ALL", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
    ]

    static var importReasonsWorded: [Worded] {
        let scenario: (Language) -> (ScenarioError) -> String = { l in { l.words($0, naming: \.rawValue) } }
        func each<E>(_ samples: [E], _ name: (E) -> String, _ words: (Language, E) -> String, english: (E) -> String) -> [Worded] {
            samples.map { Worded(name: "\(E.self).\(name($0))", nb: words(.nb, $0), en: words(.en, $0), description: english($0), data: importData) }
        }
        return each(tableImportReasons, tableImportCase, { $0.words($1, scenario: scenario($0)) }, english: \.description)
            + each(workbookReasons, workbookCase, { $0.words($1, scenario: scenario($0)) }, english: \.description)
    }

    @Test func everyImportReasonHasASample() {
        // 56 cases; 10 more for the variants: moves, decimal signs (mixed, ambiguous), cells (5 of 6 failures more),
        // unlabelled totals, totals, cumulative levels, sum rows, subtotals, duplicates, and the
        // strict warnings (8, one case).
        let variants = 1 + 2 + 5 + 1 + 1 + 1 + 1 + 1 + 1 + 7
        #expect(Set(Self.tableImportReasons.map(Self.tableImportCase)).count == 56 + variants)
        #expect(Set(Self.cellFailures.map(Self.cellFailureCase)).count == 6)
        // 28 cases; the damages (4, one case), the parser's code, the sheets with years.
        let workbookVariants = 3 + 1 + 1
        #expect(Set(Self.workbookReasons.map(Self.workbookCase)).count == 28 + workbookVariants)
    }

    @Test(arguments: importReasonsWorded)
    func norwegianImportLineHasNoDecimalPoint(_ w: Worded) throws {
        var nb = w.nb
        for d in w.data { nb = nb.replacingOccurrences(of: d, with: " ") }
        #expect(nb.firstMatch(of: try Regex(#"\d\.\d"#)) == nil, "\(w.name): \(w.nb)")
    }

    @Test func amountsInANorwegianImportLineHaveADecimalComma() {
        let r = TableImportReason.totalDiffers(rounded: false, year: 2025, written: Self.decimal("93"), decimals: 1, computed: Self.decimal("92.5"))
        #expect(Language.nb.words(r) { "\($0)" } == "Sum 2025 er 93 (raden er skrevet med 1 desimal), men linjene summerer til 92,5")
        #expect(Language.en.words(r) { "\($0)" } == "Sum 2025 is 93 (its row is written to 1 decimal), but the lines sum to 92.5")
    }

    @Test func theFileImportWouldWriteIsNamedByLine() {
        let r = TableImportReason.writtenFileDoesNotLoad(.file(SourceReference(file: "t.csv", line: 3, column: 1), .line(.emptyID)), source: "t.csv")
        #expect(r.description == "the scenario file import would write does not load (line 3:1: line id must not be empty, in that file); nothing was written")
        #expect(Language.nb.words(r) { Language.nb.words($0, naming: \.rawValue) }
            == "scenariofilen importen ville skrive, kan ikke leses (linje 3:1: linje-id-en kan ikke være tom, i den filen); ingenting ble skrevet")
    }
}
