import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation
import Testing

/// The KS2 table adds up as printed, in every format and both languages, whatever the seed and
/// trial count: the figures read back from the output (as a reader would copy them) satisfy
/// basiskostnad + forventet tillegg = styringsramme and styringsramme + usikkerhetsavsetning =
/// kostnadsramme exactly.
@Suite struct KS2FootingTests {
    static let model: SimulationModel = try! SimulationModel(scenario: try! ScenarioLoader.load(path: RenderSupport.workload))

    /// The six figures in table order, read back from one output.
    typealias Printed = [ExactDecimal]

    /// The number printed after `label` on the line that holds it, in the style of `locale` (or
    /// a CSV dialect's): grouping dropped, the decimal separator made a point, U+2212 a hyphen.
    static func number(after label: String, in output: String, decimalComma: Bool) -> ExactDecimal? {
        guard let line = output.split(separator: "\n").first(where: { $0.contains(label) }),
              let end = line.range(of: label)?.upperBound else { return nil }
        let rest = String(line[end...])
        guard let match = rest.firstMatch(of: /[−-]?[0-9](?:[0-9\u{00A0}\u{202F} ,.]*[0-9])?/) else { return nil }
        var text = String(match.output).replacingOccurrences(of: "−", with: "-")
        for grouping in ["\u{00A0}", "\u{202F}", " "] { text = text.replacingOccurrences(of: grouping, with: "") }
        text = decimalComma ? text.replacingOccurrences(of: ",", with: ".") : text.replacingOccurrences(of: ",", with: "")
        return ExactDecimal(text)
    }

    static func printed(_ output: String, language: Language, decimalComma: Bool) -> Printed? {
        let w = language.ks2
        let labels = [w.baseCost, w.expectedAddition, w.managementFrame, w.expectedValue, w.contingencyReserve, w.costFrame]
        let figures = labels.compactMap { number(after: $0, in: output, decimalComma: decimalComma) }
        return figures.count == labels.count ? figures : nil
    }

    static func printedJSON(_ output: String) throws -> Printed? {
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        guard let ks2 = object?["ks2"] as? [String: Any] else { return nil }
        let figures = ["base_cost", "expected_addition", "management_frame", "expected_value", "contingency_reserve", "cost_frame"]
            .compactMap { (ks2[$0] as? String).flatMap(ExactDecimal.init) }
        return figures.count == 6 ? figures : nil
    }

    static func foots(_ p: Printed) -> Bool {
        (try? p[0].adding(p[1])) == p[2] && (try? p[2].adding(p[4])) == p[5]
    }

    @Test(arguments: [1, 2, 7, 50, 333, 4_000])
    func theKS2TableAddsUpAsPrintedInEveryFormat(trials: Int) throws {
        let model = Self.model
        for seed in UInt64(1)...25 {
            let result = try MonteCarlo.run(spec: model.spec, trials: trials, seed: seed, threads: 1,
                                            options: SimulationOptions(percentiles: [0.1, 0.5, 0.85, 0.9]))
            let ks2 = try #require(KS2Breakdown(result: result, model: model))
            let tornado = Tornado(result: result, spec: model.spec)
            for language in [Language.nb, .en] {
                for (format, dialect) in [(OutputFormat.text, CSVDialect.excel), (.markdown, .excel), (.html, .excel),
                                          (.csv, .excel), (.csv, .rfc4180)] {
                    let output = SimulationRenderer(locale: language, csvDialect: dialect)
                        .render(result, model: model, ks2: ks2, tornado: tornado, paired: false, format: format)
                    let comma = format == .csv ? dialect == .excel : language == .nb
                    let printed = try #require(Self.printed(output, language: language, decimalComma: comma), "\(format) \(language) seed \(seed)")
                    #expect(Self.foots(printed), "\(format) \(dialect) \(language) seed \(seed) trials \(trials): \(printed)")
                    #expect(printed[2] == ks2.managementFrame && printed[5] == ks2.costFrame && printed[3] == ks2.expectedValue)
                }
            }
            let json = SimulationRenderer().render(result, model: model, ks2: ks2, tornado: tornado, paired: false, format: .json)
            let printed = try #require(try Self.printedJSON(json))
            #expect(Self.foots(printed), "json seed \(seed) trials \(trials): \(printed)")
        }
    }

    /// The rounded figures are what the statistics table prints for the horizon total's P50 and
    /// P85 and mean: one rule of rounding (``ExactDecimal/init(rounding:decimals:)``).
    @Test func theTableShowsTheSameP50AndP85AsTheStatistics() throws {
        let result = try MonteCarlo.run(spec: Self.model.spec, trials: 20_000, seed: 1, threads: 1, options: SimulationOptions())
        let ks2 = try #require(KS2Breakdown(result: result, model: Self.model))
        let numbers = Language.nb.numbers
        let p50 = try #require(result.total.percentile(0.5)), p85 = try #require(result.total.percentile(0.85))
        #expect(numbers.format(ks2.managementFrame, decimals: 2) == numbers.format(p50.value, decimals: 2))
        #expect(numbers.format(ks2.costFrame, decimals: 2) == numbers.format(p85.value, decimals: 2))
        #expect(numbers.format(ks2.expectedValue, decimals: 2) == numbers.format(result.total.mean, decimals: 2))
    }

    /// P85 141,596 and P50 134,644 print as 141,60 and 134,64, and the reserve as their printed
    /// difference 6,96, not 6,952 rounded to 6,95.
    @Test func differencesAreTakenFromTheRoundedFigures() throws {
        let ks2 = try #require(KS2Breakdown(firstYear: 2024, lastYear: 2026, baseCost: ExactDecimal(126), mean: 134.9, p50: 134.644, p85: 141.596))
        #expect(ks2.managementFrame.description == "134.64" && ks2.costFrame.description == "141.6")
        #expect(ks2.contingencyReserve.description == "6.96" && ks2.expectedAddition.description == "8.64")
        #expect(abs(ks2.reserve - 6.952) < 1e-9)
    }
}
