/// One `dfcost sweep --vary` parameter and its values.
enum OracleSweepParameter: Sendable, Hashable {
    case condition(String, [OracleConditionState])
    case scale(OracleSelector, [OracleDecimal])
    case shift(OracleSelector, [Int])

    var count: Int {
        switch self {
        case .condition(_, let v): v.count
        case .scale(_, let v): v.count
        case .shift(_, let v): v.count
        }
    }
}
