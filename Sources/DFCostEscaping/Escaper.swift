/// The one place where text is made safe for the format it is written into: HTML and SVG, XML
/// text and attributes (JUnit, workbook parts), markdown table cells, TOML basic strings, JSON
/// strings and GitHub workflow commands.
///
/// Each rule is named after where its output goes; every writer takes its rule from here, so two
/// writers of the same format cannot escape differently. Rules work scalar by scalar (a CR LF pair
/// is one `Character` but two scalars, and each must be escaped).
public enum Escaper: Sendable, Hashable, CaseIterable {
    /// HTML text and double-quoted attribute values, and SVG inside HTML: `& < > "`.
    case html
    /// XML 1.0 text content (JUnit): `& < >` and carriage return escaped; characters XML 1.0
    /// cannot hold replaced by U+FFFD.
    case xmlText
    /// An XML 1.0 attribute value in double quotes (JUnit): also `"`, and tab, line feed and
    /// carriage return as character references, so a reader's attribute normalization keeps them.
    case xmlAttribute
    /// Text and attributes of a workbook part: `& < > "`; tab, LF and CR kept; the other
    /// characters XML 1.0 cannot hold dropped (a spreadsheet cell has nothing to show for them).
    case workbookXML
    /// A markdown table cell or heading: `|`, `*` and `_` get a backslash, so they neither end
    /// a cell nor start emphasis.
    case markdown
    /// The inside of a TOML basic string: `"` and `\` escaped, control characters as `\n`,
    /// `\t`, `\r` or `\uXXXX` (the quotes are added by ``tomlString(_:)``).
    case tomlBasicString
    /// The inside of a JSON string: `"` and `\` escaped, LF, CR and tab as `\n`, `\r`, `\t`, the
    /// other control characters as `\u00xx` (RFC 8259).
    case jsonString
    /// The message of a GitHub workflow command (`::error ...::MESSAGE`): `%`, CR and LF encoded.
    case annotationData
    /// A property of a GitHub workflow command (`title=`): also `:` and `,` encoded.
    case annotationProperty

    /// The text escaped by this rule.
    public func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    /// A TOML basic string with its quotes.
    public static func tomlString(_ text: String) -> String {
        "\"" + Escaper.tomlBasicString.escape(text) + "\""
    }

    /// The characters of XML 1.0 (`Char` in the specification): tab, LF, CR, U+0020-U+D7FF,
    /// U+E000-U+FFFD and U+10000 up. Swift strings hold no surrogates.
    public static func isXMLCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: true
        default: false
        }
    }

    private func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch self {
        case .html:
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        case .xmlText:
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(Self.isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        case .xmlAttribute:
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(Self.isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        case .workbookXML:
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: if Self.isXMLCharacter(scalar) { out.unicodeScalars.append(scalar) }
            }
        case .markdown:
            if scalar == "|" || scalar == "*" || scalar == "_" { out += "\\" }
            out.unicodeScalars.append(scalar)
        case .tomlBasicString:
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        case .jsonString:
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        case .annotationData, .annotationProperty:
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where self == .annotationProperty: out += "%3A"
            case "," where self == .annotationProperty: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
