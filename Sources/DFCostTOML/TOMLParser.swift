/// Reads TOML 1.0 documents into `TOMLTable`s that keep exact number text and the source
/// location of every key and value.
///
/// The reader never traps or recurses without bound: nesting (tables and arrays together)
/// deeper than 128 levels is reported as an error, and parsing takes linear time.
public enum TOMLParser {
    /// Parses a whole document and returns the root table.
    public static func parse(_ text: String) throws(TOMLParseError) -> TOMLTable {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses raw bytes. Invalid UTF-8 is rejected at the first bad byte ("invalid UTF-8 byte
    /// 0xE9"); a UTF-8 byte-order mark at the start is skipped; CRLF line ends are accepted.
    public static func parse(bytes: [UInt8]) throws(TOMLParseError) -> TOMLTable {
        let checked = try InputValidator.check(bytes)
        var parser = DocumentParser(bytes: bytes, checked: checked)
        return try parser.parseDocument()
    }
}
