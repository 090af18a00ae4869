import DFCostApp
import DFCostModel
import DFCostNumerics
import DFCostSimulation

/// Renders `dfcost simulate`: per summed year and for the horizon total, mean, sd and
/// percentiles with their Monte Carlo standard errors, exceedance probabilities, the KS2-style
/// breakdown, and the sensitivity tornado.
public struct SimulationRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    var words: SimulationLabels { locale.labels.simulation }

    /// Column label for people: "2025", "cumulative 2025" or "total", in this locale's words.
    func label(_ c: ColumnStatistics, years: [Int]) -> String {
        switch c.kind {
        case .output(let i): "\(years[i])"
        case .cumulative(let i): "\(words.cumulative) \(years[i])"
        case .total: words.total
        }
    }

    static func percentileKey(_ p: Double) -> String {
        let scaled = p * 100
        return scaled == scaled.rounded() ? "P\(Int(scaled))" : "P\(scaled)"
    }

    /// The percentile's name as people read it, with the language's decimal sign ("P2,5" in
    /// Norwegian); ``percentileKey(_:)`` stays the key of machine formats.
    static func percentileLabel(_ p: Double, in language: Language) -> String {
        percentileKey(p).replacingOccurrences(of: ".", with: String(language.numbers.decimalSeparator))
    }

    /// Renders one result.
    /// - Parameters:
    ///   - ks2: the KS2 breakdown computed on the result (``SimulationOutcome/ks2``,
    ///     ``ReportSimulation/ks2``); nil shows none (as for a paired difference).
    ///   - tornado: the sensitivity tornado computed on the result (``SimulationOutcome/tornado``,
    ///     ``ReportSimulation/tornado``).
    ///   - paired: whether the result is a paired difference OTHER − BASE.
    ///   - analysis: the analysis model of the run (``SimulationOutcome/analysis``); nil shows none.
    public func render(_ result: SimulationResult, model: SimulationModel, ks2: KS2Breakdown?, tornado: Tornado, paired: Bool, format: OutputFormat,
                       payers: PayerSimulation? = nil, analysis: AnalysisModel? = nil) -> String {
        let ks2 = paired ? nil : ks2, analysis = paired ? nil : analysis
        if format == .json {
            return JSONValueEncoder.render(SimulationDocument(result, model: model, ks2: ks2, tornado: tornado, paired: paired, payers: payers,
                                                              analysis: analysis))
        }
        let builder = SimulationBuilder(language: locale)
        let document = format == .csv ? builder.dataDocument(result, model: model, ks2: ks2, analysis: analysis)
            : builder.document(result, model: model, ks2: ks2, tornado: tornado, paired: paired, payers: payers, analysis: analysis)
        return DocumentWriter(csvDialect: csvDialect).write(document, format: format) ?? ""
    }

    func rows(_ result: SimulationResult, model: SimulationModel) -> [ColumnStatistics] {
        // Yearly increases, then cumulative levels after the first year (the first equals the
        // first increase), then the total.
        result.columns.filter {
            if case .cumulative(let i) = $0.kind { return i > 0 && i < model.years.count - 1 }
            return true
        }
    }

    /// The first line: trials, seed and what the numbers are.
    func heading(_ result: SimulationResult, paired: Bool) -> String {
        Labels.fill(paired ? words.pairedHeading : words.heading, ["trials": locale.count(result.trials), "seed": "\(result.seed)"])
    }

    /// "P(totalt > 140,00) = 3,2 % ±0,1 prosentpoeng" per budget.
    func exceedanceLines(_ result: SimulationResult, model: SimulationModel) -> [String] {
        let n = locale.numbers
        return result.columns.flatMap { c in
            c.exceedances.map { e in
                Labels.fill(locale.exceedance.line, [
                    "column": label(c, years: model.years), "threshold": n.format(e.threshold, decimals: 2),
                    "probability": n.format(e.probability * 100, decimals: 1), "error": n.format(e.standardError * 100, decimals: 1),
                ])
            }
        }
    }

    /// The note under the tornado: factors without effect, or why there is no sensitivity.
    func sensitivityNotes(_ result: SimulationResult, tornado: Tornado, names: FactorNames) -> [String] {
        var notes: [String] = []
        if !tornado.rows.isEmpty, tornado.rows.allSatisfy({ $0.meanChange != nil }) {
            notes.append(locale.uncertaintyInputs.measureNote)
        }
        if !tornado.noEffect.isEmpty { notes.append("\(words.noEffect): \(tornado.noEffect.map(names.callAsFunction).joined(separator: ", "))") }
        if case .tooFewTrials(let trials, let factors) = result.sensitivityOmitted {
            notes.append(Labels.fill(words.sensitivityOmitted, ["factors": locale.count(factors), "needed": locale.count(factors + 1), "trials": locale.count(trials)]))
        }
        return notes
    }
}

/// A simulation of each payer's part per summed year (outputs named "payer/year").
public struct PayerSimulation: Sendable {
    public var payers: [PayerKeys.Payer]
    public var years: [Int]
    public var result: SimulationResult

    public init(payers: [PayerKeys.Payer], years: [Int], result: SimulationResult) {
        self.payers = payers
        self.years = years
        self.result = result
    }
}
