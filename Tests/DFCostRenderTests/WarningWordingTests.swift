import DFCostApp
import DFCostModel
import DFCostNotation
import DFCostRender
import DFCostScenario
import Testing

/// The engine's warnings worded per language: English exactly as the engine's own line,
/// Norwegian without an English label word.
@Suite struct WarningWordingTests {
    static let origin = SourceReference(file: "s.toml", line: 3, column: 1)
    static let warnings: [EngineWarning] = [
        EngineWarning(origin: origin, kind: .indexRate(operation: "index from 2023 [all]", rate: ExactDecimal("3.1")!, year: 2024)),
        EngineWarning(origin: nil, kind: .noMatch(operation: "scale ×2 [tag:dbepx]", .noLineHas(field: "tag", value: "dbepx", suggestion: "dbep"))),
        EngineWarning(origin: origin, kind: .noMatch(operation: "remove [tag:x, solution:y]", .noLineHasAll(selector: "tag:x, solution:y"))),
        EngineWarning(origin: origin, kind: .noMatch(operation: "scale ×2 [tag:dbep@2030]", .noCell(years: "2030"))),
        EngineWarning(origin: origin, kind: .noMatch(operation: "scale ×2 [tag:dbep]", .onlyInternal)),
        EngineWarning(origin: origin, kind: .noMatch(operation: "scale ×2 [all]", .noLine)),
    ]

    @Test(arguments: warnings)
    func englishIsTheEnginesOwnLine(_ w: EngineWarning) {
        #expect(Language.en.warning(w) == w.description)
    }

    @Test(arguments: warnings)
    func norwegianHoldsNoEnglishLabelWord(_ w: EngineWarning) throws {
        let line = Language.nb.warning(w)
        #expect(line.contains("advarsel: "), "\(line)")
        let hits = try EnglishWords.found(in: line, allowing: Self.selectorFields, operationsAsWritten: true)
        #expect(hits.isEmpty, "\(line): \(hits)")
    }

    /// A warning names the selector field as the file writes it ("ingen linje har tag 'dbepx'").
    static let selectorFields: Set<String> = ["tag", "solution", "initiative", "part", "line"]

    @Test func theIndexRateWarningIsNorwegianByDefault() {
        let line = Language.nb.warning(Self.warnings[0])
        #expect(line == "s.toml:3:1: advarsel: index from 2023 [all]: satsen 3.1 for 2024 ganger med 1+3.1 (310 %); satser oppgis som andel, ikke i prosent; for 3.1 % skriv 0.031")
    }

    @Test func aTotalsTableShowsItsWarningsInItsLanguage() throws {
        let scenario = try ScenarioLoader.load(path: RenderSupport.published)
        let result = try TotalsRequest(scenario: scenario, whatIfs: ApplyOptions(operations: [try WhatIf.scale("tag:dbepx=2")])).run()
        let nb = TotalsRenderer(locale: .nb).render(result, format: .text)
        #expect(nb.contains("advarsel: scale ×2 [tag:dbepx] treffer ingen linje"))
        #expect(try EnglishWords.found(in: nb, allowing: Self.selectorFields, operationsAsWritten: true).isEmpty)
        #expect(TotalsRenderer(locale: .en).render(result, format: .text).contains("warning: scale ×2 [tag:dbepx] matches no line"))
    }
}
