import Foundation
import DFCostModel
import DFCostNumerics
import DFCostScenario

/// A modelling mistake that does not stop a simulation but would pass without a word: an
/// uncertainty entry that selects nothing, a simulation with nothing uncertain, a trial count
/// too small for the figures printed. Typed so that front ends word it in their language
/// (`Language.warning(_:)` in DFCostRender); ``description`` is the English line.
public struct SimulationWarning: Sendable, Hashable, CustomStringConvertible {
    /// The kind of entry of a scenario file that selected nothing.
    public enum Entry: Sendable, Hashable {
        /// An `[[uncertainty]]` entry, by its name (`uncertainty[3]` when unnamed).
        case factor(String)
        /// A `[[drivers]]` entry, by its name.
        case driver(String)
        /// A `[[correlation.groups]]` entry, by its name.
        case correlationGroup(String)
    }

    /// What the warning is about.
    public enum Kind: Sendable, Hashable {
        /// The entry's `select` matches no line of the applied table (with why, as the engine
        /// says it for operations, and the nearest name).
        case selectsNoLine(Entry, EngineWarning.NoMatch)
        /// A correlation group selects one line only (by its name): with no pair to correlate,
        /// it does nothing.
        case groupSelectsOneLine(group: String, line: String)
        /// Nothing is drawn: no factor, driver or uncertain condition moves a summed amount, so
        /// every percentile equals the deterministic total (basiskostnad); `scenario` names the
        /// scenario (a compared one may be the one with nothing uncertain).
        case nothingUncertain(scenario: String)
        /// Fewer trials than the standard error of the printed percentiles needs (`minimum`).
        case standardErrorNeedsTrials(trials: Int, minimum: Int)
        /// The largest standard error shown (`standardError`, MNOK) exceeds the tolerance of the
        /// printed digits; `needed` trials would bring it to `target` (SE scales as 1/sqrt(n)).
        /// `figure` says which figure has it (nil when the result's columns cannot be named).
        case tooFewTrialsForDigits(trials: Int, standardError: Double, target: Double, needed: Int, figure: Figure?)
    }

    /// The figure a standard error belongs to: which statistic of which year, cumulative level
    /// or horizon total of which scenario, and the uncertain conditions whose states split its
    /// distribution there (a percentile between two states' outcomes, where few trials fall, is
    /// far less precise than its neighbours).
    public struct Figure: Sendable, Hashable {
        /// A percentile (its probability) or the mean.
        public enum Statistic: Sendable, Hashable {
            case percentile(Double)
            case mean
        }

        /// What is summed: one year, the cumulative level through a year, or every summed year.
        public enum Span: Sendable, Hashable {
            case year(Int)
            case cumulative(through: Int)
            case total(first: Int, last: Int)
        }

        /// The scenario's name.
        public var scenario: String
        public var statistic: Statistic
        public var span: Span
        /// The ids of the uncertain conditions whose states split the figure's distribution
        /// (empty when none does).
        public var splitBy: [String]

        public init(scenario: String, statistic: Statistic, span: Span, splitBy: [String] = []) {
            self.scenario = scenario
            self.statistic = statistic
            self.span = span
            self.splitBy = splitBy
        }

        /// "P50 of 2025 in the scenario 'name', split by the condition fm-phaseout", in English.
        public var english: String {
            let stat: String
            switch statistic {
            case .percentile(let p): stat = "P\(Int((p * 100).rounded()))"
            case .mean: stat = "the mean"
            }
            let of: String
            switch span {
            case .year(let y): of = "\(y)"
            case .cumulative(let y): of = "the cumulative level \(y)"
            case .total(let a, let b): of = a == b ? "the total \(a)" : "the total \(a)-\(b)"
            }
            let split = splitBy.isEmpty ? "" : ", split by the \(splitBy.count == 1 ? "condition" : "conditions") \(splitBy.joined(separator: ", "))"
            return "\(stat) of \(of) in the scenario '\(scenario)'\(split)"
        }
    }

    /// Where the entry was written (nil for warnings about the run).
    public var origin: SourceReference?
    public var kind: Kind

    public init(origin: SourceReference?, kind: Kind) {
        self.origin = origin
        self.kind = kind
    }

    /// The message in English, without origin or "warning:".
    public var message: String {
        switch kind {
        case .selectsNoLine(let entry, let why):
            "\(entry.english) \(why.english)"
        case .groupSelectsOneLine(let group, let line):
            "correlation group '\(group)' selects one line only (\(line)), so it correlates nothing; a group needs two lines or more"
        case .nothingUncertain(let scenario):
            "nothing is uncertain in '\(scenario)': no factor, driver or uncertain condition acts on a summed amount, so nothing was drawn and P50 = P85 = the deterministic total (basiskostnad)"
        case .standardErrorNeedsTrials(let trials, let minimum):
            "\(trials) \(trials == 1 ? "trial" : "trials"): the standard error of a percentile cannot be estimated below \(minimum) trials (so ±– is shown)"
        case .tooFewTrialsForDigits(let trials, let se, let target, let needed, let figure):
            "\(trials) trials give a standard error up to ±\(Self.plain(se))\(figure.map { " (of \($0.english))" } ?? ""); about \(needed) trials would bring it to ±\(Self.plain(target)) (it falls as 1/sqrt(trials))"
        }
    }

    /// "ORIGIN: warning: MESSAGE", in English.
    public var description: String {
        origin.map { "\($0): warning: \(message)" } ?? "warning: \(message)"
    }

    static func plain(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return String(format: "%.2f", r)
    }
}

extension SimulationWarning.Entry {
    /// "[[uncertainty]] 'name'", "driver 'name'", "correlation group 'name'".
    public var english: String {
        switch self {
        case .factor(let n): "[[uncertainty]] '\(n)'"
        case .driver(let n): "driver '\(n)'"
        case .correlationGroup(let n): "correlation group '\(n)'"
        }
    }

    /// The entry's name as written.
    public var name: String {
        switch self {
        case .factor(let n), .driver(let n), .correlationGroup(let n): n
        }
    }
}

extension SimulationWarning {
    /// Why `selector` selects no line of `lines`: a name no line has (with the nearest one),
    /// else the combination; nil when it selects a line.
    static func noMatch(_ selector: LineSelector, lines: [CostLine], solutions: [String]) -> EngineWarning.NoMatch? {
        guard !lines.contains(where: selector.matches) else { return nil }
        func unique(_ values: [String]) -> [String] {
            var seen = Set<String>()
            return values.filter { seen.insert($0).inserted }
        }
        let fields: [(String, [String], [String])] = [
            ("solution", selector.solutions, solutions),
            ("initiative", selector.initiatives, unique(lines.map(\.initiative))),
            ("part", selector.parts, unique(lines.map(\.part).filter { !$0.isEmpty })),
            ("line", selector.lineIDs, lines.map(\.id)),
            ("tag", selector.tags, unique(lines.flatMap(\.tags))),
        ]
        for (field, values, known) in fields {
            for value in values where !known.contains(value) {
                return .noLineHas(field: field, value: value, suggestion: Suggestion.closest(to: value, in: known))
            }
        }
        return .noLineHasAll(selector: selector)
    }

    /// The warnings a result's trial count earns for percentiles printed to `resolution` MNOK:
    /// below the trials the standard error needs, that it cannot be estimated; else, when the
    /// largest standard error printed (every column's percentiles and mean: a year whose total has
    /// two peaks can be far less precise than the horizon total) exceeds `tolerance` × `resolution`, how
    /// many trials would bring it to `resolution`. Nothing when nothing varies.
    ///
    /// The warning names the figure with the largest standard error when `years` names the
    /// result's outputs (the summed years), in `scenario`; with `spec`, the uncertain conditions
    /// that split it (``splitting(_:column:spec:trials:)``).
    public static func trialWarnings(_ result: SimulationResult, percentiles: [Double],
                                     resolution: Double = 0.01, tolerance: Double = 10,
                                     scenario: String = "", years: [Int] = [], spec: SimulationSpec? = nil) -> [SimulationWarning] {
        let n = result.trials
        let minimum = minimumTrialsForStandardError(percentiles)
        if n < minimum {
            return [SimulationWarning(origin: nil, kind: .standardErrorNeedsTrials(trials: n, minimum: minimum))]
        }
        var largest: (se: Double, column: ColumnStatistics, statistic: Figure.Statistic)?
        for column in result.columns {
            let candidates = column.percentiles.filter { percentiles.contains($0.probability) }.map { ($0.standardError, Figure.Statistic.percentile($0.probability)) }
                + [(column.meanStandardError, .mean)]
            for (se, statistic) in candidates where se.isFinite && se > (largest?.se ?? -1) {
                largest = (se, column, statistic)
            }
        }
        guard let largest, largest.se > tolerance * resolution else { return [] }
        let se = largest.se
        let ratio = se / resolution
        let needed = Double(n) * ratio * ratio
        let rounded = needed >= 1e15 ? Int(1e15) : Self.roundUpNicely(Int(needed.rounded(.up)))
        var figure: Figure?
        if let span = span(largest.column.kind, years: years) {
            var split: [String] = []
            if case .percentile(let p) = largest.statistic, let spec, let estimate = largest.column.percentile(p) {
                split = splitting(estimate, column: largest.column, spec: spec, trials: n)
            }
            figure = Figure(scenario: scenario, statistic: largest.statistic, span: span, splitBy: split)
        }
        return [SimulationWarning(origin: nil, kind: .tooFewTrialsForDigits(trials: n, standardError: se, target: resolution, needed: rounded, figure: figure))]
    }

    /// What a result column sums, in years, as the tables show it (the first cumulative level is
    /// the first year, the last the total); nil when `years` does not name the outputs.
    static func span(_ kind: ColumnKind, years: [Int]) -> Figure.Span? {
        switch kind {
        case .output(let i): years.indices.contains(i) ? .year(years[i]) : nil
        case .cumulative(let i) where i == years.count - 1: span(.total, years: years)
        case .cumulative(let i) where i == 0: span(.output(index: 0), years: years)
        case .cumulative(let i): years.indices.contains(i) ? .cumulative(through: years[i]) : nil
        case .total: years.first.flatMap { a in years.last.map { .total(first: a, last: $0) } }
        }
    }

    /// The uncertain conditions that split a percentile's distribution: those whose states give
    /// the column different amounts, when the percentile's standard error is more than twice
    /// what a normal distribution of the same standard deviation would give (the density at the
    /// percentile is low: it falls between the states' outcomes). Empty otherwise.
    static func splitting(_ estimate: PercentileEstimate, column: ColumnStatistics, spec: SimulationSpec, trials: Int) -> [String] {
        let p = estimate.probability
        guard p > 0, p < 1, column.standardDeviation > 0, trials > 0 else { return [] }
        let z = Normal.quantile(p)
        let density = exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
        let normal = column.standardDeviation * (p * (1 - p) / Double(trials)).squareRoot() / density
        guard estimate.standardError > 2 * normal else { return [] }
        let outputs: [Int]
        switch column.kind {
        case .output(let i): outputs = [i]
        case .cumulative(let i): outputs = Array(0...i)
        case .total: outputs = Array(spec.outputs.indices)
        }
        return spec.events.indices.filter { e in
            spec.terms.contains { term in
                guard term.event == e else { return false }
                let sums = term.amountsByState.map { row in outputs.reduce(0.0) { $0 + (row.indices.contains($1) ? row[$1] : 0) } }
                return sums.contains { $0 != sums[0] }
            }
        }.map { spec.events[$0].id }
    }

    /// The fewest trials for which every percentile's standard error is estimated from a full
    /// window of order statistics (`k ± ceil(sqrt n)` inside the sample; see
    /// ``PercentileEstimate/standardError``).
    public static func minimumTrialsForStandardError(_ percentiles: [Double]) -> Int {
        var n = 2
        while n < 100_000_000 {
            let h = Int(Double(n).squareRoot().rounded(.up))
            let ok = percentiles.allSatisfy { p in
                let k = Int((Double(n - 1) * min(max(p, 0), 1)).rounded(.down))
                return k - h >= 0 && k + 1 + h <= n - 1
            }
            if ok { return n }
            n += n < 1000 ? 1 : n / 100
        }
        return n
    }

    /// Rounded up to two significant digits (1 234 567 → 1 300 000).
    static func roundUpNicely(_ n: Int) -> Int {
        guard n >= 100 else { return n }
        var scale = 1
        while n / scale >= 100 { scale *= 10 }
        return ((n + scale - 1) / scale) * scale
    }
}
