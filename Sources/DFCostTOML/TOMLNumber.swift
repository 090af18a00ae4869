/// A TOML integer or float kept as exact decimal text, so that money amounts never pass
/// through `Double` and lose digits.
public struct TOMLNumber: Sendable, Hashable {
    /// What sort of number the literal is.
    public enum Kind: Sendable, Hashable {
        /// A decimal, hexadecimal, octal or binary integer.
        case integer
        /// A finite float: it has a fraction, an exponent or both.
        case float
        /// `inf`, `+inf` or `-inf`.
        case infinity
        /// `nan`, `+nan` or `-nan`.
        case nan
    }

    /// The kind of literal.
    public var kind: Kind
    /// The literal as written with underscores removed and a leading `+` dropped, for example
    /// `"-12"`, `"21.5"`, `"1e3"`, `"1E+5"`. Hexadecimal, octal and binary integers are given as
    /// decimal text (`0x1F` becomes `"31"`). Infinity is `"inf"` or `"-inf"`; every NaN is `"nan"`.
    /// Decimal integers are not range-checked: the text may have any number of digits.
    public var text: String

    /// Creates a number from its kind and normalised text.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// The value as a 64-bit integer when the number is an integer that fits, else `nil`.
    public var int64Value: Int64? {
        kind == .integer ? Int64(text) : nil
    }

    /// The value as a `Double` (lossy; for non-money uses such as ratios), else `nil` if the
    /// text cannot be read.
    public var doubleValue: Double? {
        switch kind {
        case .integer, .float: Double(text)
        case .infinity: text.hasPrefix("-") ? -Double.infinity : Double.infinity
        case .nan: Double.nan
        }
    }
}
