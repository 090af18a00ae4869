import DFCostModel

/// One scenario operation: what to do, to which lines, written where.
public struct Operation: Sendable, Hashable {
    /// What the operation does.
    public enum Kind: Sendable, Hashable {
        /// Multiply the selected cells by a factor (overrun 1.2, cut 0.8); the factor must be >= 0.
        case scale(ExactDecimal)
        /// Move the selected cells N years later (negative: earlier).
        case shift(Int)
        /// Set one cell of the selected lines.
        case set(Cell)
        /// Add a line.
        case add(CostLine)
        /// Remove the selected lines.
        case remove
        /// Turn constant kroner of `baseYear` into nominal kroner: a cell in year Y is multiplied
        /// by the product of (1 + rate) for every year after the base year up to Y.
        case index(baseYear: Int, rates: [Int: ExactDecimal])
        /// Change the years shown and the years summed.
        case horizon(years: [Int], summedYears: [Int])

        /// The word that names an operation: its key in a scenario file's `[[operations]]`, the
        /// command-line what-if of the same name, the input an error names. One case per case of
        /// ``Kind``; readers switch over it exhaustively, so a new operation is a compile error in
        /// every place that must learn it.
        public enum Name: String, Sendable, Hashable, CaseIterable {
            case scale, shift, set, add, remove, index, horizon
        }

        /// The word that names this operation.
        public var name: Name {
            switch self {
            case .scale: .scale
            case .shift: .shift
            case .set: .set
            case .add: .add
            case .remove: .remove
            case .index: .index
            case .horizon: .horizon
            }
        }

        /// The value the operation takes, as its notation writes it: a factor, a number of
        /// years, a cell's amount; the base year of an index; empty for remove and horizon.
        /// A sweep's CSV shows each varied value this way.
        public var valueText: String {
            switch self {
            case .scale(let factor): factor.description
            case .shift(let years): String(years)
            case .set(let cell): cell.amount.description
            case .add(let line): line.id
            case .remove, .horizon: ""
            case .index(let base, _): String(base)
            }
        }
    }

    public var kind: Kind
    public var selector: LineSelector
    /// Where it was written; nil for command-line what-ifs.
    public var origin: SourceReference?
    /// Decimals its derived amounts round to: the precision of the file it is written in.
    /// nil for command-line what-ifs, which round at the precision of the file named on the
    /// command line (``Scenario/precision``).
    public var precisionScale: Int?

    public init(kind: Kind, selector: LineSelector = LineSelector(), origin: SourceReference? = nil, precisionScale: Int? = nil) {
        self.kind = kind
        self.selector = selector
        self.origin = origin
        self.precisionScale = precisionScale
    }

    /// A short label for provenance and compare output, e.g. "scale ×1.2 [solution:e-resept]".
    public var label: String {
        let what: String
        switch kind {
        case .scale(let f): what = "scale ×\(f)"
        case .shift(let n): what = "shift \(n >= 0 ? "+" : "")\(n)y"
        case .set(let c): what = "set \(c.year)=\(c.amount)"
        case .add(let l): what = "add line \(l.id)"
        case .remove: what = "remove"
        case .index(let base, _): what = "index from \(base)"
        case .horizon(let y, let s): what = "horizon \(y.first ?? 0)-\(y.last ?? 0) summed \(s.first ?? 0)-\(s.last ?? 0)"
        }
        switch kind {
        case .add, .horizon: return what
        case .scale, .shift, .set, .remove, .index: return "\(what) [\(selector)]"
        }
    }
}
