/// A statistic read off Float32 storage (a percentile of the simulated trials), written with the
/// shortest text that identifies its Float32 value (``JSONValue/float32(_:)``); null when not finite.
public struct JSONFloat32: Encodable, Sendable, JSONLiteral {
    public var value: Double

    /// The statistic, rounded to Float32 when written.
    public init(_ value: Double) { self.value = value }

    var jsonValue: JSONValue { .float32(value) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if value.isFinite { try container.encode(Float(value)) } else { try container.encodeNil() }
    }
}
