import DFCostModel

/// An exact decimal amount, written as its exact text in a JSON string ("21.5", "-12"), so no
/// consumer rounds it through binary floating point.
public struct JSONDecimal: Encodable, Sendable, JSONLiteral {
    public var amount: ExactDecimal

    /// The amount, written exactly.
    public init(_ amount: ExactDecimal) { self.amount = amount }

    var jsonValue: JSONValue { .string(amount.description) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(amount.description)
    }
}
