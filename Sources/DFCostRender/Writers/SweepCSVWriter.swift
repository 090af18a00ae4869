import DFCostScenario

/// Streams a sweep as CSV: one row per combination, the parameter values, each summed year's
/// total and the horizon total, exact (trailing zeros trimmed).
///
/// Rows are formatted straight into a byte buffer and handed to `sink` in chunks of about 1 MiB,
/// so memory stays flat however many combinations there are.
public struct SweepCSVWriter {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect = .rfc4180) { self.dialect = dialect }

    /// Writes the header and every row through `sink`; `shouldStop` is polled between chunks
    /// (for SIGINT) and `progress` gets the fraction done.
    public func write(
        _ sweep: Sweep, sink: ([UInt8]) throws -> Void, shouldStop: () -> Bool = { false },
        progress: (Double) -> Void = { _ in }
    ) throws {
        let separator = UInt8(ascii: dialect == .excel ? ";" : ",")
        let point = UInt8(ascii: dialect == .excel ? "," : ".")
        var buffer: [UInt8] = dialect == .excel ? [0xEF, 0xBB, 0xBF] : []
        buffer.reserveCapacity(1 << 21)
        let header = sweep.parameters.map(\.name) + sweep.years.map(String.init) + ["total"]
        buffer += Array(header.joined(separator: String(UnicodeScalar(separator))).utf8) + [13, 10]
        // Parameter value texts, formatted once.
        let valueTexts: [[[UInt8]]] = sweep.parameters.map { p in
            (0..<p.count).map { i in
                var t = Array(p.valueText(i).utf8)
                if dialect == .excel { t = t.map { $0 == UInt8(ascii: ".") ? point : $0 } }
                return t
            }
        }
        let scale = sweep.scale
        var failure: Error?
        var done = 0
        let total = sweep.combinations
        try sweep.forEachCombination { digits, totals in
            for (j, d) in digits.enumerated() {
                buffer += valueTexts[j][d]
                buffer.append(separator)
            }
            for k in 0..<totals.count {
                Self.appendDecimal(totals[k], scale: scale, point: point, to: &buffer)
                buffer.append(k == totals.count - 1 ? 13 : separator)
            }
            buffer.append(10)
            done += 1
            if buffer.count >= 1 << 20 {
                do { try sink(buffer) } catch { failure = error; return false }
                buffer.removeAll(keepingCapacity: true)
                progress(Double(done) / Double(total))
                if shouldStop() { return false }
            }
            return true
        }
        if let failure { throw failure }
        try sink(buffer)
        progress(1)
    }

    /// Appends `units × 10^-scale` as exact decimal text, trailing zeros trimmed.
    @inline(__always)
    static func appendDecimal(_ units: Int64, scale: Int, point: UInt8, to out: inout [UInt8]) {
        var m = units.magnitude
        if units < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(m % 10)
                m /= 10
                n += 1
            } while m > 0 || n <= scale
            // d[0..<n] holds digits, least significant first; at least scale+1 of them.
            var firstFraction = 0
            while firstFraction < scale && d[firstFraction] == 0 { firstFraction += 1 }
            for i in stride(from: n - 1, through: scale, by: -1) { out.append(48 + d[i]) }
            if firstFraction < scale {
                out.append(point)
                for i in stride(from: scale - 1, through: firstFraction, by: -1) { out.append(48 + d[i]) }
            }
        }
    }
}
