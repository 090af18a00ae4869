/// One `[[operations]]` entry of a file, or a command-line what-if.
struct OracleOperation: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case scale(OracleDecimal)
        case shift(Int)
        case set(OracleCell)
        case add(OracleLine)
        case remove
        /// Rates by year, each a fraction.
        case index(baseYear: Int, rates: [Int: OracleDecimal])
        case horizon(years: [Int], summedYears: [Int])
    }

    var kind: Kind
    var selector = OracleSelector()
}
