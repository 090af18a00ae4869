/// The words of `--by initiative`: each initiative's subtotal.
public struct InitiativeLabels: Sendable, Hashable {
    public var heading: String
    public var initiative: String
    public var solutions: String

    public static let norwegian = InitiativeLabels(heading: "Sum per tiltak (MNOK)", initiative: "Tiltak", solutions: "Løsninger")
    public static let english = InitiativeLabels(heading: "Sum per initiative (MNOK)", initiative: "Initiative", solutions: "Solutions")
}

extension Language {
    /// The words of `--by initiative` in this language.
    public var initiatives: InitiativeLabels { self == .nb ? .norwegian : .english }
}
