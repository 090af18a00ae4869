/// A condition state as the README lists it: `full`, `none`, `delayed:N`, `share:S`.
enum OracleConditionState: Sendable, Hashable, CustomStringConvertible {
    case full
    case none
    case delayed(Int)
    case share(OracleDecimal)

    var description: String {
        switch self {
        case .full: "full"
        case .none: "none"
        case .delayed(let n): "delayed:\(n)"
        case .share(let s): "share:\(s)"
        }
    }
}

/// `[conditions.ID] state = "..."` in one file, or `--condition ID=STATE`.
struct OracleStateSetting: Sendable, Hashable {
    var condition: String
    var state: OracleConditionState
}
