import DFCostNumerics

/// The per-trial export of `simulate --samples-out`: a header, then one row per trial with each
/// summed year's total and the horizon total, in the chosen CSV dialect.
///
/// Values are the simulation's doubles printed in full (shortest round-trip form), so a
/// percentile of the file reproduces the run's to the storage precision stated in
/// docs/json-contract.md.
public struct SamplesCSV: Sendable {
    public var dialect: CSVDialect
    /// True for a comparison: the values are OTHER − BASE per trial, and the header says so.
    public var isDifference: Bool
    public var outputNames: [String]
    /// The language of the header's words.
    public var locale: Language

    public init(dialect: CSVDialect, outputNames: [String], isDifference: Bool = false, locale: Language = .nb) {
        self.dialect = dialect
        self.outputNames = outputNames
        self.isDifference = isDifference
        self.locale = locale
    }

    /// The header row in the locale's words: `trekning;2024;2025;2026;totalt`, or
    /// `trekning;endring 2024;...;endring totalt` (`trial;2024;...;total` with `--locale en`).
    public func header() -> String {
        var w = CSVWriter(dialect: dialect)
        let words = locale.labels.simulation
        let prefix = isDifference ? words.difference + " " : ""
        w.row([words.trial] + outputNames.map { prefix + $0 } + [prefix + words.total])
        return w.output
    }

    /// The rows of one block.
    public func rows(_ block: SampleBlock) -> String {
        var w = CSVWriter(dialect: dialect, byteOrderMark: false)
        for r in 0..<block.count {
            var total = 0.0
            var fields = [String(block.firstTrial + r)]
            fields.reserveCapacity(block.outputNames.count + 2)
            for k in 0..<block.outputNames.count {
                let v = block.output(k, row: r)
                total += v
                fields.append(value(v))
            }
            fields.append(value(total))
            w.row(fields)
        }
        return w.output
    }

    func value(_ v: Double) -> String {
        let text = String(v)
        return dialect == .excel ? text.replacingDots() : text
    }
}
