/// A named condition that cells can depend on, such as `fm-phaseout`
/// ("er avhengig av full utfasing av FM", the `*` of the published table).
public struct ConditionDefinition: Sendable, Hashable, Identifiable {
    /// Stable identifier, e.g. `fm-phaseout`.
    public var id: String
    /// The footnote text, e.g. "Er avhengig av full utfasing av FM."
    public var description: String
    /// The mark printed beside a conditional cell, `*` by default.
    public var mark: String

    public init(id: String, description: String, mark: String = "*") {
        self.id = id
        self.description = description
        self.mark = mark
    }
}
