import DFCostModel

extension ScenarioFileReason {
    /// Why an `[[operations]]` entry is unusable as written (what an operation does once applied
    /// is the engine's to say).
    public enum OperationEntry: Sendable, Hashable, CustomStringConvertible {
        /// An entry without an operation key, and the keys there are.
        case noOperation(TablePlace, keys: [String])
        /// Two operation keys in one entry.
        case twoOperations(String, String)
        /// `select` on an operation that takes none (`add`, `horizon`).
        case selectNotTaken(Operation.Kind.Name)
        /// A key that is not an operation, and the keys there are.
        case notAnOperation(String, keys: [String])
        /// `scale` below zero.
        case negativeScale(ExactDecimal)
        /// `shift` beyond the years dfcost holds.
        case shiftTooFar(Int)
        /// `set` that is not one cell.
        case setShape
        /// A second `set` of one cell of one selector in one file, and where the first is.
        case setTwice(year: Int, selector: LineSelector, first: SourceReference?)
        /// `add` that is not a line.
        case addShape
        /// `remove` that is not `true`.
        case removeNotTrue
        /// `horizon` that is not a table.
        case horizonShape
        /// `index` that is not a table.
        case indexShape
        /// An index rate of -1 or below.
        case rateNotAboveMinusOne(ExactDecimal, year: Int)

        public var description: String {
            switch self {
            case .noOperation(let place, let keys): "\(place) names no operation; use one of \(keys.joined(separator: ", "))"
            case .twoOperations(let a, let b):
                "conflicting operations '\(a)' and '\(b)' in one entry; write them as two [[operations]] (they apply in order)"
            case .selectNotTaken(let name):
                "\(name.rawValue) takes no 'select' (it would be ignored); \(name == .add ? "an added line is given whole" : "a horizon applies to the whole table")"
            case .notAnOperation(let key, let keys): "'\(key)' is not an operation; use one of \(keys.joined(separator: ", "))"
            case .negativeScale(let f): "scale factor \(f) is negative; factors must be >= 0"
            case .shiftTooFar(let n): "shift \(n) leaves the table's years"
            case .setShape: "set takes one cell, e.g. set = { 2025 = 5 }"
            case .setTwice(let year, let selector, let first):
                "conflicting operations: \(year) of [\(selector)] is set twice in this file\(first.map { " (first at \($0))" } ?? "")"
            case .addShape:
                "add takes a line, e.g. add = { id = \"x\", solution = \"helsenorge\", initiative = \"...\", cells = { 2025 = 3 } }"
            case .removeNotTrue: "write remove = true"
            case .horizonShape: "horizon takes { years = [...], summed_years = [...] }"
            case .indexShape: "index takes { base_year = 2023, rates = { 2024 = 0.035, ... } }"
            case .rateNotAboveMinusOne(let rate, let year): "rate \(rate) for \(year) must be above -1"
            }
        }
    }
}
