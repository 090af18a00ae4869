/// A member that is always written: its value, or null when there is none (a plain optional
/// member is left out when nil).
@propertyWrapper
public struct JSONNullable<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    /// The value, or nil for null.
    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    /// The value, or nil for null (as a member's type, when the member itself may be left out).
    public init(_ value: Value?) { wrappedValue = value }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
