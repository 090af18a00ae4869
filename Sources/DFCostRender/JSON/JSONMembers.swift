import DFCostModel

/// An object whose keys are data (years, solution ids, payer ids, percentiles), in the order
/// given: `{"2024": "93", "2025": "21.5"}`. Keys are written as they are, never converted.
public struct JSONMembers<Value: Encodable & Sendable>: Encodable, Sendable {
    public var members: [(key: String, value: Value)]

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

/// An exact decimal amount, written as its exact text in a JSON string ("21.5", "-12"), so no
/// consumer rounds it through binary floating point.
public struct JSONDecimal: Encodable, Sendable, JSONLiteral {
    public var amount: ExactDecimal

    public init(_ amount: ExactDecimal) { self.amount = amount }

    var jsonValue: JSONValue { .string(amount.description) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(amount.description)
    }
}

/// A statistic read off Float32 storage (a percentile of the simulated trials), written with the
/// shortest text that identifies its Float32 value (``JSONValue/float32(_:)``); null when not finite.
public struct JSONFloat32: Encodable, Sendable, JSONLiteral {
    public var value: Double

    public init(_ value: Double) { self.value = value }

    var jsonValue: JSONValue { .float32(value) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if value.isFinite { try container.encode(Float(value)) } else { try container.encodeNil() }
    }
}

/// A member that is always written: its value, or null when there is none (a plain optional
/// member is left out when nil).
@propertyWrapper
public struct JSONNullable<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public init(_ value: Value?) { wrappedValue = value }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
