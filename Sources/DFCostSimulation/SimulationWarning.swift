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
        /// every percentile equals the deterministic total (basiskostnad).
        case nothingUncertain
        /// Fewer trials than the standard error of the printed percentiles needs (`minimum`).
        case standardErrorNeedsTrials(trials: Int, minimum: Int)
        /// The largest standard error shown (`standardError`, MNOK) exceeds the tolerance of the
        /// printed digits; `needed` trials would bring it to `target` (SE scales as 1/sqrt(n)).
        case tooFewTrialsForDigits(trials: Int, standardError: Double, target: Double, needed: Int)
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
        case .nothingUncertain:
            "nothing is uncertain: no factor, driver or uncertain condition acts on a summed amount, so nothing was drawn and P50 = P85 = the deterministic total (basiskostnad)"
        case .standardErrorNeedsTrials(let trials, let minimum):
            "\(trials) \(trials == 1 ? "trial" : "trials"): the standard error of a percentile cannot be estimated below \(minimum) trials (so ±– is shown)"
        case .tooFewTrialsForDigits(let trials, let se, let target, let needed):
            "\(trials) trials give a standard error up to ±\(Self.plain(se)); about \(needed) trials would bring it to ±\(Self.plain(target)) (it falls as 1/sqrt(trials))"
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
    public static func trialWarnings(_ result: SimulationResult, percentiles: [Double],
                                     resolution: Double = 0.01, tolerance: Double = 10) -> [SimulationWarning] {
        let n = result.trials
        let minimum = minimumTrialsForStandardError(percentiles)
        if n < minimum {
            return [SimulationWarning(origin: nil, kind: .standardErrorNeedsTrials(trials: n, minimum: minimum))]
        }
        let se = result.columns.flatMap { column in
            column.percentiles.filter { percentiles.contains($0.probability) }.map(\.standardError) + [column.meanStandardError]
        }.filter(\.isFinite).max() ?? 0
        guard se.isFinite, se > tolerance * resolution else { return [] }
        let ratio = se / resolution
        let needed = Double(n) * ratio * ratio
        let rounded = needed >= 1e15 ? Int(1e15) : Self.roundUpNicely(Int(needed.rounded(.up)))
        return [SimulationWarning(origin: nil, kind: .tooFewTrialsForDigits(trials: n, standardError: se, target: resolution, needed: rounded))]
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
