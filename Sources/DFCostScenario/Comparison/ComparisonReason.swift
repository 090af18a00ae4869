import DFCostModel

/// Why a line or a cell differs between two scenarios (``ScenarioComparison``).
///
/// The data only; the words are in the renderers' label tables (nb and en).
public indirect enum ComparisonReason: Sendable, Hashable {
    /// A step of the cell's history in OTHER, with where it was written (nil: the command line).
    case step(CellReason, origin: SourceReference?)
    /// A step that moved the cell away to another year in OTHER (its history sits on the cell it
    /// moved to).
    case movedAway(CellReason)
    /// OTHER set the cell (or the line) aside.
    case setAside(SetAsideReason)
    /// What made the cell (or set the line aside) in BASE, when OTHER did nothing to it.
    case base(ComparisonReason)
}

extension ComparisonReason {
    /// A history step as a reason, with its place.
    init(_ step: CellChange) {
        self = .step(step.reason, origin: step.origin)
    }
}
