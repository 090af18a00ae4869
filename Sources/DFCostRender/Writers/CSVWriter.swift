import DFCostModel

/// CSV flavours: Norwegian Excel (semicolon, decimal comma, UTF-8 BOM) or RFC 4180 for machines.
public enum CSVDialect: String, Sendable, Hashable, CaseIterable {
    /// Opens as numbers in Norwegian Excel: `;` separator, decimal comma, UTF-8 byte-order mark.
    case excel
    /// RFC 4180: `,` separator, decimal point, CRLF line ends, no BOM.
    case rfc4180
}

/// Writes CSV rows with quoting per RFC 4180 in either dialect.
struct CSVWriter {
    let dialect: CSVDialect
    private(set) var output: String

    /// `byteOrderMark: false` for a chunk that continues a document already started.
    init(dialect: CSVDialect, byteOrderMark: Bool = true) {
        self.dialect = dialect
        output = dialect == .excel && byteOrderMark ? "\u{FEFF}" : ""
    }

    var separator: Character { dialect == .excel ? ";" : "," }

    /// An exact number in the dialect's decimal style (never grouped, hyphen minus, so spreadsheets parse it).
    func number(_ value: ExactDecimal) -> String {
        let text = value.description
        return dialect == .excel ? text.replacingDots() : text
    }

    func number(_ value: Double, decimals: Int) -> String {
        let text = NumberStyle.machine.format(value, decimals: decimals)
        return dialect == .excel ? text.replacingDots() : text
    }

    /// A statistic read off Float32 storage (a percentile): the shortest text that identifies
    /// its Float32 value, so no unsupported digit is printed (see `JSONValue.float32`).
    func number(float32 value: Double) -> String {
        let text = value.isFinite ? JSONValue.float32Text(value) : ""
        return dialect == .excel ? text.replacingDots() : text
    }

    mutating func row(_ fields: [String]) {
        output += fields.map(quote).joined(separator: String(separator)) + "\r\n"
    }

    private func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var out = "\""
        for c in field { out += c == "\"" ? "\"\"" : String(c) }
        return out + "\""
    }
}

extension String {
    func replacingDots() -> String {
        String(map { $0 == "." ? "," : $0 })
    }
}
