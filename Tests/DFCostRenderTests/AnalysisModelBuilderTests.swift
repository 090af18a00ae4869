import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation
import Testing

/// The analysis model (analysemodell) as each format shows it, from a model holding one of every
/// kind of row: a named shared factor given as a triple estimate, an unnamed line-scoped entry,
/// an entry that selects nothing, a group, a pair, a repaired coefficient, an event with every
/// kind of state, and the run.
@Suite struct AnalysisModelBuilderTests {
    static func line(_ id: String, _ name: String) -> AnalysisModel.LineReference { .init(id: id, name: name) }
    static func at(_ line: Int) -> SourceReference { SourceReference(file: "Scenarios/test.toml", line: line, column: 1) }
    static func d(_ text: String) -> ExactDecimal { try! ExactDecimal.parse(text) }

    static let sfm = line("pll-sfm", "E-resept: Program Pasientens legemiddelliste / SFM")
    static let fm = line("pll-fm", "E-resept: Program Pasientens legemiddelliste / FM")
    static let kj = line("pds-deling-kjernejournal", "Kjernejournal: Program digital samhandling / Deling av journaldokumenter")

    static let model = AnalysisModel(
        factors: [
            .init(entry: 1, name: nil, distribution: .triangular(low: d("0.9"), mode: d("1.0"), high: d("1.3")), scope: .line,
                  lines: [sfm, fm, kj], keys: ["pll-sfm", "pll-fm", "pds-deling-kjernejournal"], origin: at(10)),
            .init(entry: 2, name: "markedsrisiko", distribution: .lognormal(p10: d("0.85"), p90: d("1.4")),
                  estimate: .triple(p10: d("0.85"), mostLikely: d("1.05"), p90: d("1.4")), scope: .shared,
                  lines: [sfm, kj], keys: ["markedsrisiko"], origin: at(16)),
            .init(entry: 3, name: "ingenting", distribution: .uniform(low: d("0.95"), high: d("1.1")), scope: .line,
                  lines: [], keys: [], origin: at(22)),
        ],
        correlationGroups: [.init(name: "PLL", coefficient: d("0.6"), lines: [sfm, fm], origin: at(28))],
        correlationPairs: [.init(first: .init(key: "pll-sfm", name: sfm.name), second: .init(key: "markedsrisiko", name: "markedsrisiko"),
                                 coefficient: d("-0.25"), origin: at(33))],
        repairs: [.init(first: .init(key: "pll-sfm", name: sfm.name), second: .init(key: "pll-fm", name: fm.name), old: 0.9, new: 0.8123456)],
        events: [.init(id: "fm-phaseout", description: "Er avhengig av full utfasing av FM.",
                       outcomes: [.init(state: .full, probability: d("0.5")), .init(state: .delayed(1), probability: d("0.25")),
                                  .init(state: .delayed(-2), probability: d("0.05")), .init(state: .share(d("0.5")), probability: d("0.1")),
                                  .init(state: .none, probability: d("0.1"))],
                       lines: [fm], origin: at(40))],
        run: .init(trials: 20_000, seed: 7, sampling: .latinHypercube, software: SoftwareVersion(version: "9.9.9", commit: "abc1234")))

    static func document(_ language: Language) -> Document {
        Document(language: language, sections: AnalysisModelBuilder(language: language).sections(model))
    }

    @Test(arguments: [(OutputFormat.text, Language.nb, "analysis-model.txt"), (.text, .en, "analysis-model-en.txt"),
                      (.markdown, .nb, "analysis-model.md"), (.html, .nb, "analysis-model.html"), (.csv, .nb, "analysis-model.csv")])
    func theAnalysisModelMatchesItsGoldenFiles(format: OutputFormat, language: Language, file: String) throws {
        let text = try #require(DocumentWriter().write(Self.document(language), format: format))
        try RenderSupport.assertSnapshot(text, named: file)
    }

    @Test func theAnalysisModelAsJSONMatchesItsGoldenFile() throws {
        try RenderSupport.assertSnapshot(JSONValueEncoder.render(AnalysisModelDocument(Self.model)), named: "analysis-model.json")
    }

    /// Every assumption appears in words: each factor's distribution and parameters, the lines by
    /// name, each coefficient, the repair's old and new value, each state's probability, the run.
    @Test func everyAssumptionIsNamedInNorwegian() throws {
        let text = try #require(DocumentWriter().write(Self.document(.nb), format: .text))
        for expected in ["trekantfordeling", "lav 0,9; mest sannsynlig 1; høy 1,3", "oppføring 1", "én faktor per linje", "én felles faktor for linjene",
                         "trippelestimat: P10 0,85, mest sannsynlig 1,05, P90 1,4 → P10 0,85; P90 1,4", "lognormalfordeling",
                         "velger ingen linje", Self.kj.name, "0,6  PLL", "−0,25", "0,900000", "0,812346",
                         "oppfylt: 50 %", "utsatt 1 år: 25 %", "fremskyndet 2 år: 5 %",
                         "andel 0,5: 10 %", "ikke oppfylt: 10 %", "Scenarios/test.toml:40:1",
                         "20\u{00A0}000", "latinsk hyperkube", "9.9.9", "abc1234", "4 faktorer trekkes i hver trekning."] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func aModelWithoutFactorsCorrelationsOrEventsSaysSo() throws {
        let words = Language.nb.analysisModel
        let run = AnalysisModel.Run(trials: 10, seed: 1, sampling: .plain, software: SoftwareVersion(version: "1.0", commit: nil))
        let text = try #require(DocumentWriter().write(
            Document(language: .nb, sections: AnalysisModelBuilder(language: .nb).sections(AnalysisModel(run: run))), format: .text))
        for expected in [words.noFactors, words.noCorrelation, words.noEvents, words.plainSampling, words.unknownCommit] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}
