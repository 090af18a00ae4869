/// A TOML value. Scalars keep their source text where precision matters (numbers, dates);
/// containers hold positioned nodes so every element can be reported at `line:col`.
public indirect enum TOMLValue: Sendable, Hashable {
    /// A basic, literal or multi-line string, with escapes decoded and CRLF folded to LF.
    case string(String)
    /// An integer or float as exact text.
    case number(TOMLNumber)
    /// `true` or `false`.
    case boolean(Bool)
    /// An offset date-time, local date-time, local date or local time: the literal text exactly
    /// as written (e.g. `1979-05-27T07:32:00Z`, `1979-05-27 07:32:00`, `1979-05-27`,
    /// `07:32:00.5`), already checked for shape and field ranges.
    case dateTime(String)
    /// An array (`[1, "a"]`) or an array of tables (`[[x]]`); mixed types are allowed.
    case array([TOMLNode])
    /// A table from a `[header]`, dotted keys or an inline `{ ... }`.
    case table(TOMLTable)

    /// A short name of the value's type for messages: "string", "integer", "float",
    /// "boolean", "date-time", "array" or "table". Infinity and NaN count as "float".
    public var typeName: String {
        switch self {
        case .string: "string"
        case .number(let number): number.kind == .integer ? "integer" : "float"
        case .boolean: "boolean"
        case .dateTime: "date-time"
        case .array: "array"
        case .table: "table"
        }
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The number, if this is an integer or float.
    public var numberValue: TOMLNumber? {
        if case .number(let value) = self { value } else { nil }
    }

    /// The boolean, if this is a boolean.
    public var boolValue: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    /// The date/time text, if this is a date or time.
    public var dateTimeValue: String? {
        if case .dateTime(let value) = self { value } else { nil }
    }

    /// The elements, if this is an array.
    public var arrayValue: [TOMLNode]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// The table, if this is a table.
    public var tableValue: TOMLTable? {
        if case .table(let value) = self { value } else { nil }
    }
}
