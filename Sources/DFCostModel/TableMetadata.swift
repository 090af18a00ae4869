/// What a table is and where it was published.
public struct TableMetadata: Sendable, Hashable {
    /// Title, e.g. "Økning i drift- og forvaltningskostnader, nasjonal e-helseportefølje".
    public var title: String
    /// The publishing document, e.g. "Nasjonal e-helseportefølje, rapport oktober 2023".
    public var document: String
    /// The section, e.g. "6 Drift og forvaltningskostnader".
    public var section: String
    /// The as-of date as written (ISO 8601), e.g. "2023-10-01".
    public var asOf: String
    /// The unit of every amount; dfcost works in MNOK.
    public var unit: String
    /// Footnotes printed under the table besides the conditions' own.
    public var notes: [String]

    public init(
        title: String, document: String = "", section: String = "", asOf: String = "",
        unit: String = "MNOK", notes: [String] = []
    ) {
        self.title = title
        self.document = document
        self.section = section
        self.asOf = asOf
        self.unit = unit
        self.notes = notes
    }
}

/// The sums as published, to check recomputed totals against.
public struct PublishedSums: Sendable, Hashable {
    /// The precision of the published figures, a power of ten (1 for whole MNOK).
    public var precision: ExactDecimal
    /// Year -> published sum.
    public var values: [Int: ExactDecimal]
    /// Where the sums were written (the `[published_sums]` header).
    public var origin: SourceReference?
    /// Year -> where its published value is written (`2025 = 22`), for the reports of `verify` that
    /// point at the figure a difference is about. Empty for sums that come from no file.
    public var valueOrigins: [Int: SourceReference]

    public init(precision: ExactDecimal, values: [Int: ExactDecimal], origin: SourceReference? = nil,
                valueOrigins: [Int: SourceReference] = [:]) {
        self.precision = precision
        self.values = values
        self.origin = origin
        self.valueOrigins = valueOrigins
    }
}
