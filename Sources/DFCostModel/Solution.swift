/// A national e-health solution run by Norsk helsenett (e-resept, kjernejournal, ...).
///
/// Solutions are data, declared by the scenario file, not a Swift enum: new solutions such as
/// grunndata or HelseID need no code change.
public struct Solution: Sendable, Hashable, Identifiable {
    /// Stable identifier used in files and selectors, e.g. `e-resept`.
    public var id: String
    /// Display name, e.g. `E-resept`.
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
