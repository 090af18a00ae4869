/// Who pays: the payers and the keys that share each solution's D&F increase among them.
public struct PayerKeys: Sendable, Hashable {
    /// A payer (RHF, kommuner, ...), in display order.
    public struct Payer: Sendable, Hashable {
        public var id: String
        public var name: String
        public init(id: String, name: String) { self.id = id; self.name = name }
    }

    /// One key: a solution's shares for a range of years.
    public struct Key: Sendable, Hashable {
        public var solution: String
        public var years: ClosedRange<Int>
        /// Payer id -> share, in payer order; the shares sum to exactly 1.
        public var shares: [String: Share]
        /// Where the key comes from (a public announcement), when given.
        public var source: String
        /// Set when the key (or part of it) is an assumption rather than a public fact.
        public var assumption: String?
        public var origin: SourceReference?

        public init(solution: String, years: ClosedRange<Int>, shares: [String: Share], source: String = "",
                    assumption: String? = nil, origin: SourceReference? = nil) {
            self.solution = solution
            self.years = years
            self.shares = shares
            self.source = source
            self.assumption = assumption
            self.origin = origin
        }
    }

    public var payers: [Payer]
    public var keys: [Key]

    public init(payers: [Payer], keys: [Key]) {
        self.payers = payers
        self.keys = keys
    }

    /// The key of a solution in a year (the last one written wins when ranges overlap).
    public func key(solution: String, year: Int) -> Key? {
        keys.last { $0.solution == solution && $0.years.contains(year) }
    }
}
