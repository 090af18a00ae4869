/// The existing D&F level (driftsgrunnlag) per solution and year, as a scenario file's
/// `[baseline]` gives it: what each solution already costs to run before the table's increases,
/// with the source it was taken from. dfcost never invents one; without it no total level is shown.
public struct Baseline: Sendable, Hashable {
    /// One solution's level per year, and where it was written.
    public struct Entry: Sendable, Hashable {
        /// The solution's id.
        public var solution: String
        /// Year -> level (MNOK), in the kroner of the table before any `index` operation.
        public var levels: [Int: ExactDecimal]
        /// Where the solution's levels were written.
        public var origin: SourceReference?

        public init(solution: String, levels: [Int: ExactDecimal], origin: SourceReference? = nil) {
            self.solution = solution
            self.levels = levels
            self.origin = origin
        }
    }

    /// Where the figures come from (a document and page, or a note); required.
    public var source: String
    /// Where `[baseline]` was written.
    public var origin: SourceReference?
    /// The solutions with a level, in the order written.
    public var entries: [Entry]

    public init(source: String, origin: SourceReference? = nil, entries: [Entry]) {
        self.source = source
        self.origin = origin
        self.entries = entries
    }

    /// True when no solution has a level (nothing is shown).
    public var isEmpty: Bool { entries.allSatisfy { $0.levels.isEmpty } }
}
