import DFCostScenario

/// Where one side of a comparison came from: its file and the what-ifs applied on top of it.
public struct ScenarioSource: Sendable, Hashable {
    /// The scenario file as named on the command line.
    public var path: String
    /// The command line's what-ifs applied to it.
    public var options: ApplyOptions

    public init(path: String, options: ApplyOptions = ApplyOptions()) {
        self.path = path
        self.options = options
    }

    /// The what-ifs as written in output, in the order they act: "fm-phaseout=none",
    /// "add ...", "set ...", "scale ×1.2 [solution:e-resept]".
    public var whatIfs: [String] {
        options.conditionOverrides.map { "\($0.0)=\($0.1)" } + options.lineAdditions.map { "add \($0)" }
            + options.cellSettings.map { "set \($0)" } + options.operations.map(\.label)
    }
}

/// Where both sides of one comparison came from.
public struct ComparisonSources: Sendable, Hashable {
    public var base: ScenarioSource
    public var other: ScenarioSource

    public init(base: ScenarioSource, other: ScenarioSource) {
        self.base = base
        self.other = other
    }
}

/// The column headers of a comparison: the scenarios' names, told apart when they are equal.
struct ComparisonHeaders: Equatable {
    var base: String
    var other: String

    /// The names of `c`. Two equal names get the what-ifs applied to each side ("A" and
    /// "A (fm-phaseout=none)"); without `sources`, the condition states that differ. Still equal,
    /// they get their file paths, and then the words for base and other.
    init(_ c: ScenarioComparison, sources: ComparisonSources?, labels: ComparisonLabels) {
        base = c.baseName
        other = c.otherName
        guard base == other else { return }
        func named(_ name: String, _ extra: [String]) -> String {
            extra.isEmpty ? name : "\(name) (\(extra.joined(separator: ", ")))"
        }
        let baseWhatIfs: [String], otherWhatIfs: [String]
        if let sources {
            (baseWhatIfs, otherWhatIfs) = (sources.base.whatIfs, sources.other.whatIfs)
        } else {
            baseWhatIfs = c.conditions.map { "\($0.condition)=\($0.base?.description ?? "–")" }
            otherWhatIfs = c.conditions.map { "\($0.condition)=\($0.other?.description ?? "–")" }
        }
        base = named(c.baseName, baseWhatIfs)
        other = named(c.otherName, otherWhatIfs)
        if base == other, let sources, sources.base.path != sources.other.path {
            base = named(c.baseName, baseWhatIfs + [sources.base.path])
            other = named(c.otherName, otherWhatIfs + [sources.other.path])
        }
        if base == other {
            base = named(base, [labels.base])
            other = named(other, [labels.other])
        }
    }
}
