import DFCostTableLayout
import DFCostScenario
/// What a cell's number format shows around the number, as far as the table's notation cares:
/// parentheses, a minus sign, and a trailing mark such as `" *"`.
///
/// The rule for parentheses (README, "Excel workbooks"): a number shown in parentheses is an
/// internal amount, as in the report, except a negative number shown by the format's own
/// negative section in parentheses without a minus sign (`#,##0;(#,##0)`, accounting style),
/// which is a negative number.
struct NumberFormat {
    /// Shows the number in parentheses.
    var parentheses = false
    /// Shows a literal minus sign.
    var minus = false
    /// Literal text after the number that is a mark ("*"), or nil.
    var mark: String?

    /// Excel's built-in format codes that carry parentheses or text (ids 5-8, 37-44); the rest
    /// show the plain number as far as the notation is concerned.
    static let builtin: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        5: "\"$\"#,##0_);(\"$\"#,##0)", 6: "\"$\"#,##0_);[Red](\"$\"#,##0)",
        7: "\"$\"#,##0.00_);(\"$\"#,##0.00)", 8: "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)",
        9: "0%", 10: "0.00%", 11: "0.00E+00",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        48: "##0.0E+0", 49: "@",
    ]

    /// The sections of `code` split on `;` outside quotes, brackets and escapes.
    static func sections(_ code: String) -> [String] {
        var out: [String] = [], current = ""
        var quoted = false, bracket = false, escaped = false
        for c in code {
            if escaped { escaped = false; current.append(c); continue }
            switch c {
            case "\\" where !quoted: escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case ";" where !quoted && !bracket:
                out.append(current); current = ""; continue
            default: break
            }
            current.append(c)
        }
        out.append(current)
        return out
    }

    /// How `code` shows `value`'s sign (`sign` < 0, 0 or > 0).
    /// - Returns: the shown decoration and whether the negative section was used.
    static func shown(_ code: String, sign: Int) -> (format: NumberFormat, negativeSection: Bool) {
        let sections = Self.sections(code)
        var index = 0
        if sign < 0, sections.count >= 2 { index = 1 }
        if sign == 0, sections.count >= 3 { index = 2 }
        return (Self.decoration(sections[index]), index == 1)
    }

    /// The visible literals of one section, before and after its digits.
    static func decoration(_ section: String) -> NumberFormat {
        var before = "", after = "", sawDigit = false
        var chars = Array(section)[...]
        func emit(_ s: String) { if sawDigit { after += s } else { before += s } }
        while let c = chars.popFirst() {
            switch c {
            case "\"":
                var literal = ""
                while let d = chars.popFirst(), d != "\"" { literal.append(d) }
                emit(literal)
            case "\\":
                if let d = chars.popFirst() { emit(String(d)) }
            case "_", "*":
                _ = chars.popFirst()  // padding as wide as the next character, or a fill: nothing shown
            case "[":
                while let d = chars.popFirst(), d != "]" {}
            case "0", "#", "?", ".", ",", "%", "E", "e", "@":
                if c == "E" || c == "e" { _ = chars.first.map { $0 == "+" || $0 == "-" ? chars.popFirst() : nil } }
                sawDigit = true
            case "(", ")", "-", "+", "$", " ", "/", ":", "!", "^", "&", "'", "~", "{", "}", "<", ">", "=":
                emit(String(c))
            default:
                emit(String(c))
            }
        }
        var format = NumberFormat()
        format.parentheses = before.contains("(") && after.contains(")")
        format.minus = before.contains("-")
        let tail = after.filter { $0 != ")" && $0 != " " && $0 != "\u{00A0}" }
        if !tail.isEmpty, tail.allSatisfy({ c in
            !c.isLetter && !c.isNumber && c != "%" && !c.unicodeScalars.contains { $0.properties.generalCategory == .currencySymbol }
        }) { format.mark = tail }
        return format
    }
}
