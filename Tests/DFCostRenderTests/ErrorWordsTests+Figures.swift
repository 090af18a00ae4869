import DFCostApp
import DFCostImport
import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import DFCostTOML
import Testing

/// Figures inside Norwegian messages are written as the tables write them: grouped ("12 530")
/// and with a decimal comma ("0,25"). Every worded error is walked with its sample, and every
/// case that carries an amount, a count or a statistic once more with large figures (≥ 10 000),
/// warnings included; no Norwegian line may hold a run of five digits or a decimal point.
extension ErrorWordsTests {
    static func large(_ text: String) -> ExactDecimal { try! ExactDecimal.parse(text) }

    /// The cases with a figure in them, with large figures.
    static var largeFigures: [Worded] {
        func w(_ name: String, _ words: (Language) -> String) -> Worded {
            Worded(name: name, nb: words(.nb), en: words(.en), data: importData)
        }
        let scenario: (Language) -> (ScenarioError) -> String = { l in { l.words($0, naming: \.rawValue) } }
        let table: [TableImportReason] = [
            .tooManyLabelColumns(count: 12_345, columns: ["A", "B"]),
            .subtotalDiffers(solution: "E-resept", year: 2025, written: large("12530"), computed: large("13530.5")),
            .totalDiffers(rounded: true, year: 2025, written: large("12530"), decimals: 1, computed: large("12529.75")),
            .cumulativeDiffers(year: 2026, written: large("114000.5"), computed: large("115000"), asWritten: large("99999")),
            .sumRowDiffers(rounded: false, year: 2025, written: large("-12530"), computed: large("12530.5")),
        ]
        let workbook: [WorkbookReason] = [
            .entryTooLarge(path: "xl/worksheets/sheet1.xml", megabytes: 25_600), .tooManySheets(count: 12_345, limit: 10_000),
            .sharedStringTooLong(index: 3, part: "xl/sharedStrings.xml", limit: 32_767), .sharedStringsTooLarge(part: "xl/sharedStrings.xml", megabytes: 10_240),
            .cellTooLong(limit: 32_767), .outsideLimits(rows: 1_048_576, columns: 16_384, lastColumn: "XFD"),
            .tooManyCells(limit: 50_000_000), .cellTextTooLarge(megabytes: 10_240),
        ]
        let file: [ScenarioFileReason] = [
            .setup(.tooManyYears(key: "years", count: 30_000, maximum: 20_000)), .line(.tooManyLines(maximum: 100_000)),
            .condition(.badState(.delayTooLong("delayed:99999", maximum: 20_000))),
            .condition(.probabilityOutside(large("12345.5"), state: "none")),
            .condition(.probabilitiesNotOne(in: .named("[conditions.c1].uncertain"), sum: large("10000.25"))),
            .operationEntry(.negativeScale(large("-12345.5"))), .operationEntry(.shiftTooFar(30_000)),
            .operationEntry(.rateNotAboveMinusOne(large("-12345.5"), year: 2025)),
            .uncertainty(.coefficientOutside(large("12345.5"))),
            .payers(.sharesNotOne(solution: "hn", years: 2024...2026, listed: [.init(payer: "stat", share: Share(numerator: 12_345, denominator: 99_999)!)])),
            .payers(.baselineNegative(solution: "hn", year: 2025, level: large("-12345.5"))),
            .precisionNotPowerOfTen(large("12345.5")),
        ]
        let whatIf: [WhatIfReason] = [
            .tooManyValues(12_345), .tooManyCombinations(1_000_000_000), .tooManyRuns(200_001),
            .shiftNotYears("x", limit: 20_000), .notWholeRange("x", limit: 20_000),
        ]
        let simulation: [SimulationError] = [
            .badTrialCount(12_345_678_901), .badProbability(12_345.5), .badProbabilities(event: "e1", [12_345.5, 0.25]),
            .correlation(.indexOutOfRange(index: 12_345, count: 10_000)), .correlation(.coefficientOutOfRange(first: "f1", second: "f2", value: 12_345.5)),
            .correlation(.conflictingCoefficient(first: "f1", second: "f2", old: 12_345.5, new: 0.5)),
            .correlation(.notSymmetric(first: "f1", second: "f2", upper: 12_345.5, lower: 0.5)),
            .correlation(.diagonalNotOne(name: "f1", value: 12_345.5)), .correlation(.shapeMismatch(rows: 10_000, columns: 10_001, names: 12_345)),
            .correlation(.noConvergence(iterations: 100_000)),
            .distribution(factor: "f1", .badOrder(low: 12_345.5, mode: 10_000, high: 99_999.25)),
            .distribution(factor: "f1", .badPercentiles(p10: 12_345.5, p90: 10_000)), .distribution(factor: "f1", .negative(low: -12_345.5)),
            .distribution(factor: "f1", .badTriple(p10: 12_345.5, likely: 10_000, p90: 11_000.5)),
        ]
        let warnings: [(Language) -> String] = [
            { $0.warning(SimulationWarning(origin: nil, kind: .standardErrorNeedsTrials(trials: 12_345, minimum: 20_000))) },
            { $0.warning(SimulationWarning(origin: nil, kind: .tooFewTrialsForDigits(trials: 20_000, standardError: 12_345.5, target: 0.01, needed: 1_500_000, figure: .init(scenario: "s", statistic: .percentile(0.85), span: .total(first: 2024, last: 2026), splitBy: ["fm-phaseout"])))) },
            { $0.warning(EngineWarning(origin: at, kind: .indexRate(operation: "index", rate: large("12345.5"), year: 2025))) },
            { ImportReceipt.text(.publishedSumDiffers(year: 2025, table: large("12530.5"), published: large("12530")), language: $0 == .nb ? .nb : .en) },
        ]
        return table.map { r in w("TableImportReason large", { $0.words(r, scenario: scenario($0)) }) }
            + workbook.map { r in w("WorkbookReason large", { $0.words(r, scenario: scenario($0)) }) }
            + file.map { r in w("ScenarioFileReason large", { $0.words(r) }) }
            + whatIf.map { r in w("WhatIfReason large", { $0.words(r) }) }
            + [w("OperationReason large", { $0.words(OperationReason.sweepAmountOutOfRange(large("12345.5"))) })]
            + simulation.map { e in w("SimulationError large", { $0.words(e) }) }
            + [w("SimulationRequestError large", { $0.words(SimulationRequestError.tooManyTrialsForPayers(maximum: 1_000_000)) }),
               w("ScenarioError large", { $0.words(ScenarioError.fileTooLarge("a.toml", bytes: 99_999_999), naming: \.rawValue) }),
               w("TOML large", { $0.words(TOMLParseError.Reason.nestingTooDeep(12_345)) })]
            + warnings.enumerated().map { i, words in w("warning \(i) large", words) }
    }

    /// What a line may show as written rather than as a figure: the user's own text in quotes
    /// ('delayed:99999', 'share:1.5'), file syntax in braces ({ 2024 = 0.035 }), and the plain
    /// amount an ambiguous cell is told it can be written as.
    static let asWritten = [#"'[^']*'"#, #"«[^»]*»"#, #"\{[^}]*\}"#, #"skriv −?\d+,"#]

    /// The figures in a Norwegian line: grouped, with a decimal comma (the samples' own text,
    /// as a user typed it, is left out).
    @Test(arguments: worded + largeFigures)
    func norwegianFiguresAreGroupedWithADecimalComma(_ w: Worded) throws {
        var nb = w.nb
        for pattern in Self.asWritten { nb = nb.replacing(try Regex(pattern), with: " ") }
        for d in w.data.sorted(by: { $0.count > $1.count }) { nb = nb.replacingOccurrences(of: d, with: " ") }
        #expect(nb.firstMatch(of: try Regex(#"\d{5,}"#)) == nil, "\(w.name): \(w.nb) | \(nb)")
        #expect(nb.firstMatch(of: try Regex(#"\d\.\d"#)) == nil, "\(w.name): \(w.nb) | \(nb)")
    }

    @Test func aSumCheckGroupsItsFigures() {
        let r = TableImportReason.totalDiffers(rounded: false, year: 2025, written: Self.large("12530"), decimals: nil, computed: Self.large("13530.5"))
        #expect(Language.nb.words(r) { "\($0)" } == "Sum 2025 er 12\u{00A0}530, men linjene summerer til 13\u{00A0}530,5")
        #expect(Language.en.words(r) { "\($0)" } == r.description)
    }

    @Test func typedFiguresFollowTheLanguage() {
        #expect(Language.nb.figure(Self.large("-12345.5")) == "\u{2212}12\u{00A0}345,5")
        #expect(Language.en.figure(Self.large("-12345.5")) == "-12345.5")
        #expect(Language.nb.figure(1_000_000) == "1\u{00A0}000\u{00A0}000")
        #expect(Language.nb.figure(0.25) == "0,25")
        #expect(Language.nb.figure(12_345.0) == "12\u{00A0}345")
        #expect(Language.nb.figure(Share(text: "1/3")!) == "1/3")
    }

    /// Norwegian typography joins a range of years with an en dash; English keeps the hyphen,
    /// and so do spans that are not ranges.
    @Test func yearRangesInNorwegianTextHaveAnEnDash() {
        #expect(Language.nb.years([2022, 2023, 2024, 2025, 2026]) == "2022\u{2013}2026")
        #expect(Language.en.years([2022, 2023, 2024, 2025, 2026]) == "2022-2026")
        #expect(Language.nb.years([2024, 2026]) == "2024, 2026")
        #expect(Language.nb.years(2024...2030) == "2024\u{2013}2030")
        #expect(Language.nb.yearSpan("2024-2030") == "2024\u{2013}2030")
        #expect(Language.nb.yearSpan("(none)") == "(ingen)")
        #expect(Language.en.yearSpan("2024-2030") == "2024-2030")
        let e = ScenarioFileReason.setup(.yearOutsideLimits(1800, key: "summed_years", limits: 1900...2200))
        #expect(Language.nb.words(e).hasSuffix("er utenfor 1900\u{2013}2200"))
    }

    /// The import receipt counts lines and cells as it writes amounts: grouped in Norwegian.
    @Test func theReceiptGroupsItsCounts() {
        var receipt = ImportReceipt(layout: .human)
        receipt.linesPerSolution = [(name: "E-resept", count: 12_345)]
        receipt.conditions = [(mark: "*", id: "c1", description: "Er avhengig av FM", cells: 10_000)]
        let nb = receipt.lines(file: "t.csv", language: .nb) { "\($0)" }
        #expect(nb.first?.hasPrefix("t.csv: lest 12\u{00A0}345 linjer, 1 løsning") == true, "\(nb)")
        #expect(nb.contains("  E-resept: 12\u{00A0}345 linjer"))
        #expect(nb.contains { $0.hasSuffix("«Er avhengig av FM», 10\u{00A0}000 celler") })
    }
}
