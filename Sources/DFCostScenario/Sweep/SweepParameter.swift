import DFCostModel

/// One varied parameter of a sweep, with every value it takes: a condition's states, or an
/// operation (``Operation/Kind``) on the selected lines with each of its values.
///
/// A front end writes it in its own notation (the command line's is `dfcost sweep --vary`).
public struct SweepParameter: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Each state of a condition in turn.
        case condition(String, [ConditionState])
        /// Each operation in turn on the selected lines (scale by 0.8, 0.9, ...; shift by 0, 1, ...).
        case operation(LineSelector, [Operation.Kind])
    }

    public var kind: Kind
    /// The column name in the CSV, e.g. `condition:fm-phaseout`.
    public var name: String

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// How many values the parameter takes.
    public var count: Int {
        switch kind {
        case .condition(_, let v): v.count
        case .operation(_, let v): v.count
        }
    }

    /// The text of value `i` for the CSV.
    public func valueText(_ i: Int) -> String {
        switch kind {
        case .condition(_, let v): v[i].description
        case .operation(_, let v): v[i].valueText
        }
    }

    /// Most values one parameter may take.
    public static let maximumValues = 100_000
}
