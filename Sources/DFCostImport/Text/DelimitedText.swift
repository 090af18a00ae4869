import DFCostTableLayout
import DFCostScenario
/// Rows of CSV or tab-separated text, each field with the line and column where it starts.
///
/// Quoting follows RFC 4180 (a quoted field may hold separators, doubled quotes and line
/// breaks). A leading UTF-8 byte-order mark is dropped. Columns count characters from 1.
struct DelimitedText {
    /// One field as written, unquoted.
    struct Field: Sendable, Hashable {
        var text: String
        var line: Int
        var column: Int
    }

    /// One row: its fields and the line it starts on.
    struct Row: Sendable {
        var fields: [Field]
        var line: Int

        /// The field at `index`, or an empty one placed after the row's end.
        func field(_ index: Int) -> Field {
            index < fields.count ? fields[index] : Field(text: "", line: line, column: (fields.last?.column ?? 0) + 1)
        }

        /// True when every field is blank.
        var isBlank: Bool { fields.allSatisfy { $0.text.trimmedForImport.isEmpty } }
    }

    let rows: [Row]
    let separator: Character

    /// Splits `text` on `separator`.
    /// - Throws: ``TableImportError`` for a quoted field that never closes.
    init(_ text: String, separator: Character, file: String) throws(TableImportError) {
        self.separator = separator
        var rows: [Row] = []
        var fields: [Field] = []
        var current = ""
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1, rowLine = 1
        var quoted = false, wasQuoted = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        func endField() {
            fields.append(Field(text: current, line: fieldLine, column: fieldColumn))
            current = ""
            wasQuoted = false
        }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        current.append("\"")
                        i += 2; column += 2
                        continue
                    }
                    quoted = false
                } else {
                    current.append(c)
                    if c == "\n" || c == "\r\n" { line += 1; column = 0 }
                }
                i += 1; column += 1
                continue
            }
            switch c {
            case "\"" where current.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case separator:
                endField()
                fieldLine = line; fieldColumn = column + 1
            case "\n", "\r\n", "\r":
                endField()
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                line += 1; column = 0
                fieldLine = line; fieldColumn = 1; rowLine = line
            default:
                current.append(c)
            }
            i += 1; column += 1
        }
        if quoted {
            throw TableImportError(.init(file: file, line: fieldLine, column: fieldColumn), .unclosedQuote)
        }
        if !current.isEmpty || !fields.isEmpty { endField(); rows.append(Row(fields: fields, line: rowLine)) }
        self.rows = rows
    }

    /// The separator that puts the most years into separate fields of one row: tab, `;` or `,`
    /// (in that order on a tie).
    static func detectSeparator(_ text: String) -> Character {
        var best: (Character, Int) = ("\t", -1)
        for candidate: Character in ["\t", ";", ","] {
            var most = 0
            for line in text.split(whereSeparator: \.isNewline).prefix(200) {
                let years = line.split(separator: candidate, omittingEmptySubsequences: false)
                    .filter { ImportCell.year(String($0).trimmedForImport.trimmingQuotes) != nil }.count
                most = max(most, years)
            }
            if most > best.1 { best = (candidate, most) }
        }
        return best.0
    }
}

extension String {
    /// Without surrounding spaces, tabs and no-break spaces.
    var trimmedForImport: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{00A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" { s.removeLast() }
        return String(s)
    }

    /// Without one pair of surrounding double quotes.
    var trimmingQuotes: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
