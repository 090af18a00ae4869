import DFCostModel

extension ScenarioFileReason {
    /// Why `[payers]` (its names and `[[payers.keys]]`) or `[baseline]` is unusable.
    public enum Payers: Sendable, Hashable, CustomStringConvertible {
        /// A payer's name that is not a string.
        case nameNotString(payer: String)
        /// `[payers]` without names.
        case noNames
        /// A share for a payer `names` does not declare, and the closest declared one.
        case unknownPayer(String, suggestion: String?)
        /// A share that is neither a decimal nor a fraction in 0...1.
        case badShare(payer: String)
        /// A key's shares that do not sum to exactly 1, as listed.
        case sharesNotOne(solution: String, years: ClosedRange<Int>, listed: [PayerShare])
        /// `[baseline]` without `source`.
        case baselineNeedsSource
        /// A `[baseline]` key that is no solution, and the closest one.
        case baselineUnknownSolution(String, suggestion: String?)
        /// A solution's baseline that is not a table of years.
        case baselineNotATable(String, exampleYear: Int, found: ValueKind)
        /// A baseline key that is not a summed year.
        case baselineYearNotSummed(String, solution: String, span: String)
        /// A negative baseline level.
        case baselineNegative(solution: String, year: Int, level: ExactDecimal)
        /// A baseline without a level for some summed years.
        case baselineMissingYears(solution: String, missing: [Int], span: String)

        /// One payer's share, as a key lists it.
        public struct PayerShare: Sendable, Hashable, CustomStringConvertible {
            public var payer: String
            public var share: Share
            public init(payer: String, share: Share) { self.payer = payer; self.share = share }
            public var description: String { "\(payer) \(share)" }
        }

        public var description: String {
            switch self {
            case .nameNotString(let payer): "the name of payer '\(payer)' must be a string"
            case .noNames: "[payers] needs names = { id = \"Name\", ... } listing the payers"
            case .unknownPayer(let payer, let suggestion):
                "unknown payer '\(payer)'\(suggestion.map { "; did you mean '\($0)'?" } ?? "") (declare it in [payers] names)"
            case .badShare(let payer): "the share of '\(payer)' must be a decimal or a fraction such as \"1/3\", between 0 and 1"
            case .sharesNotOne(let solution, let years, let listed):
                "payer shares of '\(solution)' \(years.lowerBound)-\(years.upperBound) sum to \(listed.map(\.description).joined(separator: " + ")), not exactly 1"
            case .baselineNeedsSource:
                "[baseline] needs source = \"...\": the document, page or note the levels come from (dfcost never invents a baseline)"
            case .baselineUnknownSolution(let key, let suggestion):
                "unknown solution '\(key)' in [baseline]\(suggestion.map { "; did you mean '\($0)'?" } ?? "")"
            case .baselineNotATable(let key, let year, let found):
                "the baseline of '\(key)' must be a table of years, such as { \(year) = 120.5 }, found \(found)"
            case .baselineYearNotSummed(let key, let solution, let span):
                "'\(key)' in the baseline of '\(solution)' is not a summed year of the table (\(span))"
            case .baselineNegative(let solution, let year, let level):
                "the baseline of '\(solution)' in \(year) is \(level); an existing level cannot be negative"
            case .baselineMissingYears(let solution, let missing, let span):
                "the baseline of '\(solution)' has no level for \(missing.map(String.init).joined(separator: ", ")); give every summed year (\(span))"
            }
        }
    }
}
