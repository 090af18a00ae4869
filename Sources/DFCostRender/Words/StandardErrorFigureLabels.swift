import DFCostSimulation

/// The words that name the figure a too-large standard error belongs to, in the warning of a
/// run with too few trials for its digits: which percentile (or the mean) of which year,
/// cumulative level or horizon total of which scenario, and the conditions that split it.
public struct StandardErrorFigureLabels: Sendable, Hashable {
    /// "{figure}": the warning's words for the figure, after the standard error.
    public var figure: String
    /// The mean, as a statistic.
    public var mean: String
    /// "{statistic} for {span} i {scenario}": a statistic, what it sums and the scenario's name.
    public var of: String
    /// "{year}", "{year}" (cumulative level), "{first}", "{last}".
    public var year: String
    public var cumulative: String
    public var total: String
    /// "{conditions}": the uncertain conditions whose states split the figure's distribution.
    public var splitBy: String

    public static let norwegian = StandardErrorFigureLabels(
        figure: " (på {figure})", mean: "forventningsverdien",
        of: "{statistic} for {span} i scenarioet «{scenario}»",
        year: "{year}", cumulative: "kumulativt nivå {year}", total: "summen {first}–{last}",
        splitBy: ", delt på {count|betingelsen|betingelsene} {conditions}: persentilen ligger mellom tilstandenes utfall, der få trekninger faller")
    public static let english = StandardErrorFigureLabels(
        figure: " (of {figure})", mean: "the mean",
        of: "{statistic} of {span} in the scenario '{scenario}'",
        year: "{year}", cumulative: "the cumulative level {year}", total: "the total {first}–{last}",
        splitBy: ", split by the {count|condition|conditions} {conditions}: the percentile falls between the states' outcomes, where few trials fall")
}

extension StandardErrorFigureLabels: WordTable {}

extension Language {
    /// The words naming a standard error's figure in this language.
    public var standardErrorFigures: StandardErrorFigureLabels { self == .nb ? .norwegian : .english }

    /// " (på P50 for 2025 i scenarioet «fm-phaseout-risk», delt på betingelsen fm-phaseout: ...)".
    func words(_ figure: SimulationWarning.Figure) -> String {
        let w = standardErrorFigures
        let statistic: String = switch figure.statistic {
        case .percentile(let p): SimulationRenderer.percentileLabel(p, in: self)
        case .mean: w.mean
        }
        let span: String = switch figure.span {
        case .year(let y): Labels.fill(w.year, ["year": "\(y)"])
        case .cumulative(let y): Labels.fill(w.cumulative, ["year": "\(y)"])
        case .total(let a, let b): a == b ? Labels.fill(w.year, ["year": "\(a)"]) : Labels.fill(w.total, ["first": "\(a)", "last": "\(b)"])
        }
        var text = Labels.fill(w.of, ["statistic": statistic, "span": span, "scenario": figure.scenario])
        if !figure.splitBy.isEmpty {
            text += Labels.fill(w.splitBy, ["count": "\(figure.splitBy.count)", "conditions": figure.splitBy.joined(separator: ", ")])
        }
        return Labels.fill(w.figure, ["figure": text])
    }
}
