import DFCostEscaping

/// A JSON document with keys in a fixed order, so machine output is byte-stable.
public indirect enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number written exactly as given (e.g. "2024" or "134.93").
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.render() == b.render() }
    public func hash(into hasher: inout Hasher) { hasher.combine(render()) }

    /// Pretty-printed text with two-space indentation and a final newline.
    public func render() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += pad + Self.quote(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            if items.allSatisfy({ if case .number = $0 { return true }; if case .string = $0 { return true }; return false }) {
                out += "[" + items.map { $0.render().dropLast() }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .string(let s): out += Self.quote(s)
        case .number(let n): out += n
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func quote(_ s: String) -> String { "\"" + Escaper.jsonString.escape(s) + "\"" }
}

extension JSONValue {
    /// A JSON number from a Double (statistics): shortest round-trip text; non-finite becomes null.
    public static func double(_ value: Double) -> JSONValue {
        value.isFinite ? .number("\(value)") : .null
    }

    /// A JSON number for a statistic read off Float32 storage (a percentile of the simulated
    /// trials, which `ColumnStore` keeps as Float32): the shortest text that identifies the
    /// Float32 value, so no digit is printed that the storage cannot support (about 7
    /// significant digits). Non-finite becomes null.
    public static func float32(_ value: Double) -> JSONValue {
        value.isFinite ? .number(Self.float32Text(value)) : .null
    }

    /// The shortest round-trip text of `value` rounded to Float32, written as a Double would
    /// be ("93.0", "98.69973"): JSON readers parse it to the nearest Double.
    static func float32Text(_ value: Double) -> String {
        let text = "\(Float(value))"
        return text.contains(where: { $0 == "." || $0 == "e" || $0 == "n" || $0 == "i" }) ? text : text + ".0"
    }
}
