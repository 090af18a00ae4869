import DFCostApp
import DFCostModel
import DFCostNotation
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Testing

/// The engine's warnings worded per language: English exactly as the engine's own line,
/// Norwegian without an English label word.
@Suite struct WarningWordingTests {
    static let origin = SourceReference(file: "s.toml", line: 3, column: 1)
    static func op(_ kind: Operation.Kind, _ selector: LineSelector = LineSelector()) -> Operation {
        Operation(kind: kind, selector: selector, origin: origin)
    }

    static let warnings: [EngineWarning] = {
        let index = op(.index(baseYear: 2023, rates: [2024: ExactDecimal("3.1")!]))
        let scaleX = op(.scale(ExactDecimal(2)), LineSelector(tags: ["dbepx"]))
        let remove = op(.remove, LineSelector(solutions: ["y"], tags: ["x"]))
        let scale2030 = op(.scale(ExactDecimal(2)), LineSelector(tags: ["dbep"], years: 2030...2030))
        let scaleTag = op(.scale(ExactDecimal("1.1")!), LineSelector(tags: ["dbep"]))
        let scaleAll = op(.scale(ExactDecimal(2)))
        return [
            EngineWarning(origin: origin, kind: .indexRate(operation: index.label, rate: ExactDecimal("3.1")!, year: 2024), operation: index),
            EngineWarning(origin: nil, kind: .noMatch(operation: scaleX.label, .noLineHas(field: "tag", value: "dbepx", suggestion: "dbep")),
                          operation: scaleX),
            EngineWarning(origin: origin, kind: .noMatch(operation: remove.label, .noLineHasAll(selector: remove.selector)), operation: remove),
            EngineWarning(origin: origin, kind: .noMatch(operation: scale2030.label, .noCell(years: "2030")), operation: scale2030),
            EngineWarning(origin: origin, kind: .noMatch(operation: scaleTag.label, .onlyInternal), operation: scaleTag),
            EngineWarning(origin: origin, kind: .noMatch(operation: scaleAll.label, .noLine), operation: scaleAll),
        ]
    }()

    @Test(arguments: warnings)
    func englishIsTheEnginesOwnLine(_ w: EngineWarning) {
        #expect(Language.en.warning(w) == w.description)
    }

    @Test(arguments: warnings)
    func norwegianHoldsNoEnglishLabelWord(_ w: EngineWarning) throws {
        let line = Language.nb.warning(w)
        #expect(line.contains("advarsel: "), "\(line)")
        let hits = try EnglishWords.found(in: line)
        #expect(hits.isEmpty, "\(line): \(hits)")
        let message = Language.nb.warningMessage(w)
        #expect(!message.contains("."), "a decimal point or file notation in \(message)")
        #expect(!message.contains("tag:") && !message.contains("[all]"), "file notation in \(message)")
    }

    @Test func theIndexRateWarningIsNorwegianByDefault() {
        let line = Language.nb.warning(Self.warnings[0])
        #expect(line == "s.toml:3:1: advarsel: indeksert fra 2023 [alle linjer]: satsen 3,1 for 2024 ganger med 1+3,1 (310 %); satser oppgis som andel, ikke i prosent; for 3,1 % skriv 0,031")
    }

    @Test func aNoMatchWarningWordsTheOperationItsFieldAndItsSelector() {
        #expect(Language.nb.warning(Self.warnings[1]) == "advarsel: skalert ×2 [merke dbepx] treffer ingen linje: ingen linje har merke 'dbepx'; mente du 'dbep'?")
        #expect(Language.nb.warningMessage(Self.warnings[2]) == "fjernet [løsning y, merke x] treffer ingen linje: ingen linje har alt av [løsning y, merke x]")
        #expect(Language.nb.warningMessage(Self.warnings[4]).hasPrefix("skalert ×1,1 [merke dbep] treffer bare interne celler"))
        #expect(Language.en.warningMessage(Self.warnings[4]).hasPrefix("scale ×1.1 [tag:dbep] matches only internal cells"))
    }

    @Test func aTotalsTableShowsItsWarningsInItsLanguage() throws {
        let scenario = try ScenarioLoader.load(path: RenderSupport.published)
        let result = try TotalsRequest(scenario: scenario, whatIfs: ApplyOptions(operations: [try WhatIf.scale("tag:dbepx=2")])).run()
        let nb = TotalsRenderer(locale: .nb).render(result, format: .text)
        #expect(nb.contains("advarsel: skalert ×2 [merke dbepx] treffer ingen linje: ingen linje har merke 'dbepx'"))
        #expect(try EnglishWords.found(in: nb).isEmpty)
        #expect(TotalsRenderer(locale: .en).render(result, format: .text).contains("warning: scale ×2 [tag:dbepx] matches no line"))
    }

    @Test func theTooFewTrialsWarningNamesItsFigureInBothLanguages() {
        let figure = SimulationWarning.Figure(scenario: "fm-phaseout-risk", statistic: .percentile(0.5), span: .year(2025), splitBy: ["fm-phaseout"])
        let w = SimulationWarning(origin: nil, kind: .tooFewTrialsForDigits(trials: 2_000, standardError: 1.64, target: 0.01, needed: 54_000_000, figure: figure))
        #expect(Language.nb.warning(w).contains("±1,64 (på P50 for 2025 i scenarioet «fm-phaseout-risk», delt på betingelsen fm-phaseout: "))
        #expect(Language.en.warning(w).contains("±1.64 (of P50 of 2025 in the scenario 'fm-phaseout-risk', split by the condition fm-phaseout: "))
        let mean = SimulationWarning.Figure(scenario: "s", statistic: .mean, span: .total(first: 2024, last: 2026))
        let m = SimulationWarning(origin: nil, kind: .tooFewTrialsForDigits(trials: 2_000, standardError: 0.5, target: 0.01, needed: 5_000_000, figure: mean))
        #expect(Language.nb.warning(m).contains("(på forventningsverdien for summen 2024–2026 i scenarioet «s»);"))
        #expect(Language.en.warning(m).contains("(of the mean of the total 2024–2026 in the scenario 's');"))
        let cumulative = SimulationWarning.Figure(scenario: "s", statistic: .percentile(0.85), span: .cumulative(through: 2025))
        let c = SimulationWarning(origin: nil, kind: .tooFewTrialsForDigits(trials: 2_000, standardError: 0.5, target: 0.01, needed: 5_000_000, figure: cumulative))
        #expect(Language.nb.warning(c).contains("(på P85 for kumulativt nivå 2025 i scenarioet «s»);"))
    }

    @Test func aCorrelationGroupOfOneLineIsWarnedInBothLanguages() throws {
        let w = SimulationWarning(origin: Self.origin, kind: .groupSelectsOneLine(group: "g", line: "Program Pasientens legemiddelliste / FM"))
        #expect(Language.nb.warning(w) == "s.toml:3:1: advarsel: korrelasjonsgruppen 'g' velger bare én linje (Program Pasientens legemiddelliste / FM), så den korrelerer ingenting; en gruppe må velge minst 2 linjer")
        #expect(Language.en.warning(w) == w.description)
        #expect(try EnglishWords.found(in: Language.nb.warning(w)).isEmpty)
    }
}
