import DFCostModel

/// An object whose keys are data (years, solution ids, payer ids, percentiles), in the order
/// given: `{"2024": "93", "2025": "21.5"}`. Keys are written as they are, never converted.
public struct JSONMembers<Value: Encodable & Sendable>: Encodable, Sendable {
    public var members: [(key: String, value: Value)]

    /// The members, in the order given.
    public init(_ members: [(key: String, value: Value)] = []) {
        self.members = members
    }

    /// One member per key, in the order of `keys`.
    public init<Key>(_ keys: [Key], value: (Key) throws -> Value) rethrows {
        members = try keys.map { ("\($0)", try value($0)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        for (key, value) in members { try container.encode(value, forKey: MemberKey(key)) }
    }
}

/// `{"2024": "93", ...}`: an exact amount per year, in year order.
public typealias YearMap = JSONMembers<JSONDecimal>

extension JSONMembers where Value == JSONDecimal {
    /// The amount of each year in `years` (zero where `values` has none).
    public init(_ values: [Int: ExactDecimal], years: [Int]) {
        self.init(years) { JSONDecimal(values[$0] ?? .zero) }
    }
}
