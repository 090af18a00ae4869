import DFCostModel

/// Why a cell was set aside from the sums (``SetAsideCell``).
///
/// The data only; the words are in the renderers' label tables (nb and en).
public enum SetAsideReason: Sendable, Hashable {
    /// A condition's state set it aside: `none`, or a delay that moved it past the table's years.
    case condition(id: String, state: ConditionState)
    /// A `remove` operation removed its line (or its year of the line).
    case removed(by: Operation)
    /// A `horizon` operation dropped its year from the table.
    case horizon(Operation)
}
